import { invalidInput } from './errors.js';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** The sum of a duration's parts in milliseconds, which may be too large to use; else undefined. */
function sumDurationMs(text: string): number | undefined {
  const value = text.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  if (!/^(\d+(\.\d+)?(ms|s|m|h|d))+$/.test(value)) return undefined;
  let total = 0;
  for (const part of value.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)) {
    total += Number(part[1]) * (UNIT_MS[part[2] as string] as number);
  }
  return total;
}

// A 400-digit number of seconds adds up to Infinity; no wait anyone means comes near this.
const MAX_DURATION_MS = Number.MAX_SAFE_INTEGER;

/**
 * Parses `90s`, `5m`, `1h30m`, `2d` or a bare number of seconds into milliseconds.
 * Returns undefined for anything else, and for a value too large to be a finite duration.
 */
export function parseDurationMs(text: string): number | undefined {
  const ms = sumDurationMs(text);
  return ms !== undefined && ms <= MAX_DURATION_MS ? ms : undefined;
}

/** parseDurationMs for an input: a one-line error naming the input when it does not parse. */
export function durationInputMs(name: string, value: string): number {
  const ms = sumDurationMs(value);
  if (ms === undefined) {
    throw invalidInput(
      name,
      value,
      'expected a duration such as 30s, 5m, 1h30m or a number of seconds',
    );
  }
  if (ms > MAX_DURATION_MS) {
    throw invalidInput(name, value, 'too long to be a duration; expected e.g. 30s, 5m or 2h');
  }
  return ms;
}

/** `1h 2m 3s` style, for people. */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.round(ms / 1000);
  if (totalSeconds < 60) return `${totalSeconds}s`;
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  return [h ? `${h}h` : '', m ? `${m}m` : '', s ? `${s}s` : ''].filter(Boolean).join(' ');
}

/** OpenTofu's -lock-timeout wants a Go duration: `300s`. */
export function toGoDuration(ms: number): string {
  return `${Math.round(ms / 1000)}s`;
}
