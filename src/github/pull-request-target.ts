import type { CommandContext } from '../commands/command.js';
import type { GitHubClient } from './rest.js';

export interface PullRequestTarget {
  client: GitHubClient;
  pr: number;
}

/**
 * The pull request of this run with a client that may write to it, or a warning saying why
 * there is none (a push, no token, no repository): the caller then leaves `what` in the step
 * summary and the run stays green.
 */
export async function pullRequestInReach(
  ctx: CommandContext,
  what: string,
): Promise<PullRequestTarget | undefined> {
  const { host, inputs, github } = ctx;
  const pr = github.pullRequest?.number;
  if (pr === undefined) {
    host.warning(
      `No pull request in reach (event: ${github.eventName ?? 'none'}): ${what} in the step summary only.`,
    );
    return undefined;
  }
  const token = inputs.string('github-token');
  if (!token) {
    host.warning(
      `No github-token was given: the plan comment was not posted; ${what} in the step summary.`,
    );
    return undefined;
  }
  host.setSecret(token);
  if (!github.owner || !github.repo) {
    host.warning(
      `GITHUB_REPOSITORY is not set: the plan comment was not posted; ${what} in the step summary.`,
    );
    return undefined;
  }
  const { createGitHubClient } = await import('./rest.js');
  const client = createGitHubClient({
    token,
    apiUrl: github.apiUrl,
    owner: github.owner,
    repo: github.repo,
    signal: host.cancellation,
    sleep: (ms, signal) => ctx.clock.sleep(ms, signal),
    onRetry: (r) =>
      host.debug(
        `GitHub ${r.method} ${r.path}: retry ${r.attempt} in ${r.delayMs} ms (${r.reason})`,
      ),
  });
  return { client, pr };
}
