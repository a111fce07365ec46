import { describe, expect, it } from 'vitest';
import {
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

describe('leadingMarker', () => {
  it('reads the marker a comment starts with', () => {
    const body = `${formatMarker('Plan:production', data('sha256:real'))}\n## Plan\n`;
    expect(leadingMarker(body)).toEqual({ key: 'Plan:production', data: data('sha256:real') });
  });

  it('takes a marker anywhere else in the body for text, not for a marker', () => {
    const planted = formatMarker('Plan:production', data('sha256:planted'));
    // Plan text quoting a multi-line string attribute, an error message: text a plan author wrote.
    const body = `${formatMarker('Plan:production', data('sha256:real'))}\n\`\`\`\n${planted}\n\`\`\`\n`;
    expect(leadingMarker(body)?.data.environments.production?.fingerprint).toBe('sha256:real');
    for (const text of [`## Plan\n${planted}`, ` ${planted}`, `\n${planted}`]) {
      expect(leadingMarker(text)).toBeUndefined();
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

describe('leadingMarker: only entries and fields of the marker types are read', () => {
  const read = (json: string) => leadingMarker(`<!-- tofu-aws-action:plan:k ${json} -->`)?.data;

  it('leaves out environment entries that are not objects or have no known status', () => {
    const data = read(
      JSON.stringify({
        v: 1,
        environments: {
          list: [{ fingerprint: 'sha256:a', status: 'planned' }],
          number: 5,
          text: 'planned',
          none: null,
          noStatus: { fingerprint: 'sha256:b' },
          oldStatus: { fingerprint: 'sha256:c', status: 'outdated' },
          numberStatus: { fingerprint: 'sha256:d', status: 1 },
          ok: { fingerprint: 'sha256:e', status: 'applied' },
        },
      }),
    );
    expect(data).toEqual({
      v: 1,
      environments: { ok: { fingerprint: 'sha256:e', status: 'applied' } },
    });
  });

  it('leaves out fields of the wrong type and keeps the entry', () => {
    const data = read(
      JSON.stringify({
        v: 1,
        sha: 5,
        run: ['https://example.test/run'],
        environments: {
          staging: { fingerprint: 7, status: 'planned', changes: ['H4sI'], at: { when: 1 } },
          prod: {
            fingerprint: 'sha256:p',
            status: 'failed',
            changes: 'H4sI',
            at: '2026-11-01T00:00:00Z',
          },
        },
      }),
    );
    expect(data).toEqual({
      v: 1,
      environments: {
        staging: { status: 'planned' },
        prod: {
          fingerprint: 'sha256:p',
          status: 'failed',
          changes: 'H4sI',
          at: '2026-11-01T00:00:00Z',
        },
      },
    });
    expect(read('{"v":1,"sha":"abc","run":"u","environments":{}}')).toEqual({
      v: 1,
      sha: 'abc',
      run: 'u',
      environments: {},
    });
  });

  it('reads environments named like Object.prototype members as entries only', () => {
    const data = read(
      '{"v":1,"environments":{"__proto__":{"status":"planned","fingerprint":"sha256:x"}}}',
    );
    expect(Object.keys(data?.environments ?? {})).toEqual(['__proto__']);
    expect(data?.environments.__proto__).toEqual({ status: 'planned', fingerprint: 'sha256:x' });
    expect(data?.environments.constructor).toBeUndefined();
    expect(data?.environments.toString).toBeUndefined();
  });
});
