import { canonicalJson } from './canonical-json.js';
import type { ChangeSet, ResourceChangeEntry } from './change-set.js';
import { formatPath } from './plan-model.js';

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
