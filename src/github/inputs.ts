import { durationInputMs } from '../util/duration.js';
import { ConfigurationError, invalidInput } from '../util/errors.js';
import type { Host } from './host.js';

/**
 * Typed input reading. Every input name a command reads appears here as a string literal
 * (`inputs.bool('comment', true)`), which is what the action.yml consistency test scans for.
 * Optional inputs that are not set come back as undefined, never as ''.
 */
export class Inputs {
  constructor(private readonly host: Pick<Host, 'getInput'>) {}

  string(name: string): string | undefined {
    return this.host.getInput(name);
  }

  required(name: string): string {
    const value = this.host.getInput(name);
    if (value === undefined)
      throw new ConfigurationError(`Input '${name}' is required and was not set.`);
    return value;
  }

  bool(name: string, fallback: boolean): boolean {
    const value = this.host.getInput(name);
    if (value === undefined) return fallback;
    if (/^(true|yes|on|1)$/i.test(value)) return true;
    if (/^(false|no|off|0)$/i.test(value)) return false;
    throw invalidInput(name, value, 'expected true or false');
  }

  /** Optional boolean: undefined when unset. */
  optionalBool(name: string): boolean | undefined {
    return this.host.getInput(name) === undefined ? undefined : this.bool(name, false);
  }

  /** Newline- or comma-separated values, trimmed, empties dropped. */
  list(name: string): string[] {
    const value = this.host.getInput(name);
    if (value === undefined) return [];
    return value
      .split(/\r?\n|,/)
      .map((v) => v.trim())
      .filter(Boolean);
  }

  /** Newline-separated values only (values may contain commas, e.g. plan arguments). */
  lines(name: string): string[] {
    const value = this.host.getInput(name);
    if (value === undefined) return [];
    return value
      .split(/\r?\n/)
      .map((v) => v.trim())
      .filter(Boolean);
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T;
  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined;
  oneOf<T extends string>(name: string, allowed: readonly T[], fallback?: T): T | undefined {
    const value = this.host.getInput(name);
    if (value === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(value)) {
      throw invalidInput(name, value, `allowed values are ${allowed.join(', ')}`);
    }
    return value as T;
  }

  /** A duration in milliseconds (`30s`, `5m`, `1h30m`, or seconds). */
  duration(name: string, fallback: string): number;
  duration(name: string): number | undefined;
  duration(name: string, fallback?: string): number | undefined {
    const value = this.host.getInput(name) ?? fallback;
    if (value === undefined) return undefined;
    return durationInputMs(name, value);
  }

  int(name: string, fallback: number, range: { min?: number; max?: number } = {}): number {
    const value = this.host.getInput(name);
    if (value === undefined) return fallback;
    const n = Number(value);
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = range;
    if (!/^-?\d+$/.test(value) || n < min || n > max) {
      throw invalidInput(name, value, `expected a whole number from ${min} to ${max}`);
    }
    return n;
  }
}
