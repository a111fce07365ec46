import type { Clock, Host } from '../github/host.js';
import { lockLine } from '../render/apply-summary.js';
import { formatDuration } from '../util/duration.js';
import { ConfigurationError } from '../util/errors.js';
import { tofuWords } from './error-text.js';
import { operationName, parseLockError, type StateLockInfo } from './lock-error.js';
import { forceUnlock } from './lock-release.js';
import type { TofuSettings } from './settings.js';
import { staleLockToRelease } from './stale-lock.js';

export interface HeldLock {
  info: StateLockInfo | undefined;
  text: string;
}

/**
 * What one `apply` run meets of the state lock (DESIGN §5): how long tofu waited, the lock that
 * stopped it, and the one stale lock it may release before retrying once.
 */
export class StateLockHandler {
  /** How long tofu waited for the lock, over every attempt. */
  waitedMs = 0;
  /** The last lock tofu reported as held. */
  lock: HeldLock | undefined;
  /** What was released, when a stale lock was. */
  released: string | undefined;

  constructor(
    private readonly settings: TofuSettings,
    private readonly host: Host,
    private readonly clock: Clock,
    readonly timeoutMs: number,
    private readonly unlockStaleAfterMs: number | undefined,
  ) {}

  /** Reports a held lock; releases it when it is stale and confirmed. True: try again once. */
  async handle(text: string): Promise<boolean> {
    const { host, settings } = this;
    const info = parseLockError(text);
    this.lock = { info, text };
    const release = await staleLockToRelease({
      info,
      thresholdMs: this.unlockStaleAfterMs,
      releasedAlready: !!this.released,
      workingDirectory: settings.workingDirectory,
      backendConfig: settings.backendConfig,
      host,
      clock: this.clock,
    });
    if (!release) {
      host.error(
        info
          ? `${lockLine(info, this.clock.now())}.`
          : `The state is locked; tofu said: ${tofuWords(text, 800)}`,
        { title: 'State lock held' },
      );
      return false;
    }
    const { lock, ageMs, threshold } = release;
    host.warning(
      `RELEASING A STALE STATE LOCK: ID ${lock.info.ID}, held by ${lock.info.Who ?? 'unknown'} for ${operationName(lock.info.Operation)} since ${lock.info.Created ?? '?'} (${formatDuration(ageMs)} old, unlock-stale-after is ${formatDuration(threshold)}), confirmed in ${lock.where}. Running tofu force-unlock -force ${lock.info.ID}, then retrying once.`,
      { title: 'Stale state lock released' },
    );
    const unlock = await forceUnlock(
      { binary: settings.binary, cwd: settings.workingDirectory, host },
      lock.info.ID,
    );
    if (!unlock.ok) {
      host.error(`tofu force-unlock -force ${lock.info.ID} failed: ${unlock.words}`, {
        title: 'Stale lock release failed',
      });
      return false;
    }
    this.released = `Released stale lock ${lock.info.ID} (held by ${lock.info.Who ?? 'unknown'} since ${lock.info.Created ?? '?'}, ${formatDuration(ageMs)} old) and retried.`;
    host.info(`Released state lock ${lock.info.ID}.`);
    return true;
  }

  /** The held lock in one line, with tofu's own words when its ID could not be read. */
  describe(): string {
    const info = this.lock?.info;
    return info
      ? lockLine(info, this.clock.now())
      : `The state is locked (tofu: ${tofuWords(this.lock?.text ?? '', 300)})`;
  }

  /** The error to stop with once tofu gave up waiting; `what` is `describe()`'s line. */
  failure(what: string): ConfigurationError {
    const hint =
      this.unlockStaleAfterMs === undefined
        ? ' Wait for the holder to finish, release it with tofu force-unlock, or set unlock-stale-after to release locks older than a threshold.'
        : '';
    return new ConfigurationError(
      `${what}. tofu gave up after lock-timeout ${formatDuration(this.timeoutMs)}; nothing was applied.${hint}`,
    );
  }
}
