import type { CommandContext } from '../commands/command.js';
import { errorMessage } from '../util/errors.js';
import { findMarker } from './marker.js';
import { isOutdatedRun } from './outdated-run.js';

export type PublishOutcome = 'created' | 'updated' | 'unchanged' | 'skipped';

/**
 * Posts or updates the sticky comment on the pull request in reach. Never fails the run:
 * where there is no pull request, no token or no write access (a fork), it says so and the
 * plan stays in the step summary.
 */
export async function publishComment(
  ctx: CommandContext,
  key: string,
  body: string,
): Promise<PublishOutcome> {
  const { host, inputs, github } = ctx;
  const pr = github.pullRequest?.number;
  if (pr === undefined) {
    host.info(
      `No pull request in reach (event: ${github.eventName ?? 'none'}): the plan is in the step summary only.`,
    );
    return 'skipped';
  }
  const token = inputs.string('github-token');
  if (!token) {
    host.warning(
      'No github-token was given: the plan comment was not posted; the plan is in the step summary.',
    );
    return 'skipped';
  }
  host.setSecret(token);
  if (!github.owner || !github.repo) {
    host.warning(
      'GITHUB_REPOSITORY is not set: the plan comment was not posted; the plan is in the step summary.',
    );
    return 'skipped';
  }
  const { createGitHubClient, GitHubApiError } = await import('./rest.js');
  const { findStickyComments, upsertStickyComment } = await import('./sticky-comment.js');
  const client = createGitHubClient({
    token,
    apiUrl: github.apiUrl,
    owner: github.owner,
    repo: github.repo,
  });
  try {
    const [existing] = await findStickyComments(client, pr, key);
    const previous = existing?.body ? findMarker(existing.body, key) : undefined;
    if (await isOutdatedRun(ctx, { client, pr }, previous)) return 'skipped';
    const outcome = await upsertStickyComment(client, { issueNumber: pr, key, body });
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
