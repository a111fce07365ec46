import { describe, expect, it } from 'vitest';
import { withApplyStatus } from '../../src/github/apply-status.js';
import { formatMarker } from '../../src/github/marker.js';
import { markerFor } from './marker-for.js';
import { renderApplyStatus } from '../../src/render/apply-status.js';

const KEY = 'Infra-plan:*';
const body = `${formatMarker(KEY, {
  v: 1,
  environments: {
    staging: { fingerprint: 'sha256:aaa', status: 'planned' },
    production: { fingerprint: 'sha256:bbb', status: 'planned' },
  },
})}\n## Plans\n\n| env | verdict |\n|---|---|\n| staging | 1 to change |\n| production | no changes |\n`;

describe('withApplyStatus', () => {
  it('sets the status of one environment and adds its status block after the marker', () => {
    const [block] = renderApplyStatus({
      state: 'applying',
      environment: 'staging',
      sha: 'abcdef0123',
    });
    const next = withApplyStatus(body, KEY, 'staging', 'applying', block) as string;
    expect(markerFor(next, KEY)?.environments).toEqual({
      staging: { fingerprint: 'sha256:aaa', status: 'applying' },
      production: { fingerprint: 'sha256:bbb', status: 'planned' },
    });
    expect(next).toContain('> ⏳ **staging**: applying commit abcdef0');
    expect(next.endsWith(body.slice(body.indexOf('\n## Plans')))).toBe(true);
  });

  it('replaces the block on the next status instead of adding another, per environment', () => {
    const applying = withApplyStatus(
      body,
      KEY,
      'staging',
      'applying',
      'staging is applying',
    ) as string;
    const prod = withApplyStatus(
      applying,
      KEY,
      'production',
      'applying',
      'prod applying…',
    ) as string;
    const applied = withApplyStatus(prod, KEY, 'staging', 'applied', 'staging done') as string;
    expect(applied).not.toContain('staging is applying');
    expect(applied.match(/staging done/g)).toHaveLength(1);
    expect(applied).toContain('prod applying…');
    expect(markerFor(applied, KEY)?.environments.staging?.status).toBe('applied');
  });

  it('replaces the block an earlier version wrote under the old form of the name', () => {
    const oldBlock = (id: string, text: string) =>
      `\n<!-- tofu-aws-action:apply-status:${id} -->\n${text}\n<!-- /tofu-aws-action:apply-status:${id} -->`;
    const marker = formatMarker(KEY, {
      v: 1,
      environments: { 'prod eu': { fingerprint: 'sha256:ccc', status: 'applied' } },
    });
    const old = `${marker}${oldBlock('prod-eu', 'prod eu applied long ago')}\n## Plans\n`;
    const next = withApplyStatus(old, KEY, 'prod eu', 'applying', 'prod eu applying') as string;
    expect(next).not.toContain('applied long ago');
    expect(next.match(/<!-- tofu-aws-action:apply-status:/g)).toHaveLength(1);
    expect(next).toContain('<!-- tofu-aws-action:apply-status:prod%20eu -->\nprod eu applying');

    // Where `prod-eu` is an environment of its own, that block is its, and stays.
    const both = formatMarker(KEY, {
      v: 1,
      environments: {
        'prod eu': { fingerprint: 'sha256:ccc', status: 'planned' },
        'prod-eu': { fingerprint: 'sha256:ddd', status: 'applied' },
      },
    });
    const shared = `${both}${oldBlock('prod-eu', 'prod-eu applied')}\n## Plans\n`;
    const after = withApplyStatus(shared, KEY, 'prod eu', 'applying', 'prod eu applying') as string;
    expect(after).toContain('prod-eu applied');
    expect(after).toContain('prod eu applying');
  });

  it('returns undefined for a comment without this environment', () => {
    expect(withApplyStatus(body, KEY, 'dev', 'applied', 'x')).toBeUndefined();
    expect(withApplyStatus(body, 'other-key', 'staging', 'applied', 'x')).toBeUndefined();
  });

  it("falls back to the one-line status when the block would pass GitHub's limit", () => {
    const big = body + 'x'.repeat(65_536 - body.length - 400);
    const next = withApplyStatus(
      big,
      KEY,
      'staging',
      'applied',
      `short line\n\n${'y'.repeat(5000)}`,
      'short line',
    ) as string;
    expect(next.length).toBeLessThanOrEqual(65_536);
    expect(next).toContain('short line');
    expect(next).not.toContain('yyyy');
  });

  it('leaves a marker entry that is not an environment alone and rewrites only known fields', () => {
    const odd = `<!-- tofu-aws-action:plan:${KEY} {"v":1,"sha":7,"environments":{"staging":[1],"production":{"fingerprint":5,"status":"planned","at":"2026-11-01T00:00:00Z"}}} -->\n## Plans\n`;
    expect(withApplyStatus(odd, KEY, 'staging', 'applying', 'staging applying')).toBeUndefined();
    const next = withApplyStatus(odd, KEY, 'production', 'applied', 'prod done') as string;
    const marker = formatMarker(KEY, {
      v: 1,
      environments: { production: { status: 'applied', at: '2026-11-01T00:00:00Z' } },
    });
    expect(next.startsWith(`${marker}\n`)).toBe(true);
  });
});

describe('renderApplyStatus', () => {
  it('shows non-sensitive outputs only, and the first error for a failure', () => {
    const [applied] = renderApplyStatus({
      state: 'applied',
      environment: 'staging',
      counts: { add: 1, change: 0, destroy: 0, import: 0, forget: 0 },
      outputs: { url: { sensitive: false, value: 'https://x' }, token: { sensitive: true } },
    });
    expect(applied).toContain('| `url` | https://x |');
    expect(applied).not.toContain('token');
    const [failed] = renderApplyStatus({
      state: 'apply-failed',
      environment: 'staging',
      error: 'boom\nsecond line',
    });
    expect(failed).toBe('> ❌ **staging**: apply failed: boom second line');
  });
});
