/** What to do with an error: try again (transient) or give up at once (the caller must fix it). */
export type RetryDecision = 'retry' | 'fail';

export interface RetryInfo {
  /** The attempt that just failed, from 1. */
  attempt: number;
  /** How long we wait before the next attempt. */
  delayMs: number;
  error: unknown;
}

export interface RetryOptions {
  classify(error: unknown): RetryDecision;
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** No new attempt starts when it would begin later than this after the first one. */
  maxElapsedMs: number;
  /** The first delay's ceiling; it doubles per attempt. */
  baseMs: number;
  /** Ceiling for one delay. Default: 30 s. */
  maxDelayMs?: number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  now(): number;
  /** [0, 1); injectable so that tests know the delays. Default: Math.random. */
  random?: () => number;
  /** Stops retrying (the last error is thrown) once aborted. */
  signal?: AbortSignal;
  onRetry?(info: RetryInfo): void;
}

/**
 * The delay before attempt `attempt + 1`: exponential, capped, with "equal jitter" (half fixed,
 * half random) so that parallel jobs that failed together do not come back together.
 */
export function backoffDelayMs(
  attempt: number,
  baseMs: number,
  maxDelayMs: number,
  random: () => number,
): number {
  const ceiling = Math.min(maxDelayMs, baseMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * Runs `fn` until it succeeds, the error is classified 'fail', the attempts are used up or the
 * time budget is spent. The error thrown is always the last one `fn` threw, unchanged.
 */
export async function retry<T>(
  fn: (attempt: number) => Promise<T>,
  options: RetryOptions,
): Promise<T> {
  const { classify, maxAttempts, maxElapsedMs, baseMs, sleep, now, signal, onRetry } = options;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  const random = options.random ?? Math.random;
  const start = now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (error) {
      if (attempt >= maxAttempts || signal?.aborted || classify(error) === 'fail') throw error;
      const delayMs = backoffDelayMs(attempt, baseMs, maxDelayMs, random);
      if (now() - start + delayMs > maxElapsedMs) throw error;
      onRetry?.({ attempt, delayMs, error });
      await sleep(delayMs, signal);
      if (signal?.aborted) throw error;
    }
  }
}
