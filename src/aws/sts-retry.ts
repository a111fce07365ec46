import type { Clock, Host } from '../github/host.js';
import { ConfigurationError } from '../util/errors.js';
import { retry, type RetryOptions } from '../util/retry.js';
import {
  classifyStsError,
  explainStsError,
  isStsServiceError,
  stsErrorCode,
  type StsStep,
} from './sts-errors.js';

/** Backoff for the token fetch and every STS call: 250 ms doubling to 8 s, 6 attempts, 60 s. */
export const RETRY_POLICY = {
  baseMs: 250,
  maxDelayMs: 8_000,
  maxAttempts: 6,
  maxElapsedMs: 60_000,
};

export type RetryTiming = Omit<RetryOptions, 'classify'>;

/** RETRY_POLICY on the given clock, stopped by the job's cancellation. */
export function retryTiming(clock: Clock, signal: AbortSignal): RetryTiming {
  return {
    ...RETRY_POLICY,
    sleep: (ms, s) => clock.sleep(ms, s),
    now: () => clock.now(),
    signal,
  };
}

/** A failure after the job was cancelled is reported as the cancellation. */
export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) {
    throw new ConfigurationError(
      'assume-role was cancelled before it finished; nothing was exported.',
    );
  }
}

/** Runs one STS call of `step` with classified retries. */
export type StsCall = <T>(step: StsStep, fn: () => Promise<T>) => Promise<T>;

/** STS calls with classified retries logged to the host; a final failure becomes an explanation. */
export function stsCaller(host: Host, timing: RetryTiming): StsCall {
  return async <T>(step: StsStep, fn: () => Promise<T>): Promise<T> => {
    let attempts = 1;
    try {
      return await retry(fn, {
        ...timing,
        classify: classifyStsError,
        onRetry: ({ attempt, delayMs, error }) => {
          attempts = attempt + 1;
          host.info(
            `STS answered ${stsErrorCode(error) ?? 'an error'} (attempt ${attempt}); retrying in ${delayMs} ms.`,
          );
        },
      });
    } catch (error) {
      throwIfCancelled(host.cancellation);
      if (!isStsServiceError(error) && stsErrorCode(error) === undefined) throw error;
      const { summary, details } = explainStsError(error, step, attempts);
      for (const line of details) host.info(line);
      throw new ConfigurationError(summary);
    }
  };
}
