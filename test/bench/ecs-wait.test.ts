import { describe, expect, it } from 'vitest';
import { benchEcsWait } from '../../bench/ecs-wait.js';
import { seededRandom, withVirtualTime } from '../../bench/virtual-time.js';

describe('bench: our ECS wait against the SDK waiter on the same scripted rollouts', () => {
  it('gets every verdict right, each within one poll interval of the decisive event', async () => {
    const rows = await benchEcsWait();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.ours.right, `${row.scenario}: ${row.ours.verdict}`).toBe(true);
      expect(row.ours.secondsAfterDecisiveEvent, row.scenario).toBeLessThanOrEqual(15);
    }
    // What the comparison is for: the SDK waiter calls a circuit-breaker rollback stable.
    const rollback = rows.find((r) => r.scenario === 'circuit-breaker-rollback');
    expect(rollback?.sdk.verdict).toBe('success');
    expect(rollback?.sdk.right).toBe(false);
  });
});

describe('withVirtualTime', () => {
  it('jumps to the next timer instead of waiting, and restores the real clock afterwards', async () => {
    const realNow = Date.now;
    const start = Date.UTC(2026, 0, 1);
    const elapsed = await withVirtualTime(start, seededRandom(1), async () => {
      await new Promise((resolve) => setTimeout(resolve, 20 * 60_000));
      return Date.now() - start;
    });
    expect(elapsed).toBe(20 * 60_000);
    expect(Date.now).toBe(realNow);
  });
});
