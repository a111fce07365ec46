import { describe, expect, it } from 'vitest';
import type { LockInspection, ObservedLock } from '../../src/aws/lock-inspect.js';
import { decideStaleRelease, isOwnLock } from '../../src/tofu/lock-release.js';
import type { JournalEntry } from '../../src/tofu/tofu-run-journal.js';

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
  const at = (iso: string) => Date.parse(iso);
  const lock = (who: string, created: string, operation = 'OperationTypeApply') => ({
    ...observed('x', who, created),
    info: { ID: 'x', Who: who, Created: created, Operation: operation },
  });
  const runs: JournalEntry[] = [
    {
      operation: 'OperationTypePlan',
      startedAt: at('2026-11-21T11:00:00Z'),
      endedAt: at('2026-11-21T11:02:00Z'),
    },
    { operation: 'OperationTypeApply', startedAt: at('2026-11-21T11:03:00Z'), pid: 42 },
  ];
  const now = at('2026-11-21T11:10:00Z');

  it("is this runner's (exact host after @), for a run's operation, taken while it ran", () => {
    expect(isOwnLock(lock('runner@fv-az1', '2026-11-21T11:05:00Z'), 'fv-az1', runs, now)).toBe(
      true,
    );
    const plan = lock('runner@fv-az1', '2026-11-21T11:01:00Z', 'OperationTypePlan');
    expect(isOwnLock(plan, 'fv-az1', runs, now)).toBe(true);
    expect(isOwnLock(lock('runner@fv-az10', '2026-11-21T11:05:00Z'), 'fv-az1', runs, now)).toBe(
      false,
    );
    expect(isOwnLock(lock('', '2026-11-21T11:05:00Z'), 'fv-az1', runs, now)).toBe(false);
  });

  it("is not another job's lock on the same machine: other operation, or outside the runs", () => {
    // Another job's plan, taken while this step's apply ran (after its own plan ended).
    const otherPlan = lock('runner@fv-az1', '2026-11-21T11:05:00Z', 'OperationTypePlan');
    expect(isOwnLock(otherPlan, 'fv-az1', runs, now)).toBe(false);
    // Before the step's first run, and an apply lock taken after the step was last seen.
    expect(isOwnLock(lock('runner@fv-az1', '2026-11-21T10:59:00Z'), 'fv-az1', runs, now)).toBe(
      false,
    );
    expect(isOwnLock(lock('runner@fv-az1', '2026-11-21T11:11:00Z'), 'fv-az1', runs, now)).toBe(
      false,
    );
    // A lock without an operation is not claimed.
    const bare = { ...observed('x', 'runner@fv-az1', '2026-11-21T11:05:00Z') };
    expect(isOwnLock(bare, 'fv-az1', runs, now)).toBe(false);
  });
});
