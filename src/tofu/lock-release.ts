import type { LockInspection, ObservedLock } from '../aws/lock-inspect.js';
import type { Host } from '../github/host.js';
import { formatDuration } from '../util/duration.js';
import { tofuWords } from './error-text.js';
import type { StateLockInfo } from './lock-error.js';
import { runTofu } from './run-tofu.js';
import type { JournalEntry } from './tofu-run-journal.js';

/**
 * When a state lock may be released. Pure decisions; the release itself is
 * `tofu force-unlock -force <ID>` (tofu knows its backend better than we do).
 */
export type StaleDecision =
  { release: true; lock: ObservedLock; ageMs: number } | { release: false; reason: string };

/**
 * A lock reported by tofu is released only when the backend shows the same ID and it is older
 * than the threshold (by the backend's own creation time when it has one).
 */
export function decideStaleRelease(
  info: StateLockInfo,
  thresholdMs: number,
  now: number,
  inspection: LockInspection,
): StaleDecision {
  const match = inspection.locks.find((l) => l.info.ID === info.id);
  if (!match) {
    const seen = inspection.locks.map((l) => `${l.info.ID} in ${l.where}`);
    const unread = inspection.errors.length
      ? `; could not read ${inspection.errors.join('; ')}`
      : '';
    return {
      release: false,
      reason: seen.length
        ? `the backend shows another lock (${seen.join(', ')}), not ${info.id}${unread}`
        : `the backend does not show lock ${info.id} (checked ${inspection.checked.join(', ') || 'nothing'}${unread})`,
    };
  }
  const created = match.createdAt ?? info.createdAt;
  if (!created) {
    return { release: false, reason: `lock ${info.id} has no readable creation time` };
  }
  const ageMs = now - created.getTime();
  if (ageMs < thresholdMs) {
    return {
      release: false,
      reason: `lock ${info.id} is ${formatDuration(Math.max(0, ageMs))} old, younger than unlock-stale-after (${formatDuration(thresholdMs)})`,
    };
  }
  return { release: true, lock: match, ageMs };
}

/**
 * The lock a killed run of this step left: written from this runner (Who is `user@host`) for
 * the operation of one of the step's tofu runs (plan or apply), while that run was going (to
 * `now` when the step was killed before tofu ended). Anything else belongs to someone else,
 * another job's plan on the same machine included.
 */
export function isOwnLock(
  lock: ObservedLock,
  hostname: string,
  runs: readonly JournalEntry[],
  now: number,
): boolean {
  const who = lock.info.Who ?? '';
  const host = who.includes('@') ? who.slice(who.lastIndexOf('@') + 1) : who;
  if (!hostname || host !== hostname || !lock.createdAt) return false;
  const created = lock.createdAt.getTime();
  // Created has nanoseconds; the journal has milliseconds.
  return runs.some(
    (run) =>
      run.operation === lock.info.Operation &&
      created >= run.startedAt - 1 &&
      created <= (run.endedAt ?? now) + 1,
  );
}

export async function forceUnlock(
  options: { binary: string; cwd: string; host: Host },
  id: string,
): Promise<{ ok: boolean; words: string }> {
  const result = await runTofu({
    binary: options.binary,
    args: ['force-unlock', '-force', id],
    cwd: options.cwd,
    host: options.host,
  });
  return {
    ok: result.exitCode === 0,
    words: tofuWords(result.stderr || result.stdout, 600),
  };
}
