/**
 * Runs `fn` with setTimeout and Date.now replaced by a virtual clock: whenever the program
 * has nothing left to do but wait for a timer, time jumps to that timer. Code that sleeps
 * through setTimeout (like the AWS SDK's waiter) then runs 20 simulated minutes in
 * milliseconds, with its own delays and deadlines intact. Only for code that does no real
 * I/O while it runs (the SDK waiter here talks to an in-process simulator).
 */
export async function withVirtualTime<T>(
  startMs: number,
  random: () => number,
  fn: () => Promise<T>,
): Promise<T> {
  let now = startMs;
  let seq = 0;
  const timers: { at: number; seq: number; cb: () => void }[] = [];
  const real = { setTimeout: globalThis.setTimeout, now: Date.now, random: Math.random };
  globalThis.setTimeout = ((cb: () => void, ms?: number) => {
    timers.push({ at: now + Math.max(0, ms ?? 0), seq: ++seq, cb });
    return seq;
  }) as unknown as typeof setTimeout;
  Date.now = () => now;
  Math.random = random;
  try {
    let settled = false;
    let value: T | undefined;
    let failure: unknown;
    fn().then(
      (v) => {
        settled = true;
        value = v;
      },
      (e: unknown) => {
        settled = true;
        failure = e;
      },
    );
    let idle = 0;
    while (!settled) {
      await new Promise((r) => setImmediate(r));
      if (settled) break;
      if (timers.length === 0) {
        if (++idle > 1000) throw new Error('virtual time: nothing scheduled and nothing settled');
        continue;
      }
      idle = 0;
      timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = timers.shift() as (typeof timers)[number];
      now = Math.max(now, next.at);
      next.cb();
    }
    if (failure !== undefined) throw failure;
    return value as T;
  } finally {
    globalThis.setTimeout = real.setTimeout;
    Date.now = real.now;
    Math.random = real.random;
  }
}

/** A small seeded PRNG (mulberry32), so the SDK waiter's jitter is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
