import { describe, expect, it } from 'vitest';
import type { LockInspection, ObservedLock } from '../../src/aws/lock-inspect.js';
import { decideStaleRelease, isOwnLock } from '../../src/tofu/lock-release.js';

const NOW = Date.parse('2026-11-21T12:00:00Z');
const observed = (id: string, who: string, created: string): ObservedLock => ({
  kind: 'dynamodb',
  where: 'DynamoDB table t item b/k',
  info: { ID: id, Who: who, Created: created },
  createdAt: new Date(created),
});
const seen = (...locks: ObservedLock[]): LockInspection => ({
  checked: ['DynamoDB table t item b/k'],
  locks,
  errors: [],
});
const tofuSaw = { id: 'L1', createdAt: new Date('2026-11-21T09:00:00Z') };
const HOUR = 3600_000;

describe('decideStaleRelease', () => {
  it('releases only a lock the backend shows with the same ID and older than the threshold', () => {
    expect(
      decideStaleRelease(tofuSaw, HOUR, NOW, seen(observed('L1', 'a@b', '2026-11-21T09:00:00Z'))),
    ).toMatchObject({ release: true, ageMs: 3 * HOUR });
    expect(
      decideStaleRelease(
        tofuSaw,
        4 * HOUR,
        NOW,
        seen(observed('L1', 'a@b', '2026-11-21T09:00:00Z')),
      ),
    ).toMatchObject({
      release: false,
      reason: expect.stringMatching(/3h old, younger than unlock-stale-after \(4h\)/),
    });
    expect(decideStaleRelease(tofuSaw, HOUR, NOW, seen())).toMatchObject({
      release: false,
      reason: expect.stringMatching(/does not show lock L1/),
    });
    expect(
      decideStaleRelease(tofuSaw, HOUR, NOW, seen(observed('L2', 'a@b', '2026-11-20T00:00:00Z'))),
    ).toMatchObject({ release: false, reason: expect.stringMatching(/another lock \(L2/) });
  });

  it("uses the backend's creation time over tofu's text", () => {
    const recent = observed('L1', 'a@b', '2026-11-21T11:50:00Z');
    expect(decideStaleRelease(tofuSaw, HOUR, NOW, seen(recent)).release).toBe(false);
  });
});

describe('isOwnLock', () => {
  const started = Date.parse('2026-11-21T11:00:00Z');
  it('is this runner (exact host after @) and created after the job started', () => {
    expect(
      isOwnLock(observed('x', 'runner@fv-az1', '2026-11-21T11:05:00Z'), 'fv-az1', started),
    ).toBe(true);
    expect(
      isOwnLock(observed('x', 'runner@fv-az10', '2026-11-21T11:05:00Z'), 'fv-az1', started),
    ).toBe(false);
    expect(
      isOwnLock(observed('x', 'runner@fv-az1', '2026-11-21T10:59:00Z'), 'fv-az1', started),
    ).toBe(false);
    expect(isOwnLock(observed('x', '', '2026-11-21T11:05:00Z'), 'fv-az1', started)).toBe(false);
  });
});
