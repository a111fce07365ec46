import type { Hash } from 'node:crypto';
import { classifyActions } from './plan-actions.js';
import type { RawChange, RawPlan, RawResourceChange } from './plan-json-types.js';
import {
  containsTrue,
  formatPath,
  isSensitiveOutput,
  isShown,
  resourceMode,
  stringList,
} from './plan-model.js';
import { sha256HexOfBytes } from './sha256.js';

/**
 * The plan fingerprint (DESIGN §4): a hash over the normalised change set of
 * `tofu show -json`, not over the text.
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
  const resources = sortedResourceChanges(plan).map(resourceEntry);
  return { version: 1, resources, outputs: outputEntries(plan) };
}

/** `sha256:<hex>` of a change set. */
export function fingerprintOf(set: ChangeSet): string {
  const hash = startHash();
  for (const entry of set.resources) hashEntry(hash, 'R', entry);
  for (const entry of set.outputs) hashEntry(hash, 'O', entry);
  return `sha256:${hash.digest()}`;
}

/**
 * The same as `fingerprintOf(changeSet(json))`, hashing entry by entry without holding the
 * whole normalised change set (for large plans).
 */
export function fingerprintPlan(json: unknown): string {
  const plan = json as RawPlan;
  const hash = startHash();
  const changes = sortedResourceChanges(plan);
  for (let i = 0; i < changes.length; i++) {
    hash.update('R');
    hash.update(resourceEntryJson(changes[i] as RawResourceChange));
    hash.update('\n');
  }
  for (const entry of outputEntries(plan)) hashEntry(hash, 'O', entry);
  return `sha256:${hash.digest()}`;
}

function startHash(): ChangeSetHash {
  const hash = new ChangeSetHash();
  hash.update('tofu-aws-action/changeset/v1\n');
  return hash;
}

/**
 * Change sets of up to about this many bytes are hashed in JavaScript (a small plan's whole
 * text), larger ones by node:crypto.
 */
const SMALL = 131_072;
/** Text handed to node:crypto in pieces of about this many bytes (fewer native calls). */
const CHUNK = 65_536;

/**
 * SHA-256 of the concatenated updates. A small change set is hashed in JavaScript, so that
 * `plan` on a small plan does not load node:crypto (about 4 ms and 4 MB of start-up); a larger
 * one goes to node:crypto, loaded when the text outgrows the first buffer. Both give the same
 * digest. Updates are written as UTF-8 into one reused buffer: no concatenated strings.
 */
class ChangeSetHash {
  private buffer = Buffer.allocUnsafe(SMALL);
  private length = 0;
  private native: Hash | undefined;

  update(text: string): void {
    // A UTF-16 code unit takes at most 3 bytes of UTF-8.
    if (this.buffer.length - this.length < text.length * 3) {
      this.flush();
      if (this.buffer.length < text.length * 3) {
        (this.native as Hash).update(text);
        return;
      }
    }
    if (text.length === 1 && text.charCodeAt(0) < 0x80) {
      this.buffer[this.length++] = text.charCodeAt(0);
      return;
    }
    this.length += this.buffer.write(text, this.length);
  }

  digest(): string {
    if (this.native === undefined) return sha256HexOfBytes(this.buffer.subarray(0, this.length));
    this.flush();
    return this.native.digest('hex');
  }

  private flush(): void {
    this.native ??= process.getBuiltinModule('node:crypto').createHash('sha256');
    this.native.update(this.buffer.subarray(0, this.length));
    this.length = 0;
    // From now on the buffer only gathers pieces for node:crypto.
    if (this.buffer.length > CHUNK) this.buffer = Buffer.allocUnsafe(CHUNK);
  }
}

function hashEntry(hash: ChangeSetHash, kind: 'R' | 'O', entry: object): void {
  hash.update(kind);
  hash.update(canonicalJson(entry));
  hash.update('\n');
}

