import type { Hash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';
import {
  changeSetKey,
  KeyedList,
  resourceEntry,
  outputEntries,
  SENSITIVE_MARKER,
  UNKNOWN_MARKER,
  type ChangeSet,
} from './change-set.js';
import type { RawChange, RawPlan, RawResourceChange } from './plan-json-types.js';
import type { PlanPartsVisitor } from './plan-parts.js';
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
 * The same as `fingerprintOf(changeSet(json))`, without building the normalised change set:
 * each entry is written as text and hashed.
 */
export function fingerprintPlan(json: unknown): string {
  const plan = (json ?? {}) as RawPlan;
  const builder = new FingerprintBuilder();
  const list: unknown[] = Array.isArray(plan.resource_changes) ? plan.resource_changes : [];
  for (let i = 0; i < list.length; i++) builder.resourceChange(list[i]);
  return builder.finish(plan);
}

/**
 * fingerprintPlan part by part (plan-parts.ts). Each resource change's entry is written at
 * once as the UTF-8 bytes the hash takes (`R`, canonical JSON, newline) into one buffer, which
 * is far smaller than the parsed change and no work for the garbage collector; `finish` hashes
 * the entries in key order (the plan's own order when it is sorted, as tofu writes it) and the
 * output changes of the plan's head.
 */
export class FingerprintBuilder implements PlanPartsVisitor {
  private readonly order = new KeyedList<number>();
  private readonly entries = new EntryBytes();

  resourceChange(raw: unknown): void {
    const key = changeSetKey(raw);
    if (key === undefined) return;
    this.order.push(key, this.order.length);
    this.entries.add(resourceEntryJson(raw as RawResourceChange));
  }

  drift(): void {}

  moduleResource(): void {}

  finish(head: unknown): string {
    const hash = startHash();
    hash.updateBytes(this.entries.inOrder(this.order.inOrder()));
    for (const entry of outputEntries((head ?? {}) as RawPlan)) hashEntry(hash, 'O', entry);
    return `sha256:${hash.digest()}`;
  }
}

/** Resource entries as the bytes hashed (`R`, the entry's JSON, newline), one after another. */
class EntryBytes {
  private bytes = Buffer.allocUnsafe(64 * 1024);
  private length = 0;
  private readonly starts: number[] = [];

  add(json: string): void {
    // A UTF-16 code unit takes at most 3 bytes of UTF-8; then the R and the newline.
    const most = json.length * 3 + 2;
    if (this.bytes.length - this.length < most) {
      const larger = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.length + most));
      this.bytes.copy(larger, 0, 0, this.length);
      this.bytes = larger;
    }
    this.starts.push(this.length);
    this.bytes[this.length++] = 0x52;
    this.length += this.bytes.write(json, this.length);
    this.bytes[this.length++] = 0x0a;
  }

  /** The entries in the given order (indexes in the order they were added). */
  inOrder(order: readonly number[]): Uint8Array {
    const { bytes, length, starts } = this;
    let same = true;
    for (let i = 0; i < order.length && same; i++) same = order[i] === i;
    if (same) return bytes.subarray(0, length);
    const out = Buffer.allocUnsafe(length);
    let at = 0;
    for (const index of order) {
      const end = index + 1 < starts.length ? (starts[index + 1] as number) : length;
      at += bytes.copy(out, at, starts[index] as number, end);
    }
    return out;
  }
}

function startHash(): ChangeSetHash {
  const hash = new ChangeSetHash();
  hash.update('tofu-aws-action/changeset/v1\n');
  return hash;
}

/** Change sets of up to this many bytes are hashed in JavaScript, larger ones by node:crypto. */
const SMALL = 131_072;

/**
 * SHA-256 of the concatenated updates. A small change set is hashed in JavaScript, so that
 * `plan` on a small plan does not load node:crypto (about 3 ms and 3 MB of start-up); a larger
 * one goes to node:crypto, loaded once the updates outgrow SMALL. Both give the same digest.
 */
class ChangeSetHash {
  private readonly pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private native: Hash | undefined;

  update(text: string): void {
    this.updateBytes(Buffer.from(text, 'utf8'));
  }

  /** The bytes are read, not copied: they must not change before the digest. */
  updateBytes(bytes: Uint8Array): void {
    if (this.native !== undefined) {
      this.native.update(bytes);
      return;
    }
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    if (this.pendingBytes <= SMALL) return;
    this.native = process.getBuiltinModule('node:crypto').createHash('sha256');
    for (const part of this.pending) this.native.update(part);
    this.pending.length = 0;
  }

  digest(): string {
    if (this.native !== undefined) return this.native.digest('hex');
    return sha256HexOfBytes(Buffer.concat(this.pending, this.pendingBytes));
  }
}

function hashEntry(hash: ChangeSetHash, kind: 'R' | 'O', entry: object): void {
  hash.update(`${kind}${canonicalJson(entry)}\n`);
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
