import type { ObservedLock } from '../aws/lock-inspect.js';
import type { Clock, Host } from '../github/host.js';
import { formatDuration } from '../util/duration.js';
import { ConfigurationError } from '../util/errors.js';
import { readBackendConfig } from './backend-config.js';
import { forceUnlock, isOwnLock } from './lock-release.js';
import { isProcessAlive } from './process-alive.js';
import type { JournalEntry } from './tofu-run-journal.js';

/**
 * How long the post step waits for a tofu that is still stopping after the runner killed the
 * step (GitHub gives a cancelled job's post steps a few minutes).
 */
export const STOPPING_TOFU_WAIT_MS = 4 * 60_000;
const WAIT_POLL_MS = 1_000;
const WAIT_REPORT_MS = 15_000;

/**
 * After a cancelled apply (the post step): finds a state lock the stopped tofu left behind and
 * releases it when it is this run's own (DESIGN §5); any other lock is only reported.
 */
export interface StoppedApply {
  /** The working directory tofu ran in. */
  dir: string;
  binary: string;
  backendConfig: string[];
  /** The runner's host name, as tofu writes it into the lock's Who. */
  runner: string;
  startedAt: number;
  /** The step's runs of tofu that can take the lock. */
  runs: readonly JournalEntry[];
}

export async function releaseLockLeftBehind(
  host: Host,
  clock: Clock,
  run: StoppedApply,
): Promise<void> {
  const { runner, startedAt } = run;
  // The runner kills the step, not tofu: a tofu still stopping holds its lock rightly and
  // releases it itself once state is written.
  const stillRunning = await waitForStoppingTofu(host, clock, run.runs);
  if (stillRunning.length) {
    host.warning(
      `tofu (process ${stillRunning.join(', ')}) is still running ${formatDuration(STOPPING_TOFU_WAIT_MS)} after the apply step ended; its state lock is left alone. Check the backend once it has stopped, and use tofu force-unlock only if it left a lock.`,
    );
    return;
  }
  const backend = readBackendConfig({
    workingDirectory: run.dir,
    backendConfig: run.backendConfig,
    env: host.env,
  });
  const { inspectBackendLocks, hasInspectableLock } = await import('../aws/lock-inspect.js');
  if (backend.kind !== 's3' || !hasInspectableLock(backend.config)) {
    const why =
      backend.kind === 's3'
        ? 'the s3 backend has neither dynamodb_table nor use_lockfile'
        : backend.kind === 'other'
          ? `the ${backend.type} backend cannot be read here`
          : backend.reason;
    host.warning(
      `The apply did not finish; a state lock it held may be left behind, and it cannot be checked here (${why}). Check the backend and use tofu force-unlock if needed.`,
    );
    return;
  }
  const inspection = await inspectBackendLocks(backend.config, host.env);
  for (const e of inspection.errors)
    host.warning(`Could not check for a state lock left behind: ${e}`);
  const now = clock.now();
  const own = inspection.locks.filter((l) => isOwnLock(l, runner, run.runs, now));
  for (const other of inspection.locks.filter((l) => !own.includes(l))) {
    host.warning(
      `A state lock is held in ${other.where} by ${other.info.Who ?? 'unknown'} (${other.info.Operation ?? '?'}, since ${other.info.Created ?? '?'}, ID ${other.info.ID}). It is not this run's (runner ${runner}, started ${new Date(startedAt).toISOString()}), so it is left alone.`,
    );
  }
  if (!inspection.locks.length && !inspection.errors.length) {
    host.info(
      `The apply did not finish, but it left no state lock behind (checked ${inspection.checked.join(', ')}).`,
    );
    return;
  }
  await releaseOwnLocks(host, run, own);
}

async function releaseOwnLocks(
  host: Host,
  run: StoppedApply,
  own: readonly ObservedLock[],
): Promise<void> {
  const failures: string[] = [];
  for (const id of [...new Set(own.map((l) => l.info.ID))]) {
    const lock = own.find((l) => l.info.ID === id)!;
    host.warning(
      `RELEASING THIS RUN'S STATE LOCK: the apply was stopped while holding lock ${id} in ${lock.where} (Who ${lock.info.Who}, created ${lock.info.Created}, after this job started on ${run.runner}). Running tofu force-unlock -force ${id}.`,
      { title: 'State lock left by this run released' },
    );
    const result = await forceUnlock({ binary: run.binary, cwd: run.dir, host }, id);
    if (result.ok) host.info(`Released state lock ${id}.`);
    else failures.push(`tofu force-unlock -force ${id} failed: ${result.words}`);
  }
  if (failures.length) throw new ConfigurationError(failures.join('; '));
}

/** Waits for the runs whose end the step did not see; returns the process ids still alive. */
async function waitForStoppingTofu(
  host: Host,
  clock: Clock,
  runs: readonly JournalEntry[],
): Promise<number[]> {
  const pids = runs
    .filter((r) => r.endedAt === undefined && r.pid !== undefined)
    .map((r) => r.pid as number);
  const alive = () => pids.filter(isProcessAlive);
  const started = clock.now();
  let reported = -WAIT_REPORT_MS;
  for (let running = alive(); running.length; running = alive()) {
    const waited = clock.now() - started;
    if (waited >= STOPPING_TOFU_WAIT_MS) return running;
    if (waited - reported >= WAIT_REPORT_MS) {
      host.info(
        `Waiting for tofu (process ${running.join(', ')}) to finish stopping and write state (${formatDuration(waited)} so far).`,
      );
      reported = waited;
    }
    await clock.sleep(WAIT_POLL_MS);
  }
  return [];
}
