import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { MIN_REDACT_LENGTH, sensitiveLeaves } from './sensitive.js';

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
 * What to mask for a sensitive output: its text as set as a step output (strings as they are,
 * everything else as JSON) and what plan masks of a sensitive value (sensitiveLeaves: string
 * and number leaves, their JSON-escaped forms, the lines of multi-line ones). Booleans and
 * null are never masked, alone or whole: masking `true` would blank every `true` in the job's
 * log and make the runner drop every job output holding one. Nothing shorter than
 * MIN_REDACT_LENGTH, as plan: masking `1` or `on` would blank out half the log and protect
 * nothing.
 */
export function secretsOf(value: unknown): string[] {
  const found = new Set<string>();
  if (value !== null && value !== undefined && typeof value !== 'boolean')
    found.add(outputText(value));
  for (const leaf of sensitiveLeaves(value)) found.add(leaf);
  return [...found].filter((text) => text.length >= MIN_REDACT_LENGTH);
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
