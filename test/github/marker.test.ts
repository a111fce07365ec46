import { describe, expect, it } from 'vitest';
import {
  findMarker,
  formatMarker,
  leadingMarker,
  leadingMarkerKey,
  markerStart,
  splitLeadingMarker,
  type MarkerData,
} from '../../src/github/marker.js';

const data = (fingerprint: string): MarkerData => ({
  v: 1,
  environments: { production: { fingerprint, status: 'planned' } },
});

describe('leadingMarker / findMarker', () => {
  it('reads the marker a comment starts with', () => {
    const body = `${formatMarker('Plan:production', data('sha256:real'))}\n## Plan\n`;
    expect(leadingMarker(body)).toEqual({ key: 'Plan:production', data: data('sha256:real') });
    expect(findMarker(body, 'Plan:production')).toEqual(data('sha256:real'));
    expect(findMarker(body, 'Plan:staging')).toBeUndefined();
  });

  it('takes a marker anywhere else in the body for text, not for a marker', () => {
    const planted = formatMarker('Plan:production', data('sha256:planted'));
    // Plan text quoting a multi-line string attribute, an error message: text a plan author wrote.
    const body = `${formatMarker('Plan:production', data('sha256:real'))}\n\`\`\`\n${planted}\n\`\`\`\n`;
    expect(findMarker(body, 'Plan:production')?.environments.production?.fingerprint).toBe(
      'sha256:real',
    );
    for (const text of [`## Plan\n${planted}`, ` ${planted}`, `\n${planted}`]) {
      expect(leadingMarker(text)).toBeUndefined();
      expect(findMarker(text, 'Plan:production')).toBeUndefined();
    }
  });

  it('splits the marker from the text after it', () => {
    const marker = formatMarker('Plan:production', data('sha256:real'));
    expect(marker.startsWith(markerStart('Plan:production'))).toBe(true);
    expect(splitLeadingMarker(`${marker}\n## Plan -->\n`)).toEqual({
      key: 'Plan:production',
      data: data('sha256:real'),
      rest: '\n## Plan -->\n',
    });
    expect(splitLeadingMarker(`\n${marker}`)).toBeUndefined();
    // The key is read even where the JSON is not.
    expect(leadingMarkerKey(`${markerStart('Plan:production')}{broken -->`)).toBe(
      'Plan:production',
    );
  });

  it('refuses markers whose environments are not an object', () => {
    for (const json of [
      '{"v":1,"environments":null}',
      '{"v":1,"environments":[]}',
      '{"v":2,"environments":{}}',
      'null',
    ])
      expect(leadingMarker(`<!-- tofu-aws-action:plan:k ${json} -->`), json).toBeUndefined();
  });
});
