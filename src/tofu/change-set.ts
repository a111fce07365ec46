import { classifyActions } from './plan-actions.js';
import type { RawChange, RawPlan, RawResourceChange } from './plan-json-types.js';
import { containsTrue, isSensitiveOutput, isShown, resourceMode } from './plan-model.js';

/**
 * The change set of a plan (DESIGN §4): what the fingerprint hashes, what the comment marker
 * carries and what apply compares with the reviewed plan.
 *
 * A resource change is in the change set when OpenTofu would act on it: every action but a
 * plain no-op (moves and imports stay in even as no-ops), reads of data sources during
 * apply included, forgets included; data-source deletes (state clean-up OpenTofu hides)
 * and ephemeral resources left out. Each entry holds the address (plus deposed key and
 * previous address), the actions, the import id, and the planned `after` value with
 * unknown values and sensitive values replaced by markers. Output changes other than
 * no-op hold the name, actions and the `after` value the same way (a sensitive output is
 * one marker). Entries are sorted; object keys are sorted.
 *
 * Left out on purpose, so refresh noise does not change it: `before` values, prior state,
 * drift, timestamps, versions, configuration, reasons, key order. A sensitive value that
 * changes while nothing else does leaves the fingerprint as it is (hashing secrets into a
 * public comment is worse); the action and every non-sensitive value still count.
 */
export const UNKNOWN_MARKER = '(known after apply)';
export const SENSITIVE_MARKER = '(sensitive)';

export interface ResourceChangeEntry {
  address: string;
  deposed?: string;
  previousAddress?: string;
  actions: string[];
  /** Present when the change imports an object; the import id when the plan gives one. */
  importing?: { id?: string };
  after: unknown;
}

export interface OutputChangeEntry {
  name: string;
  actions: string[];
  after: unknown;
}

export interface ChangeSet {
  version: 1;
  resources: ResourceChangeEntry[];
  outputs: OutputChangeEntry[];
}

/** The normalised change set of a plan (the JSON of `tofu show -json`, already parsed). */
export function changeSet(json: unknown): ChangeSet {
  const plan = json as RawPlan;
  const list: unknown[] = Array.isArray(plan?.resource_changes) ? plan.resource_changes : [];
  const entries = new KeyedList<ResourceChangeEntry>();
  for (let i = 0; i < list.length; i++) {
    const key = changeSetKey(list[i]);
    if (key !== undefined) entries.push(key, resourceEntry(list[i] as RawResourceChange));
  }
  return { version: 1, resources: entries.inOrder(), outputs: outputEntries(plan) };
}

/**
 * The key a resource change is sorted by in the change set (address, then deposed key), or
 * undefined when it is not in the change set.
 */
export function changeSetKey(item: unknown): string | undefined {
  const raw = item as RawResourceChange | null | undefined;
  if (!raw || typeof raw.address !== 'string') return undefined;
  const change = raw.change ?? {};
  const shown = isShown({
    action: classifyActions(change.actions),
    mode: resourceMode(raw),
    previousAddress:
      raw.previous_address && raw.previous_address !== raw.address
        ? raw.previous_address
        : undefined,
    importing: change.importing ? change.importing : undefined,
  });
  if (!shown) return undefined;
  return raw.deposed ? `${raw.address}\u0000${raw.deposed}` : raw.address;
}

/** Items gathered with their keys, given back in key order (by code unit; stable). */
export class KeyedList<T> {
  private readonly keys: string[] = [];
  private readonly items: T[] = [];
  private sorted = true;

  push(key: string, item: T): void {
    const keys = this.keys;
    if (this.sorted && keys.length > 0) this.sorted = (keys[keys.length - 1] as string) <= key;
    keys.push(key);
    this.items.push(item);
  }

  get length(): number {
    return this.items.length;
  }

