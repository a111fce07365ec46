import type { CommandContext } from '../commands/command.js';
import { errorMessage } from '../util/errors.js';
import type { MarkerData } from './marker.js';
import type { GitHubClient } from './rest.js';

/**
 * A run for an older commit that finishes after the run for the pull request's current head
 * (a quick second push, a re-run of an old run) must not put its outdated plans over the
 * comment of the head: true (with a warning) when the comment already shows the head and this
 * run planned another commit.
 */
export async function isOutdatedRun(
  ctx: CommandContext,
  target: { client: GitHubClient; pr: number },
  previous: MarkerData | undefined,
): Promise<boolean> {
  const ours = ctx.github.pullRequest?.headSha;
  if (!ours || !previous?.sha || previous.sha === ours) return false;
  let head: string | undefined;
  try {
    head = (await target.client.getPullRequest(target.pr)).head.sha;
  } catch (error) {
    ctx.host.debug(`Could not read the head of pull request #${target.pr}: ${errorMessage(error)}`);
    return false;
  }
  if (head === ours || previous.sha !== head) return false;
  ctx.host.warning(
    `Pull request #${target.pr} has moved on to ${head.slice(0, 12)} and its plan comment already shows that commit: the plans of ${ours.slice(0, 12)} are outdated and were not posted (they are in the step summary).`,
  );
  return true;
}
