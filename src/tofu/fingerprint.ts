import type { Hash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';
import {
  resourceEntry,
  sortedResourceChanges,
  outputEntries,
  SENSITIVE_MARKER,
  UNKNOWN_MARKER,
  type ChangeSet,
} from './change-set.js';
import type { RawChange, RawPlan, RawResourceChange } from './plan-json-types.js';
import { containsTrue, stringList } from './plan-model.js';
import { sha256HexOfBytes } from './sha256.js';

/**
 * The plan fingerprint (DESIGN §4): SHA-256 over the plan's change set (change-set.ts) in
 * canonical JSON, entry by entry.
 */

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