  inOrder(): T[] {
    const { keys, items } = this;
    if (this.sorted) return items;
    // Keys are unique in a valid plan: sort them natively and look the items up; a plan with
    // a repeated key takes the stable sort below.
    const byKey = new Map<string, T>();
    for (let i = 0; i < keys.length; i++) byKey.set(keys[i] as string, items[i] as T);
    if (byKey.size === keys.length) return [...keys].sort().map((key) => byKey.get(key) as T);
    const order = keys.map((_, i) => i);
    order.sort((a, b) => {
      const ka = keys[a] as string;
      const kb = keys[b] as string;
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    return order.map((i) => items[i] as T);
  }
}

export function resourceEntry(raw: RawResourceChange): ResourceChangeEntry {
  const change: RawChange = raw.change ?? {};
  const entry: ResourceChangeEntry = {
    address: raw.address as string,
    actions: Array.isArray(change.actions) ? change.actions.map(String) : [],
    after: normalise(change.after, change.after_unknown, change.after_sensitive),
  };
  if (typeof raw.deposed === 'string' && raw.deposed !== '') entry.deposed = raw.deposed;
  if (typeof raw.previous_address === 'string' && raw.previous_address !== raw.address) {
    entry.previousAddress = raw.previous_address;
  }
  if (change.importing && typeof change.importing === 'object') {
    entry.importing = typeof change.importing.id === 'string' ? { id: change.importing.id } : {};
  }
  return entry;
}

export function outputEntries(plan: RawPlan): OutputChangeEntry[] {
  const outputs = plan?.output_changes;
  if (!outputs || typeof outputs !== 'object') return [];
  const entries: OutputChangeEntry[] = [];
  for (const name of Object.keys(outputs).sort()) {
    const change = outputs[name];
    if (!change || classifyActions(change.actions) === 'no-op') continue;
    entries.push({
      name,
      actions: Array.isArray(change.actions) ? change.actions.map(String) : [],
      after: isSensitiveOutput(plan, name, change)
        ? SENSITIVE_MARKER
        : normalise(change.after, change.after_unknown, undefined),
    });
  }
  return entries;
}

/**
 * `after` with unknown and sensitive leaves replaced by markers (canonicalJson sorts the
 * keys). Subtrees without marks are the input's own objects, not copies.
 */
export function normalise(value: unknown, unknown: unknown, sensitive: unknown): unknown {
  if (unknown === true) return UNKNOWN_MARKER;
  if (sensitive === true) return SENSITIVE_MARKER;
  // Nothing marked below: the value itself (shared with the input, not copied).
  if (!containsTrue(unknown) && !containsTrue(sensitive)) return value ?? null;
  const unknownObject = unknown !== null && typeof unknown === 'object' ? unknown : undefined;
  const sensitiveObject =
    sensitive !== null && typeof sensitive === 'object' ? sensitive : undefined;
  if (Array.isArray(value) || (value == null && Array.isArray(unknownObject))) {
    const list = (value ?? []) as unknown[];
    const u = Array.isArray(unknownObject) ? unknownObject : [];
    const s = Array.isArray(sensitiveObject) ? sensitiveObject : [];
    const length = Math.max(list.length, u.length);
    const out: unknown[] = new Array(length);
    for (let i = 0; i < length; i++) out[i] = normalise(list[i] ?? null, u[i], s[i]);
    return out;
  }
  if (
    (value !== null && typeof value === 'object') ||
    (value == null && unknownObject && !Array.isArray(unknownObject))
  ) {
    const record = (value ?? {}) as Record<string, unknown>;
    const u = (unknownObject ?? {}) as Record<string, unknown>;
    const s = (sensitiveObject ?? {}) as Record<string, unknown>;
    const keys = new Set(Object.keys(record));
    for (const key of Object.keys(u)) if (containsTrue(u[key])) keys.add(key);
    // No prototype: a key named __proto__ stays a plain key.
    const out = Object.create(null) as Record<string, unknown>;
    for (const key of [...keys].sort()) {
      const child = Object.hasOwn(record, key) ? record[key] : null;
      out[key] = normalise(child ?? null, u[key], s[key]);
    }
    return out;
  }
  return value === undefined ? null : value;
}
