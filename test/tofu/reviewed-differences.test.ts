import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MemoryHost } from '../../src/github/memory-host.js';
import type { ChangeSet } from '../../src/tofu/change-set.js';
import { fingerprintOf } from '../../src/tofu/fingerprint.js';
import { differenceLines, reviewedChangeSet } from '../../src/tofu/reviewed-differences.js';

const set = (...addresses: string[]): ChangeSet => ({
  version: 1,
  resources: addresses.map((address) => ({ address, actions: ['create'], after: {} })),
  outputs: [],
});

describe('differenceLines', () => {
  it('diffs against the reviewed change set', () => {
    const lines = differenceLines(set('a.x'), set('a.x', 'b.y'));
    expect(lines).toEqual(['+ b.y (create): not in the reviewed plan']);
  });

  it('says so when the change sets differ in nothing the diff shows', () => {
    expect(differenceLines(set('a.x'), set('a.x'))).toEqual([
      '(the change sets differ only in ways the diff does not show)',
    ]);
  });

  it('lists what the plan would change now when the reviewed change set is missing', () => {
    const lines = differenceLines(undefined, set('b.y'));
    expect(lines[0]).toMatch(/^# The reviewed change set is not available here/);
    expect(lines.slice(1)).toEqual(['# The plan now would change:', '+ b.y (create)']);
    expect(differenceLines(undefined, set()).at(-1)).toBe('  (nothing)');
  });
});

describe('reviewedChangeSet', () => {
  const reviewed = set('a.x');
  const review = { fingerprint: fingerprintOf(reviewed), changes: undefined, commentUrl: 'u' };

  it('reads reviewed-plan-json only when it hashes to the reviewed fingerprint', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reviewed-'));
    const host = new MemoryHost({}, { workspace: dir });
    const plan = {
      resource_changes: [{ address: 'a.x', change: { actions: ['create'], after: {} } }],
    };
    writeFileSync(join(dir, 'plan.json'), JSON.stringify(plan));
    const fromFile = reviewedChangeSet(host, review, 'plan.json');
    expect(fromFile && fingerprintOf(fromFile)).toBe(review.fingerprint);

    const other = { ...review, fingerprint: 'sha256:other' };
    expect(reviewedChangeSet(host, other, 'plan.json')).toBeUndefined();
    expect(reviewedChangeSet(host, review, 'missing.json')).toBeUndefined();
    const warnings = host.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings.join('\n')).toMatch(/is not the reviewed plan[\s\S]*not a readable plan JSON/);
  });

  it('takes a change set nested too deep to hash for no usable reviewed plan, not for a bug', () => {
    const depth = 200_000;
    const json = `{"version":1,"outputs":[],"resources":[{"address":"a","actions":["create"],"after":${'['.repeat(depth)}${']'.repeat(depth)}}]}`;
    const changes = gzipSync(json).toString('base64');
    const host = new MemoryHost();
    expect(reviewedChangeSet(host, { ...review, changes }, undefined)).toBeUndefined();
    expect(host.annotations.map((a) => a.message).join('\n')).toMatch(
      /is not the reviewed plan's; no full diff/,
    );
  });

  it('is undefined without a file or a change set in the comment', () => {
    expect(reviewedChangeSet(new MemoryHost(), review, undefined)).toBeUndefined();
  });
});
