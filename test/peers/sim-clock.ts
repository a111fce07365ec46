import type { Clock } from '../../src/github/host.js';

/** Simulated time: sleep advances the clock at once, so a 20-minute wait runs in milliseconds. */
export class SimClock implements Clock {
  constructor(private ms = Date.UTC(2026, 0, 15, 12, 0, 0)) {}
  now(): number {
    return this.ms;
  }
  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return;
    this.ms += Math.max(0, ms);
  }
}

/** Simulated time that records each sleep: a sleep returns at once and moves `now` on. */
export function recordingClock(startMs = 0): Clock & { slept: number[] } {
  let now = startMs;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}
