import type { EnvironmentStatus } from './marker.js';
import type { GitHubClient } from './rest.js';
import type { PullRequest } from './rest-types.js';
import { findMarkedComments } from './sticky-comment.js';

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
      /** The comment the fingerprint was read from (the newest one). */
      comment: ReviewedComment;
      /** Every comment carrying this environment (single and aggregated), to update. */
      comments: ReviewedComment[];
      /** The PR head the plan was made for, when the marker says. */
      sha: string | undefined;
      /** The reviewed change set as the marker carries it (gzip + base64), when it does. */
      changes: string | undefined;
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

/** Who may write a plan comment the guard trusts: GitHub Apps (github-actions[bot] with the
 * job token) and people with write access (a PAT of a machine user). Anyone else can comment
 * on a pull request in a public repository and must not be able to forge a reviewed plan. */
const TRUSTED_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);

export function isTrustedPlanComment(c: {
  authorType: string | undefined;
  authorAssociation: string | undefined;
}): boolean {
  return c.authorType === 'Bot' || TRUSTED_ASSOCIATIONS.has(c.authorAssociation ?? '');
}

export async function findReviewedPlan(
  client: GitHubClient,
  args: { sha: string | undefined; pullRequest: number | undefined; environment: string },
): Promise<ReviewedPlanLookup> {
  let pr: ReviewedPullRequest;
  if (args.pullRequest !== undefined) {
    const p = await client.getPullRequest(args.pullRequest);
    pr = { number: p.number, url: p.html_url };
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
    pr = { number: merged.number, url: merged.html_url };
  }

  const all = await findMarkedComments(client, pr.number);
  const marked = all.filter(isTrustedPlanComment);
  const ignored = all.length - marked.length;
  const candidates = marked
    .flatMap((c) =>
      c.markers
        .filter((m) => m.data.environments[args.environment])
        .map((m) => ({ c, m, env: m.data.environments[args.environment]! })),
    )
    .sort((a, b) => a.c.updatedAt.localeCompare(b.c.updatedAt) || a.c.id - b.c.id);
  const comments = candidates.map(({ c, m }) => ({
    id: c.id,
    url: c.url,
    author: c.author,
    key: m.key,
  }));
  const newest = candidates.at(-1);
  if (!newest) {
    return {
      kind: 'no-fingerprint',
      pr,
      comments,
      reason: `pull request #${pr.number} has no plan comment for environment ${args.environment}${ignored ? ` (${ignored} comment(s) with a plan marker were ignored: written by someone without write access, not by a bot)` : ''}`,
    };
  }
  const { fingerprint, status } = newest.env;
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
    comment: comments.at(-1)!,
    comments,
    sha: newest.m.data.sha,
    changes: typeof newest.env.changes === 'string' ? newest.env.changes : undefined,
  };
}
