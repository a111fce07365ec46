import {
  changeSetKey,
  KeyedList,
  outputEntries,
  resourceEntry,
  type ChangeSet,
  type ResourceChangeEntry,
} from './change-set.js';
import type { RawPlan, RawResourceChange } from './plan-json-types.js';
import type { PlanPartsVisitor } from './plan-parts.js';

/**
 * The reviewed change set travels in the plan comment's marker (gzip, base64) so that an apply
 * in a later workflow run can show a readable diff of what was reviewed and what it would apply
 * now, without artifacts or extra permissions. The change set holds no sensitive values (they
 * are markers); it is left out when it is large, or when any value the plan marks sensitive
 * shows up in it anyway (a secret copied into a plain attribute), because the comment is
 * readable by everyone who can read the pull request. `apply` trusts it only when it hashes to
 * the reviewed fingerprint.
 *
 * `plan` only selects it (planChangeSet) and keeps it in the result file; it is compressed
 * where a comment is written (encodeChangeSet), so that a plan that posts nothing never loads
 * node:zlib, which would cost its start-up more than everything else it does with a small plan.
 */

/** Characters of an encoded change set in one comment (GitHub's limit is 65,536 in all). */
export const CHANGE_SET_MAX_CHARS = 12_000;
/** Plans with more resource changes than this are not encoded: at ~30 gzipped bytes a change at
 * the very least, they could not fit, and building their change set costs more than the rest. */
const MAX_RESOURCE_CHANGES = 300;
/** Shorter sensitive values are compared with whole values, not searched inside text. */
const SUBSTRING_MIN = 6;

export type SelectedChangeSet =
  { set: ChangeSet } | { set: undefined; reason: 'too-large' | 'sensitive' };

/** The plan's change set for the comment marker, or why it is left out. */
export function planChangeSet(
  json: unknown,
  sensitive: readonly string[],
  maxChars = CHANGE_SET_MAX_CHARS,
): SelectedChangeSet {
  const list = (json as { resource_changes?: unknown } | null)?.resource_changes;
  const builder = new MarkerChangeSetBuilder();
  if (Array.isArray(list)) for (let i = 0; i < list.length; i++) builder.resourceChange(list[i]);
  return builder.finish(json, sensitive, maxChars);
}

/**
 * planChangeSet part by part (plan-parts.ts): entries are built while the plan has at most
 * MAX_RESOURCE_CHANGES resource changes, and dropped once it has more.
 */
export class MarkerChangeSetBuilder implements PlanPartsVisitor {
  private seen = 0;
  private entries: KeyedList<ResourceChangeEntry> | undefined = new KeyedList();

  resourceChange(raw: unknown): void {
    if (++this.seen > MAX_RESOURCE_CHANGES) {
      this.entries = undefined;
      return;
    }
    const key = changeSetKey(raw);
    if (key !== undefined) this.entries?.push(key, resourceEntry(raw as RawResourceChange));
  }

  drift(): void {}

  moduleResource(): void {}

  finish(
    head: unknown,
    sensitive: readonly string[],
    maxChars = CHANGE_SET_MAX_CHARS,
  ): SelectedChangeSet {
    if (this.entries === undefined) return { set: undefined, reason: 'too-large' };
    const set: ChangeSet = {
      version: 1,
      resources: this.entries.inOrder(),
      outputs: outputEntries(head as RawPlan),
    };
    const text = JSON.stringify(set);
    // A change set's JSON gzips to a tenth or so, rarely below a twenty-fifth: what cannot fit
    // in maxChars of base64 (4/3 of the gzip bytes) is skipped before compressing or searching it.
    if (text.length > maxChars * 0.75 * 25) return { set: undefined, reason: 'too-large' };
    if (containsSensitive(set, text, sensitive)) return { set: undefined, reason: 'sensitive' };
    return { set };
  }
}

/** The change set as the marker holds it (gzip, base64); undefined when over maxChars. */
export function encodeChangeSet(
  set: ChangeSet,
  maxChars = CHANGE_SET_MAX_CHARS,
): string | undefined {
  const { gzipSync } = process.getBuiltinModule('node:zlib');
  const encoded = gzipSync(JSON.stringify(set), { level: 9 }).toString('base64');
  return encoded.length <= maxChars ? encoded : undefined;
}

/** The change set from a marker; undefined when it is not one. */
export function decodeChangeSet(encoded: string): ChangeSet | undefined {
  try {
    const { gunzipSync } = process.getBuiltinModule('node:zlib');
    const text = gunzipSync(Buffer.from(encoded, 'base64'), {
      maxOutputLength: 64 * 1024 * 1024,
    }).toString('utf8');
    const set = JSON.parse(text) as Partial<ChangeSet> | null;
    if (!set || set.version !== 1 || !Array.isArray(set.resources) || !Array.isArray(set.outputs))
      return undefined;
    return set as ChangeSet;
  } catch {
    return undefined;
  }
}

function containsSensitive(set: ChangeSet, text: string, sensitive: readonly string[]): boolean {
  const long = sensitive.filter((v) => v.length >= SUBSTRING_MIN);
  if (long.some((v) => text.includes(v) || text.includes(JSON.stringify(v).slice(1, -1))))
    return true;
  const short = new Set(sensitive.filter((v) => v.length < SUBSTRING_MIN));
  if (!short.size) return false;
  let found = false;
  const visit = (value: unknown): void => {
    if (found) return;
    if (typeof value === 'string' || typeof value === 'number') {
      if (short.has(String(value))) found = true;
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  for (const r of set.resources) visit(r.after);
  for (const o of set.outputs) visit(o.after);
  return found;
}
