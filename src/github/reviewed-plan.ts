import type { EnvironmentStatus, MarkerEnvironment } from './marker.js';
import type { GitHubClient } from './rest.js';
import type { PullRequest } from './rest-types.js';
import { findMarkedComments, type MarkedComment } from './sticky-comment.js';
import { trustedPlanComments } from './trusted-comment.js';

/**
 * Finds the plan a reviewer saw for one environment: the pull request that brought the
 * commit (the merged PR for a push to the default branch, or the run's own PR), then the
 * plan comment whose marker carries this environment's fingerprint.
 */
export interface ReviewedPullRequest {
  number: number;
  url: string;
}

export interface ReviewedComment {
  id: number;
  url: string;
  author: string | undefined;
  key: string;
}

export type ReviewedPlanLookup =
  | {
      kind: 'found';
      pr: ReviewedPullRequest;
      fingerprint: string;
      /** The comment the fingerprint was read from (the newest plan, see byPlan). */
      comment: ReviewedComment;
      /** Every comment carrying this environment (single and aggregated), to update. */
      comments: ReviewedComment[];
      /** The PR head the plan was made for, when the marker says. */
      sha: string | undefined;
      /** The reviewed change set as the marker carries it (gzip + base64), when it does. */
      changes: string | undefined;
      /** Plans of this environment made after the merge, which were not taken. */
      afterMerge: number;
    }
  | { kind: 'no-pr'; reason: string }
  | {
      kind: 'no-fingerprint';
      pr: ReviewedPullRequest;
      reason: string;
      comments: ReviewedComment[];
    };

/** The PR for a pushed commit: merged with this very commit first, then any merged one. */
export function pickMergedPullRequest(
  pulls: readonly PullRequest[],
  sha: string,
): PullRequest | undefined {
  const merged = pulls.filter((p) => p.merged_at);
  return (
    merged.find((p) => p.merge_commit_sha === sha) ??
    [...merged].sort((a, b) => (b.merged_at ?? '').localeCompare(a.merged_at ?? ''))[0]
  );
}

const NOT_REVIEWABLE: readonly EnvironmentStatus[] = ['failed', 'not-planned'];

interface Candidate {
  c: MarkedComment;
  env: MarkerEnvironment;
  /** The plan's time (ms), when the marker says; markers of earlier versions do not. */
  at: number | undefined;
  head: boolean;
}

function planTime(env: MarkerEnvironment): number | undefined {
  const t = env.at === undefined ? NaN : Date.parse(env.at);
  return Number.isFinite(t) ? t : undefined;
}

function reviewedComment(c: MarkedComment): ReviewedComment {
  return { id: c.id, url: c.url, author: c.author, key: c.marker.key };
}

/**
 * Newest plan last: a plan of the pull request's final head before one of an older commit, then
 * by the plan's time (markers without one are the oldest), then by when the comment was created.
 * Never by comment edits: an apply status or a hand edit does not make an old plan new.
 */
function byPlan(a: Candidate, b: Candidate): number {
  return (
    Number(a.head) - Number(b.head) ||
    (a.at ?? -Infinity) - (b.at ?? -Infinity) ||
    a.c.createdAt.localeCompare(b.c.createdAt) ||
    a.c.id - b.c.id
  );
}

export async function findReviewedPlan(
  client: GitHubClient,
  args: { sha: string | undefined; pullRequest: number | undefined; environment: string },
): Promise<ReviewedPlanLookup> {
  let pull: PullRequest;
  if (args.pullRequest !== undefined) {
    pull = await client.getPullRequest(args.pullRequest);
  } else {
    if (!args.sha) return { kind: 'no-pr', reason: 'the run has no commit SHA (GITHUB_SHA)' };
    const pulls = await client.listPullRequestsForCommit(args.sha);
    const merged = pickMergedPullRequest(pulls, args.sha);
    if (!merged) {
      const open = pulls.filter((p) => !p.merged_at).map((p) => `#${p.number}`);
      return {
        kind: 'no-pr',
        reason: `no merged pull request contains commit ${args.sha.slice(0, 12)}${open.length ? ` (only unmerged ones: ${open.join(', ')})` : ''}`,
      };
    }
    pull = merged;
  }
  const pr: ReviewedPullRequest = { number: pull.number, url: pull.html_url };
  const mergedAt = pull.merged_at ? Date.parse(pull.merged_at) : NaN;

  const all = await findMarkedComments(client, pr.number);
  const marked = await trustedPlanComments(client, all);
  const ignored = all.length - marked.length;
  const carrying = marked
    .flatMap((c): Candidate[] => {
      const env = c.marker.data.environments[args.environment];
      if (!env) return [];
      return [{ c, env, at: planTime(env), head: c.marker.data.sha === pull.head?.sha }];
    })
    .sort(byPlan);
  const comments = carrying.map(({ c }) => reviewedComment(c));
  // A plan made after the merge (a re-run, or a plan still running at the merge) was not reviewed.
  const candidates = carrying.filter((x) => !(x.at !== undefined && x.at > mergedAt));
  const late = carrying.length - candidates.length;
  const newest = candidates.at(-1);
  if (!newest) {
    return {
      kind: 'no-fingerprint',
      pr,
      comments,
      reason: late
        ? `every plan of environment ${args.environment} on pull request #${pr.number} (${late}) was made after it was merged, so none of them was reviewed`
        : `pull request #${pr.number} has no plan comment for environment ${args.environment}${ignored ? ` (${ignored} comment(s) with a plan marker were ignored: written by someone without write access, not by a bot nor by the token's own user)` : ''}`,
    };
  }
  const { status, fingerprint } = newest.env;
  if (!fingerprint || NOT_REVIEWABLE.includes(status)) {
    return {
      kind: 'no-fingerprint',
      pr,
      comments,
      reason: `the plan comment on pull request #${pr.number} shows environment ${args.environment} as ${status}${fingerprint ? '' : ' without a plan fingerprint'}`,
    };
  }
  return {
    kind: 'found',
    pr,
    fingerprint,
    comment: reviewedComment(newest.c),
    comments,
    sha: newest.c.marker.data.sha,
    changes: newest.env.changes,
    afterMerge: late,
  };
}
