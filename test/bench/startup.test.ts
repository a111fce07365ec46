import { describe, expect, it } from 'vitest';
import { summariseStartup } from '../../bench/startup.js';

describe('start-up comparison', () => {
  it('takes the ratio per interleaved pair, then the median and the middle half', () => {
    // A slow moment slows both runs of a pair: per-pair ratios stay 1.4 where the ratio of
    // medians would not.
    const bare = [20, 20, 40, 40, 40];
    const command = [28, 28, 56, 56, 56];
    const r = summariseStartup(bare, command);
    expect(r.ratio).toBeCloseTo(1.4);
    expect(r.ratioQuartiles[0]).toBeCloseTo(1.4);
    expect(r.ratioQuartiles[1]).toBeCloseTo(1.4);
    expect(r.bareMs).toBe(40);
    expect(r.commandMs).toBe(56);
    expect(r.runs).toBe(5);
  });

  it('interpolates quartiles between runs', () => {
    const r = summariseStartup([10, 10, 10, 10], [11, 12, 13, 14]);
    expect(r.ratio).toBeCloseTo(1.25);
    expect(r.ratioQuartiles[0]).toBeCloseTo(1.175);
    expect(r.ratioQuartiles[1]).toBeCloseTo(1.325);
  });
});
