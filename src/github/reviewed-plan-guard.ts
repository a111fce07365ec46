import { renderApplySummary } from '../render/apply-summary.js';
import { changeSet } from '../tofu/change-set.js';
import { fingerprintOf } from '../tofu/fingerprint.js';
import { differenceLines, reviewedChangeSet } from '../tofu/reviewed-differences.js';
import { ConfigurationError, errorMessage } from '../util/errors.js';
import type { GitHubContext } from './context.js';
import type { Host } from './host.js';
import type { PlanCommentStatus } from './plan-comment-status.js';
import type { GitHubClient } from './rest.js';
import type { ReviewedPlanLookup } from './reviewed-plan.js';

/**
 * `apply` applies only the plan that was reviewed (DESIGN §4): the reviewed plan is looked up
 * on the pull request, and a plan that changed since is refused with the differences.
 */
export type FoundReview = Extract<ReviewedPlanLookup, { kind: 'found' }>;

export interface ReviewGuardContext {
  host: Host;
  github: GitHubContext;
  client: GitHubClient | undefined;
  environment: string;
  comment: PlanCommentStatus;
}

async function lookUpReview(g: ReviewGuardContext): Promise<ReviewedPlanLookup> {
  const { github } = g;
  if (!g.client) {
    return {
      kind: 'no-pr',
      reason: !github.owner ? 'GITHUB_REPOSITORY is not set' : 'no github-token was given',
    };
  }
  const { findReviewedPlan } = await import('./reviewed-plan.js');
  try {
    return await findReviewedPlan(g.client, {
      sha: github.sha,
      pullRequest: github.pullRequest?.number,
      environment: g.environment,
    });
  } catch (error) {
    return { kind: 'no-pr', reason: `the GitHub API failed: ${errorMessage(error)}` };
  }
}

/** The reviewed plan of this environment; undefined when there is none and none is required. */
export async function findReview(
  g: ReviewGuardContext,
  options: { requireReviewed: boolean; defaultBranchPush: boolean },
): Promise<FoundReview | undefined> {
  const { host, environment: env } = g;
  const lookup = await lookUpReview(g);
  if (lookup.kind !== 'no-pr') g.comment.comments = lookup.comments;
  if (lookup.kind === 'found') {
    host.info(
      `Reviewed plan of ${env}: ${lookup.fingerprint}, from pull request #${lookup.pr.number} (${lookup.comment.url})${lookup.afterMerge ? `; ${lookup.afterMerge} plan(s) made after the merge were not reviewed and are ignored` : ''}.`,
    );
    return lookup;
  }
  const why = `No reviewed plan to compare with: ${lookup.reason}`;
  if (options.requireReviewed) {
    await host.appendSummary(
      renderApplySummary({
        environment: env,
        outcome: 'failed',
        resources: [],
        counts: undefined,
        firstError: `${why}. Nothing was applied.`,
      }),
    );
    throw new ConfigurationError(
      `${why}. Nothing was applied, because require-reviewed-plan is true${options.defaultBranchPush ? ' (the default on a push to the default branch)' : ''}; set it to false to apply without a reviewed plan.`,
    );
  }
  host.warning(`${why}. Applying anyway: require-reviewed-plan is false.`);
  return undefined;
}

/** Returns when the plan is the reviewed one; else reports the differences and throws. */
export async function guardReviewedPlan(
  g: ReviewGuardContext,
  planJson: unknown,
  review: FoundReview,
  reviewedPlanJson: string | undefined,
): Promise<void> {
  const { host, environment: env } = g;
  const current = changeSet(planJson);
  const fingerprint = fingerprintOf(current);
  host.info(`Plan fingerprint of ${env}: ${fingerprint}`);
  if (review.fingerprint === fingerprint) {
    host.info(
      `The plan matches the plan reviewed on pull request #${review.pr.number} (${review.comment.url}).`,
    );
    return;
  }

  const reviewed = reviewedChangeSet(
    host,
    { fingerprint: review.fingerprint, changes: review.changes, commentUrl: review.comment.url },
    reviewedPlanJson,
  );
  const differences = differenceLines(reviewed, current);
  for (const line of differences) host.info(line);
  await host.appendSummary(
    renderApplySummary({
      environment: env,
      outcome: 'plan-changed',
      resources: [],
      counts: undefined,
      detail: [
        `Reviewed on [#${review.pr.number}](${review.pr.url}): \`${review.fingerprint}\`; now: \`${fingerprint}\`.`,
        '',
        '```diff',
        ...differences,
        '```',
      ].join('\n'),
    }),
  );
  await g.comment.set({
    state: 'plan-changed',
    environment: env,
    runUrl: g.github.runUrl,
    differences,
  });
  throw new ConfigurationError(
    `The plan of ${env} changed since it was reviewed on pull request #${review.pr.number} (reviewed ${review.fingerprint}, now ${fingerprint}); nothing was applied. ${differences.length} line(s) of differences are in the log and the step summary; re-plan on a new pull request to review the change.`,
  );
}
