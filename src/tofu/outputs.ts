import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { MIN_REDACT_LENGTH } from './sensitive.js';

/** `tofu output -json`: every root module output with its sensitivity and value. */
export interface TofuOutput {
  sensitive: boolean;
  type?: unknown;
  value: unknown;
}

export type TofuOutputs = Record<string, TofuOutput>;

export class NotOutputJsonError extends Error {
  override name = 'NotOutputJsonError';
}

export function parseOutputJson(text: string): TofuOutputs {
  let data: unknown;
  try {
    data = JSON.parse(text.trim() || '{}');
  } catch (error) {
    throw new NotOutputJsonError(`not JSON: ${(error as Error).message}`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new NotOutputJsonError('expected an object of outputs');
  }
  const outputs: TofuOutputs = {};
  for (const [name, raw] of Object.entries(data as Record<string, unknown>)) {
    if (!raw || typeof raw !== 'object' || !('value' in raw)) {
      throw new NotOutputJsonError(`output ${name} has no value`);
    }
    const o = raw as { sensitive?: unknown; type?: unknown; value: unknown };
    outputs[name] = { sensitive: o.sensitive === true, type: o.type, value: o.value };
  }
  return outputs;
}

/** A step output's text: strings as they are, everything else as JSON. */
export function outputText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * What to mask for a sensitive value: the whole text and every scalar inside it (a log line
 * may print one field of an object). Scalars shorter than MIN_REDACT_LENGTH are left alone:
 * masking `1` or `on` would blank out half the log and protect nothing.
 */
export function secretsOf(value: unknown): string[] {
  const found = new Set<string>();
  const whole = outputText(value);
  if (whole.length >= MIN_REDACT_LENGTH) found.add(whole);
  const walk = (v: unknown): void => {
    if (v === null || v === undefined) return;
    if (typeof v === 'object') {
      for (const item of Object.values(v as object)) walk(item);
      return;
    }
    const text = String(v);
    if (text.length >= MIN_REDACT_LENGTH) found.add(text);
  };
  walk(value);
  return [...found];
}

/** Writes the file through a temporary file in the same directory and a rename. */
export function writeFileAtomic(path: string, text: string, mode = 0o644): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, text, { encoding: 'utf8', mode });
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}
