import { describe, expect, it } from 'vitest';
import {
  durationInputMs,
  formatDuration,
  parseDurationMs,
  toGoDuration,
} from '../../src/util/duration.js';

describe('durations', () => {
  it('parses units, combinations and bare seconds', () => {
    expect(parseDurationMs('90s')).toBe(90_000);
    expect(parseDurationMs('5m')).toBe(300_000);
    expect(parseDurationMs('1h30m')).toBe(5_400_000);
    expect(parseDurationMs('600')).toBe(600_000);
    expect(parseDurationMs('250ms')).toBe(250);
    expect(parseDurationMs('2d')).toBe(172_800_000);
  });

  it('rejects anything else', () => {
    for (const bad of ['', 'soon', '5 minutes', '-5m', '5x', 'm5'])
      expect(parseDurationMs(bad)).toBeUndefined();
  });

  it('rejects a value too large to be a finite duration', () => {
    const huge = '9'.repeat(400);
    expect(parseDurationMs(huge)).toBeUndefined();
    expect(parseDurationMs(`${huge}h`)).toBeUndefined();
    expect(() => durationInputMs('wait-timeout', huge)).toThrow(
      /^Input 'wait-timeout' has value "9{400}": too long to be a duration/,
    );
    expect(durationInputMs('wait-timeout', '36500d')).toBe(36500 * 86_400_000);
  });

  it('names the input, the value and the allowed forms in its error', () => {
    expect(() => durationInputMs('unlock-stale-after', 'later')).toThrow(
      /Input 'unlock-stale-after' has value "later": expected a duration such as 30s, 5m/,
    );
  });

  it('formats for people and for tofu', () => {
    expect(formatDuration(3_723_000)).toBe('1h 2m 3s');
    expect(formatDuration(42_000)).toBe('42s');
    expect(toGoDuration(300_000)).toBe('300s');
  });
});
