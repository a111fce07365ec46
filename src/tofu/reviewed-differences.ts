import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { Host } from '../github/host.js';
import { parseJsonOrUndefined } from '../util/parse-json.js';
import { decodeChangeSet } from './change-set-codec.js';
import { changeSet, type ChangeSet } from './change-set.js';
import { diffChangeSets, formatChangeSetDiff } from './change-set-diff.js';
import { fingerprintOf } from './fingerprint.js';

/**
 * The lines that show how the plan now differs from the reviewed one (DESIGN §4): a full diff
 * when the reviewed change set is at hand, else what the plan would change now.
 */
export interface ReviewedChanges {
  fingerprint: string;
  /** The change set as the plan comment's marker carries it (gzip + base64), when it does. */
  changes: string | undefined;
  commentUrl: string;
}

const EMPTY: ChangeSet = { version: 1, resources: [], outputs: [] };

/**
 * The reviewed change set: from reviewed-plan-json, else from the comment marker; only one that
 * hashes to the reviewed fingerprint. Undefined (after a warning saying why) when neither is.
 */
export function reviewedChangeSet(
  host: Host,
  review: ReviewedChanges,
  reviewedPlanJson: string | undefined,
): ChangeSet | undefined {
  if (reviewedPlanJson) {
    const path = isAbsolute(reviewedPlanJson)
      ? reviewedPlanJson
      : resolve(host.workspace, reviewedPlanJson);
    const json = existsSync(path) ? parseJsonOrUndefined(readFileSync(path, 'utf8')) : undefined;
    if (!json) {
      host.warning(
        `reviewed-plan-json ${reviewedPlanJson} is not a readable plan JSON file; no full diff.`,
      );
      return undefined;
    }
    const reviewed = changeSet(json);
    const reviewedFp = fingerprintOrUndefined(reviewed) ?? 'not computable';
    if (reviewedFp === review.fingerprint) return reviewed;
    host.warning(
      `reviewed-plan-json ${reviewedPlanJson} is not the reviewed plan (its fingerprint is ${reviewedFp}); no full diff.`,
    );
    return undefined;
  }
  if (!review.changes) return undefined;
  const reviewed = decodeChangeSet(review.changes);
  if (reviewed && fingerprintOrUndefined(reviewed) === review.fingerprint) return reviewed;
  host.warning(
    `The change set in the plan comment ${review.commentUrl} is not the reviewed plan's; no full diff.`,
  );
  return undefined;
}

/**
 * A change set from a comment marker is data anyone with write access could have shaped: one
 * nested too deep to hash (a RangeError from the recursion) is no usable reviewed plan.
 */
function fingerprintOrUndefined(set: ChangeSet): string | undefined {
  try {
    return fingerprintOf(set);
  } catch {
    return undefined;
  }
}

/** The diff from the reviewed change set to the current one; without it, the current changes. */
export function differenceLines(reviewed: ChangeSet | undefined, current: ChangeSet): string[] {
  if (reviewed) {
    const lines = formatChangeSetDiff(diffChangeSets(reviewed, current));
    return lines.length ? lines : ['(the change sets differ only in ways the diff does not show)'];
  }
  const now = formatChangeSetDiff(diffChangeSets(EMPTY, current)).map((l) =>
    l.replace(/: not in the reviewed plan$/, ''),
  );
  return [
    "# The reviewed change set is not available here: the plan comment does not carry it (too large, or a sensitive value shows in it). Give reviewed-plan-json, the plan job's plan-json-file, for a full diff.",
    '# The plan now would change:',
    ...(now.length ? now : ['  (nothing)']),
  ];
}
