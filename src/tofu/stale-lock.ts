import type { ObservedLock } from '../aws/lock-inspect.js';
import type { Clock, Host } from '../github/host.js';
import { readBackendConfig } from './backend-config.js';
import type { StateLockInfo } from './lock-error.js';
import { decideStaleRelease } from './lock-release.js';

export interface StaleLock {
  lock: ObservedLock;
  ageMs: number;
  threshold: number;
}

/**
 * The lock to release, when unlock-stale-after allows it and the backend confirms it; every
 * reason not to release is a warning.
 */
export async function staleLockToRelease(options: {
  info: StateLockInfo | undefined;
  thresholdMs: number | undefined;
  releasedAlready: boolean;
  workingDirectory: string;
  backendConfig: string[];
  host: Host;
  clock: Clock;
}): Promise<StaleLock | undefined> {
  const { info, host, clock } = options;
  const threshold = options.thresholdMs;
  if (threshold === undefined) return undefined;
  if (options.releasedAlready) {
    host.warning('A stale lock was already released once in this run; not releasing another.');
    return undefined;
  }
  if (!info) {
    host.warning(
      "The lock ID could not be read from tofu's message, so no lock is released (an ID is never guessed).",
    );
    return undefined;
  }
  const backend = readBackendConfig({
    workingDirectory: options.workingDirectory,
    backendConfig: options.backendConfig,
    env: host.env,
  });
  if (backend.kind !== 's3') {
    const why =
      backend.kind === 'other' ? `the ${backend.type} backend cannot be read here` : backend.reason;
    host.warning(
      `Lock ${info.id} is not released: it cannot be confirmed in the backend (${why}).`,
    );
    return undefined;
  }
  const { inspectBackendLocks, hasInspectableLock } = await import('../aws/lock-inspect.js');
  if (!hasInspectableLock(backend.config)) {
    host.warning(
      `Lock ${info.id} is not released: the s3 backend has neither dynamodb_table nor use_lockfile, so the lock cannot be confirmed.`,
    );
    return undefined;
  }
  const inspection = await inspectBackendLocks(backend.config, host.env);
  const decision = decideStaleRelease(info, threshold, clock.now(), inspection);
  if (!decision.release) {
    host.warning(`Lock ${info.id} is not released: ${decision.reason}.`);
    return undefined;
  }
  return { lock: decision.lock, ageMs: decision.ageMs, threshold };
}