function sortedResourceChanges(plan: RawPlan): RawResourceChange[] {
  const list = Array.isArray(plan?.resource_changes) ? plan.resource_changes : [];
  const kept: RawResourceChange[] = [];
  const keys: string[] = [];
  let sorted = true;
  for (let i = 0; i < list.length; i++) {
    const raw = list[i];
    if (!raw || typeof raw.address !== 'string') continue;
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
    if (!shown) continue;
    const key = raw.deposed ? `${raw.address}\u0000${raw.deposed}` : raw.address;
    if (sorted && keys.length > 0) sorted = (keys[keys.length - 1] as string) <= key;
    kept.push(raw);
    keys.push(key);
  }
  if (sorted) return kept;
  // Keys are unique in a valid plan: sort them natively (by code unit, as below) and look
  // the changes up; a plan with a repeated key takes the stable sort below.
  const byKey = new Map<string, RawResourceChange>();
  for (let i = 0; i < keys.length; i++) byKey.set(keys[i] as string, kept[i] as RawResourceChange);
  if (byKey.size === keys.length)
    return keys.sort().map((key) => byKey.get(key) as RawResourceChange);
  const order = keys.map((_, i) => i);
  order.sort((a, b) => {
    const ka = keys[a] as string;
    const kb = keys[b] as string;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  return order.map((i) => kept[i] as RawResourceChange);
}

function resourceEntry(raw: RawResourceChange): ResourceChangeEntry {
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

/**
 * `canonicalJson(resourceEntry(raw))`, as the native JSON.stringify of the entry: its keys
 * are set in sorted order (actions, address, after, deposed, importing, previousAddress), the
 * `after` value is normalised with the plan's own objects where nothing is marked below, and
 * those are checked to hold their keys in sorted order already (plan JSON does). An entry
 * where JSON.stringify would not keep sorted order (integer-like keys, which JavaScript lists
 * first, or keys out of order; rare in plan JSON) takes the general way.
 */
function resourceEntryJson(raw: RawResourceChange): string {
  const change: RawChange = raw.change ?? {};
  const after = normalisedValue(change.after, change.after_unknown, change.after_sensitive);
  if (after === UNSORTED) return canonicalJson(resourceEntry(raw));
  const entry: Record<string, unknown> = {
    actions: stringList(change.actions),
    address: raw.address,
    after,
  };
  if (typeof raw.deposed === 'string' && raw.deposed !== '') entry.deposed = raw.deposed;
  if (change.importing && typeof change.importing === 'object') {
    entry.importing =
      typeof change.importing.id === 'string' ? { id: change.importing.id } : EMPTY_IMPORT;
  }
  if (typeof raw.previous_address === 'string' && raw.previous_address !== raw.address) {
    entry.previousAddress = raw.previous_address;
  }
  return JSON.stringify(entry);
}

const EMPTY_IMPORT = Object.freeze({});

/** What normalisedValue returns when JSON.stringify would not write the value's keys sorted. */
const UNSORTED: unique symbol = Symbol('unsorted');

/**
 * `normalise(value, unknown, sensitive)` for JSON.stringify: the normalised value, or
 * UNSORTED when JSON.stringify of it would not be its canonical JSON.
 */
function normalisedValue(value: unknown, unknown: unknown, sensitive: unknown): unknown {
  if (unknown === true) return UNKNOWN_MARKER;
  if (sensitive === true) return SENSITIVE_MARKER;
  const unknownObject = unknown !== null && typeof unknown === 'object' ? unknown : undefined;
  const sensitiveObject =
    sensitive !== null && typeof sensitive === 'object' ? sensitive : undefined;
  if (!containsTrue(unknownObject) && !containsTrue(sensitiveObject)) {
    if (value === undefined) return null;
    return isSortedDeep(value) ? value : UNSORTED;
  }
  if (Array.isArray(value) || (value == null && Array.isArray(unknownObject))) {
    const list = (value ?? []) as unknown[];
    const u = Array.isArray(unknownObject) ? unknownObject : [];
    const s = Array.isArray(sensitiveObject) ? sensitiveObject : [];
    const length = Math.max(list.length, u.length);
    const out: unknown[] = [];
    for (let i = 0; i < length; i++) {
      const item = normalisedValue(list[i] ?? null, u[i], s[i]);
      if (item === UNSORTED) return UNSORTED;
      out.push(item);
    }
    return out;
  }
  if (
    (value !== null && typeof value === 'object') ||
    (value == null && unknownObject && !Array.isArray(unknownObject))
  ) {
    const record = (value ?? {}) as Record<string, unknown>;
    const u = (unknownObject ?? {}) as Record<string, unknown>;
    const s = (sensitiveObject ?? {}) as Record<string, unknown>;
    if (unknownObject) {
      for (const key in u) {
        // A key only the marks hold: a new key in the copy, to be put in its sorted place.
        if (!Object.hasOwn(record, key) && containsTrue(u[key])) return sortedCopy(record, u, s);
      }
    }
    // A copy of the value (same keys, same order) with the marked children replaced; the
    // keys must already be in sorted order, as in plan JSON.
    let out: Record<string, unknown> | undefined;
    let previous: string | undefined;
    for (const key in record) {
      if (previous !== undefined && previous > key) return UNSORTED;
      previous = key;
      const child = record[key];
      const item = normalisedValue(child ?? null, u[key], s[key]);
      if (item === UNSORTED) return UNSORTED;
      if (item === child) continue;
      // The copy holds every key as its own data property (__proto__ included): a plain set.
      out ??= { ...record };
      out[key] = item;
    }
    return out ?? record;
  }
  return value === undefined ? null : value;
}

/** The normalised object built key by key in sorted order (keys the value lacks included). */
function sortedCopy(
  record: Record<string, unknown>,
  u: Record<string, unknown>,
  s: Record<string, unknown>,
): unknown {
  const keys = Object.keys(record);
  for (const key of Object.keys(u)) {
    if (!Object.hasOwn(record, key) && containsTrue(u[key])) keys.push(key);
  }
  sortInPlace(keys);
  // Set in sorted order, the keys keep it, unless JavaScript orders them itself (integer-like
  // keys first) or treats them apart (__proto__).
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const first = key.charCodeAt(0);
    if ((first >= 0x30 && first <= 0x39) || key === '__proto__') return UNSORTED;
    const child = Object.hasOwn(record, key) ? record[key] : null;
    const item = normalisedValue(child ?? null, u[key], s[key]);
    if (item === UNSORTED) return UNSORTED;
    out[key] = item;
  }
  return out;
}

function isSortedDeep(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (value[i] === undefined || !isSortedDeep(value[i])) return false;
    }
    return true;
  }
  // for...in lists own keys in Object.keys order here (plan objects inherit nothing
  // enumerable) without allocating the list.
  const record = value as Record<string, unknown>;
  let previous: string | undefined;
  for (const key in record) {
    if (previous !== undefined && previous > key) return false;
    previous = key;
    const child = record[key];
    if (child === undefined || !isSortedDeep(child)) return false;
  }
  return true;
}

