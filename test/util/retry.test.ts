import { describe, expect, it } from 'vitest';
import { backoffDelayMs, retry, type RetryOptions } from '../../src/util/retry.js';

class Transient extends Error {}
class Permanent extends Error {}

/** Simulated time: sleeping advances the clock, nothing really waits. */
function simulated(random = () => 0.5) {
  let now = 0;
  const slept: number[] = [];
  const options: Omit<RetryOptions, 'maxAttempts' | 'maxElapsedMs'> = {
    classify: (e) => (e instanceof Transient ? 'retry' : 'fail'),
    baseMs: 100,
    maxDelayMs: 1_000,
    random,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
  return { options, slept, elapsed: () => now };
}

/** A function failing with the given errors in turn, then returning 'ok'. */
function failing(...errors: Error[]) {
  const calls: number[] = [];
  const fn = async (attempt: number) => {
    calls.push(attempt);
    const e = errors.shift();
    if (e) throw e;
    return 'ok';
  };
  return { fn, calls };
}

describe('retry', () => {
  it('retries transient errors until the call succeeds', async () => {
    const { options, slept } = simulated();
    const { fn, calls } = failing(new Transient('1'), new Transient('2'));
    await expect(retry(fn, { ...options, maxAttempts: 5, maxElapsedMs: 60_000 })).resolves.toBe(
      'ok',
    );
    expect(calls).toEqual([1, 2, 3]);
    expect(slept).toHaveLength(2);
  });

  it('fails at once, without sleeping, on an error classified fail', async () => {
    const { options, slept } = simulated();
    const permanent = new Permanent('denied');
    const { fn, calls } = failing(permanent);
    await expect(retry(fn, { ...options, maxAttempts: 5, maxElapsedMs: 60_000 })).rejects.toBe(
      permanent,
    );
    expect(calls).toEqual([1]);
    expect(slept).toEqual([]);
  });

  it('gives up after maxAttempts with the last error', async () => {
    const { options } = simulated();
    const errors = Array.from({ length: 10 }, (_, i) => new Transient(`#${i + 1}`));
    const { fn, calls } = failing(...errors);
    await expect(retry(fn, { ...options, maxAttempts: 4, maxElapsedMs: 60_000 })).rejects.toThrow(
      '#4',
    );
    expect(calls).toEqual([1, 2, 3, 4]);
  });

  it('gives up when the next attempt would start after maxElapsedMs', async () => {
    const { options, elapsed } = simulated(() => 1);
    const { fn, calls } = failing(...Array.from({ length: 50 }, () => new Transient('busy')));
    await expect(retry(fn, { ...options, maxAttempts: 50, maxElapsedMs: 2_500 })).rejects.toThrow(
      'busy',
    );
    // Delays at their ceiling: 100, 200, 400, 800, 1000 end at 2500; one more would end at 3500.
    expect(elapsed()).toBe(2_500);
    expect(calls).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('backs off exponentially with equal jitter, capped at maxDelayMs', () => {
    const delays = (r: number) =>
      [1, 2, 3, 4, 5, 6].map((a) => backoffDelayMs(a, 100, 1_000, () => r));
    expect(delays(0)).toEqual([50, 100, 200, 400, 500, 500]);
    expect(delays(0.999999)).toEqual([100, 200, 400, 800, 1000, 1000]);
    const jittered = delays(0.5);
    expect(
      jittered.every(
        (d, i) => d >= (delays(0)[i] as number) && d <= (delays(0.999999)[i] as number),
      ),
    ).toBe(true);
  });

  it('reports each retry with its attempt number and delay', async () => {
    const { options, slept } = simulated();
    const seen: { attempt: number; delayMs: number; message: string }[] = [];
    const { fn } = failing(new Transient('a'), new Transient('b'));
    await retry(fn, {
      ...options,
      maxAttempts: 5,
      maxElapsedMs: 60_000,
      onRetry: ({ attempt, delayMs, error }) =>
        seen.push({ attempt, delayMs, message: (error as Error).message }),
    });
    expect(seen.map((s) => [s.attempt, s.message])).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
    expect(seen.map((s) => s.delayMs)).toEqual(slept);
  });

  it('stops retrying once the signal is aborted', async () => {
    const { options } = simulated();
    const controller = new AbortController();
    let calls = 0;
    const fn = async () => {
      calls++;
      if (calls === 2) controller.abort();
      throw new Transient(`#${calls}`);
    };
    await expect(
      retry(fn, { ...options, maxAttempts: 10, maxElapsedMs: 60_000, signal: controller.signal }),
    ).rejects.toThrow('#2');
    expect(calls).toBe(2);
  });
});
