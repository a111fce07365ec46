import type { RawChange, RawModuleValues, RawPlan, RawResourceChange } from './plan-json-types.js';
import { isSensitiveOutput } from './plan-model.js';

/**
 * Every value a plan marks sensitive, as text: the string and number leaves under paths
 * marked in `before_sensitive`/`after_sensitive` (resource changes and drift), the planned
 * and prior values of resources (`sensitive_values`), sensitive outputs, and the values of
 * root variables the configuration declares sensitive. The command masks them
 * (`setSecret`) before anything is logged and redacts them from any text it shows.
 *
 * Also holds the JSON-escaped form of values with quotes, backslashes or control
 * characters (how plan text shows them), and each long-enough line of multi-line values.
 * Sorted longest first, no duplicates, no empty strings.
 */
export function collectSensitiveValues(json: unknown): string[] {
  const found = new Set<string>();
  if (!json || typeof json !== 'object') return [];
  const plan = json as RawPlan;
  const add = (leaf: unknown) => addLeaf(found, leaf);

  const changes = (list: RawResourceChange[] | undefined) => {
    if (!Array.isArray(list)) return;
    for (const rc of list) {
      const change: RawChange | undefined = rc?.change;
      if (!change) continue;
      collectMarked(change.before, change.before_sensitive, add);
      collectMarked(change.after, change.after_sensitive, add);
    }
  };
  changes(plan.resource_changes);
  changes(plan.resource_drift);

  moduleValues(plan.planned_values?.root_module, add);
  moduleValues(plan.prior_state?.values?.root_module, add);

  const outputs =
    plan.output_changes && typeof plan.output_changes === 'object' ? plan.output_changes : {};
  const outputNames = new Set([
    ...Object.keys(outputs),
    ...Object.keys(plan.planned_values?.outputs ?? {}),
    ...Object.keys(plan.prior_state?.values?.outputs ?? {}),
  ]);
  for (const name of outputNames) {
    const change = outputs[name];
    if (!isSensitiveOutput(plan, name, change)) continue;
    collectMarked(change?.before, true, add);
    collectMarked(change?.after, true, add);
    collectMarked(plan.planned_values?.outputs?.[name]?.value, true, add);
    collectMarked(plan.prior_state?.values?.outputs?.[name]?.value, true, add);
  }

  const declared = plan.configuration?.root_module?.variables ?? {};
  for (const [name, variable] of Object.entries(plan.variables ?? {})) {
    if (declared[name]?.sensitive === true) collectMarked(variable?.value, true, add);
  }
  return [...found].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

function moduleValues(module: RawModuleValues | undefined, add: (leaf: unknown) => void): void {
  if (!module || typeof module !== 'object') return;
  for (const resource of Array.isArray(module.resources) ? module.resources : []) {
    collectMarked(resource?.values, resource?.sensitive_values, add);
  }
  for (const child of Array.isArray(module.child_modules) ? module.child_modules : []) {
    moduleValues(child, add);
  }
}

/** Walks `value` along `mark` (true = everything below is sensitive). */
function collectMarked(value: unknown, mark: unknown, add: (leaf: unknown) => void): void {
  if (mark === true) {
    allLeaves(value, add);
    return;
  }
  if (!mark || typeof mark !== 'object' || !value || typeof value !== 'object') return;
  if (Array.isArray(mark)) {
    if (!Array.isArray(value)) return;
    for (let i = 0; i < mark.length && i < value.length; i++) collectMarked(value[i], mark[i], add);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(mark)) {
    collectMarked(record[key], (mark as Record<string, unknown>)[key], add);
  }
}

function allLeaves(value: unknown, add: (leaf: unknown) => void): void {
  if (value === null || value === undefined) return;
  if (typeof value !== 'object') {
    add(value);
    return;
  }
  for (const child of Object.values(value)) allLeaves(child, add);
}

/** Lines of multi-line secrets shorter than this are left out (they would shred any text). */
const MIN_LINE_LENGTH = 8;

function addLeaf(found: Set<string>, leaf: unknown): void {
  if (typeof leaf === 'number') {
    if (Number.isFinite(leaf)) found.add(String(leaf));
    return;
  }
  if (typeof leaf !== 'string' || leaf === '') return;
  found.add(leaf);
  const escaped = JSON.stringify(leaf).slice(1, -1);
  if (escaped !== leaf) found.add(escaped);
  if (leaf.includes('\n')) {
    for (const line of leaf.split(/\r?\n/)) {
      if (line.trim().length >= MIN_LINE_LENGTH) found.add(line.trim());
    }
  }
}

/** Values shorter than this are not redacted from text (a sensitive "1" would shred it). */
export const MIN_REDACT_LENGTH = 3;

export const REDACTED = '(sensitive)';

/**
 * Replaces every occurrence of the given values in `text` (longest first, one pass).
 * Values shorter than MIN_REDACT_LENGTH are skipped. For many texts, make one redactor.
 */
export function redact(text: string, values: readonly string[], replacement = REDACTED): string {
  return createRedactor(values, replacement)(text);
}

/** A function that redacts the given values from any text (the pattern is built once). */
export function createRedactor(
  values: readonly string[],
  replacement = REDACTED,
): (text: string) => string {
  if (replacement !== REDACTED) return buildRedactor(values, replacement);
  // One plan's list of values is redacted from many texts (the section, the summary, ...).
  // Kept with a copy of the values, so that a list changed in place is never served stale.
  const cached = REDACTORS.get(values);
  if (cached && sameValues(cached.values, values)) return cached.redact;
  const redact = buildRedactor(values, replacement);
  REDACTORS.set(values, { values: [...values], redact });
  return redact;
}

const REDACTORS = new WeakMap<
  readonly string[],
  { values: readonly string[]; redact: (text: string) => string }
>();

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function buildRedactor(values: readonly string[], replacement: string): (text: string) => string {
  const usable = values.filter((v) => v.length >= MIN_REDACT_LENGTH);
  if (usable.length === 0) return (text) => text;
  usable.sort((a, b) => b.length - a.length);
  const pattern = new RegExp(usable.map(escapeRegExp).join('|'), 'g');
  return (text) => (text === '' ? text : text.replace(pattern, replacement));
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