/** Sorts by code unit; plan JSON keys usually come sorted already, so check first. */
function sortInPlace(keys: string[]): string[] {
  for (let i = 1; i < keys.length; i++) {
    if ((keys[i - 1] as string) > (keys[i] as string)) return keys.sort();
  }
  return keys;
}

function outputEntries(plan: RawPlan): OutputChangeEntry[] {
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

/** JSON with object keys sorted by code unit (independent of insertion and integer-key order). */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort()) {
    if (record[key] === undefined) continue;
    parts.push(`${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  }
  return `{${parts.join(',')}}`;
}

export interface ChangeSetDifference {
  kind: 'added' | 'removed' | 'changed';
  subject: 'resource' | 'output';
  /** Resource address (with ` (deposed KEY)` for deposed objects) or output name. */
  address: string;
  reviewedActions?: string[];
  currentActions?: string[];
  /** What else differs for `changed`: attribute paths of `after`, move or import. */
  paths?: string[];
  moved?: { reviewed?: string; current?: string };
  importing?: { reviewed?: string; current?: string };
}

const MAX_PATHS = 20;

/** What differs between the reviewed change set and the current one, in address order. */
export function diffChangeSets(reviewed: ChangeSet, current: ChangeSet): ChangeSetDifference[] {
  const out: ChangeSetDifference[] = [];
  const resourceKey = (e: ResourceChangeEntry) =>
    e.deposed ? `${e.address} (deposed ${e.deposed})` : e.address;
  diffEntries(out, 'resource', reviewed.resources, current.resources, resourceKey);
  diffEntries(out, 'output', reviewed.outputs, current.outputs, (e) => e.name);
  return out;
}

function diffEntries<T extends { actions: string[]; after: unknown }>(
  out: ChangeSetDifference[],
  subject: 'resource' | 'output',
  reviewed: readonly T[],
  current: readonly T[],
  keyOf: (e: T) => string,
): void {
  const before = new Map(reviewed.map((e) => [keyOf(e), e]));
  const after = new Map(current.map((e) => [keyOf(e), e]));
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  for (const key of keys) {
    const r = before.get(key);
    const c = after.get(key);
    if (!r && c) {
      out.push({ kind: 'added', subject, address: key, currentActions: c.actions });
      continue;
    }
    if (r && !c) {
      out.push({ kind: 'removed', subject, address: key, reviewedActions: r.actions });
      continue;
    }
    if (!r || !c) continue;
    const difference: ChangeSetDifference = { kind: 'changed', subject, address: key };
    let differs = false;
    if (r.actions.join(',') !== c.actions.join(',')) {
      difference.reviewedActions = r.actions;
      difference.currentActions = c.actions;
      differs = true;
    }
    const paths: string[] = [];
    diffValues(r.after, c.after, [], paths);
    if (paths.length > 0) {
      difference.paths = paths;
      differs = true;
    }
    const rr = r as unknown as ResourceChangeEntry;
    const cr = c as unknown as ResourceChangeEntry;
    if (rr.previousAddress !== cr.previousAddress) {
      difference.moved = { reviewed: rr.previousAddress, current: cr.previousAddress };
      differs = true;
    }
    if (canonicalJson(rr.importing) !== canonicalJson(cr.importing)) {
      difference.importing = {
        reviewed: rr.importing ? (rr.importing.id ?? '(import)') : undefined,
        current: cr.importing ? (cr.importing.id ?? '(import)') : undefined,
      };
      differs = true;
    }
    if (differs) out.push(difference);
  }
}

function diffValues(a: unknown, b: unknown, path: (string | number)[], out: string[]): void {
  if (out.length > MAX_PATHS) return;
  const aObject = a !== null && typeof a === 'object';
  const bObject = b !== null && typeof b === 'object';
  if (aObject && bObject && Array.isArray(a) === Array.isArray(b)) {
    if (Array.isArray(a) && Array.isArray(b)) {
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        if (i >= a.length || i >= b.length) {
          out.push(formatPath([...path, i]));
          continue;
        }
        diffValues(a[i], b[i], [...path, i], out);
      }
      return;
    }
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    for (const key of [...new Set([...Object.keys(ra), ...Object.keys(rb)])].sort()) {
      diffValues(ra[key], rb[key], [...path, key], out);
    }
    return;
  }
  if (canonicalJson(a) !== canonicalJson(b)) out.push(path.length ? formatPath(path) : '(value)');
}

/** One readable line per difference, for `apply` to print and post. */
export function formatChangeSetDiff(differences: readonly ChangeSetDifference[]): string[] {
  return differences.map((d) => {
    const what = d.subject === 'output' ? `output ${d.address}` : d.address;
    if (d.kind === 'added') {
      return `+ ${what} (${(d.currentActions ?? []).join(', ')}): not in the reviewed plan`;
    }
    if (d.kind === 'removed') {
      return `- ${what} (${(d.reviewedActions ?? []).join(', ')}): no longer planned`;
    }
    const parts: string[] = [];
    if (d.currentActions) {
      parts.push(
        `actions ${(d.reviewedActions ?? []).join(', ')} → ${d.currentActions.join(', ')}`,
      );
    }
    if (d.paths) {
      const shown = d.paths.slice(0, MAX_PATHS);
      const more = d.paths.length > MAX_PATHS ? ', …' : '';
      parts.push(`planned values differ at ${shown.join(', ')}${more}`);
    }
    if (d.moved) parts.push(`moved from ${d.moved.reviewed ?? '-'} → ${d.moved.current ?? '-'}`);
    if (d.importing) {
      parts.push(`import ${d.importing.reviewed ?? '-'} → ${d.importing.current ?? '-'}`);
    }
    return `~ ${what}: ${parts.join('; ')}`;
  });
}
