import type {
  RawChange,
  RawModuleResource,
  RawPlan,
  RawResourceChange,
} from './plan-json-types.js';
import { visitPlanTree, type PlanPartsVisitor } from './plan-parts.js';
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
  if (!json || typeof json !== 'object') return [];
  const collector = new SensitiveValueCollector();
  visitPlanTree(json as RawPlan, collector);
  return collector.finish(json);
}

/** collectSensitiveValues part by part (plan-parts.ts); `finish` takes the plan's head. */
export class SensitiveValueCollector implements PlanPartsVisitor {
  private readonly found = new Set<string>();

  resourceChange(raw: unknown): void {
    const change: RawChange | undefined = (raw as RawResourceChange | null)?.change;
    if (!change) return;
    collectMarked(this.found, change.before, change.before_sensitive);
    collectMarked(this.found, change.after, change.after_sensitive);
  }

  drift(raw: unknown): void {
    this.resourceChange(raw);
  }

  moduleResource(raw: unknown): void {
    const resource = raw as RawModuleResource | null | undefined;
    collectMarked(this.found, resource?.values, resource?.sensitive_values);
  }

  finish(head: unknown): string[] {
    const found = this.found;
    if (!head || typeof head !== 'object') return longestFirst(found);
    const plan = head as RawPlan;
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
      collectMarked(found, change?.before, true);
      collectMarked(found, change?.after, true);
      collectMarked(found, plan.planned_values?.outputs?.[name]?.value, true);
      collectMarked(found, plan.prior_state?.values?.outputs?.[name]?.value, true);
    }

    const declared = plan.configuration?.root_module?.variables ?? {};
    for (const [name, variable] of Object.entries(plan.variables ?? {})) {
      if (declared[name]?.sensitive === true) collectMarked(found, variable?.value, true);
    }
    return longestFirst(found);
  }
}

/**
 * The same as text for one value that is sensitive as a whole (a sensitive output of
 * `tofu output -json`): its string and number leaves, their JSON-escaped forms and the lines
 * of multi-line ones; never booleans or null. Sorted longest first, no duplicates.
 */
export function sensitiveLeaves(value: unknown): string[] {
  const found = new Set<string>();
  allLeaves(found, value);
  return longestFirst(found);
}

function longestFirst(found: Set<string>): string[] {
  return [...found].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Walks `value` along `mark` (true = everything below is sensitive). Index loops and
 * for...in (plan objects inherit nothing enumerable), so that walking the many small marks
 * of a large plan allocates nothing.
 */
function collectMarked(found: Set<string>, value: unknown, mark: unknown): void {
  if (mark === true) {
    allLeaves(found, value);
    return;
  }
  if (!mark || typeof mark !== 'object' || !value || typeof value !== 'object') return;
  if (Array.isArray(mark)) {
    if (!Array.isArray(value)) return;
    for (let i = 0; i < mark.length && i < value.length; i++) {
      collectMarked(found, value[i], mark[i]);
    }
    return;
  }
  const record = value as Record<string, unknown>;
  const marks = mark as Record<string, unknown>;
  for (const key in marks) collectMarked(found, record[key], marks[key]);
}

function allLeaves(found: Set<string>, value: unknown): void {
  if (value === null || value === undefined) return;
  if (typeof value !== 'object') {
    addLeaf(found, value);
    return;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) allLeaves(found, value[i]);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) allLeaves(found, record[key]);
}

/** Lines of multi-line secrets shorter than this are left out (they would shred any text). */
const MIN_LINE_LENGTH = 8;

/** What JSON.stringify writes other than as itself: quotes, backslashes, controls, surrogates. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPING = /["\\\u0000-\u001f\ud800-\udfff]/;

function addLeaf(found: Set<string>, leaf: unknown): void {
  if (typeof leaf === 'number') {
    if (Number.isFinite(leaf)) found.add(String(leaf));
    return;
  }
  if (typeof leaf !== 'string' || leaf === '') return;
  found.add(leaf);
  if (NEEDS_ESCAPING.test(leaf)) {
    const escaped = JSON.stringify(leaf).slice(1, -1);
    if (escaped !== leaf) found.add(escaped);
  }
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
