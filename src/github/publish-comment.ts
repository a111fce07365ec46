import type { CommandContext } from '../commands/command.js';
import { errorMessage } from '../util/errors.js';
import { GitHubApiError } from './github-api-error.js';
import { isOutdatedRun } from './outdated-run.js';
import { pullRequestInReach } from './pull-request-target.js';

export type PublishOutcome = 'created' | 'updated' | 'unchanged' | 'skipped';

/**
 * Posts or updates the sticky comment on the pull request in reach. Never fails the run:
 * where there is no pull request, no token or no write access (a fork), or the pull request is
 * merged or closed (see isOutdatedRun), it says so and the plan stays in the step summary. The body is rendered only once there is somewhere to post it.
 */
export async function publishComment(
  ctx: CommandContext,
  key: string,
  render: () => string,
): Promise<PublishOutcome> {
  const { host } = ctx;
  const target = await pullRequestInReach(ctx, 'the plan is');
  if (!target) return 'skipped';
  const { client, pr } = target;
  const { findStickyComments, upsertStickyComment } = await import('./sticky-comment.js');
  try {
    const existing = await findStickyComments(client, pr, key);
    if (await isOutdatedRun(ctx, { client, pr }, existing[0]?.marker)) return 'skipped';
    const outcome = await upsertStickyComment(client, {
      issueNumber: pr,
      key,
      body: render(),
      existing,
    });
    host.info(`Plan comment ${outcome.action} on pull request #${pr}: ${outcome.url}`);
    return outcome.action;
  } catch (error) {
    if (error instanceof GitHubApiError && (error.status === 403 || error.status === 404)) {
      host.warning(
        `The token cannot write to pull request #${pr} (HTTP ${error.status}: a pull request from a fork, or a token without pull-requests: write): the plan is in the step summary.`,
      );
    } else {
      host.warning(
        `The plan comment could not be posted (${errorMessage(error)}): the plan is in the step summary.`,
      );
    }
    return 'skipped';
  }
}
