import type { CommandContext } from '../commands/command.js';
import { errorMessage } from '../util/errors.js';
import type { MarkerData } from './marker.js';
import type { GitHubClient } from './rest.js';
import type { PullRequest } from './rest-types.js';

/**
 * Whether this run's plans must stay off the pull request (true, with a warning; they are in
 * the step summary):
 * - the pull request is merged or closed: a plan posted now (a re-run of the plan workflow, or
 *   a plan still running at the merge) would look reviewed although nobody saw it before the
 *   merge;
 * - a run for an older commit finishes after the run for the pull request's current head (a
 *   quick second push, a re-run of an old run) and the comment already shows the head.
 */
export async function isOutdatedRun(
  ctx: CommandContext,
  target: { client: GitHubClient; pr: number },
  previous: MarkerData | undefined,
): Promise<boolean> {
  let pull: PullRequest;
  try {
    pull = await target.client.getPullRequest(target.pr);
  } catch (error) {
    ctx.host.warning(
      `Pull request #${target.pr} could not be read (${errorMessage(error)}): the plan comment is posted anyway, without checking whether the pull request is merged or closed or has moved on to a newer commit.`,
    );
    return false;
  }
  if (pull.merged_at || pull.state === 'closed') {
    ctx.host.warning(
      `Pull request #${target.pr} is ${pull.merged_at ? 'merged' : 'closed'}: the plans of this run were not posted to it (a plan shown after the merge was never reviewed, and apply ignores it); they are in the step summary.`,
    );
    return true;
  }
  const ours = ctx.github.pullRequest?.headSha;
  const head = pull.head?.sha;
  if (!ours || !head || !previous?.sha || previous.sha === ours) return false;
  if (head === ours || previous.sha !== head) return false;
  ctx.host.warning(
    `Pull request #${target.pr} has moved on to ${head.slice(0, 12)} and its plan comment already shows that commit: the plans of ${ours.slice(0, 12)} are outdated and were not posted (they are in the step summary).`,
  );
  return true;
}
