import { readFileSync } from 'node:fs';

/** What the workflow run tells us about itself (GITHUB_* variables and the event payload). */
export interface GitHubContext {
  eventName: string | undefined;
  payload: Record<string, unknown>;
  owner: string | undefined;
  repo: string | undefined;
  sha: string | undefined;
  ref: string | undefined;
  refName: string | undefined;
  defaultBranch: string | undefined;
  runId: string | undefined;
  runAttempt: string | undefined;
  workflow: string | undefined;
  job: string | undefined;
  serverUrl: string;
  apiUrl: string;
  /** The pull request this run is about, when there is one. */
  pullRequest:
    | {
        number: number;
        headSha: string | undefined;
        headRepo: string | undefined;
        baseRepo: string | undefined;
      }
    | undefined;
  runUrl: string | undefined;
}

function readPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export function readGitHubContext(
  env: Readonly<Record<string, string | undefined>>,
): GitHubContext {
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, '');
  const pr = payload.pull_request as
    | {
        number?: number;
        head?: { sha?: string; repo?: { full_name?: string } };
        base?: { repo?: { full_name?: string } };
      }
    | undefined;
  const repository = payload.repository as { default_branch?: string } | undefined;
  const runUrl =
    owner && repo && env.GITHUB_RUN_ID
      ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  return {
    eventName: env.GITHUB_EVENT_NAME,
    payload,
    owner: owner || undefined,
    repo: repo || undefined,
    sha: env.GITHUB_SHA,
    ref: env.GITHUB_REF,
    refName: env.GITHUB_REF_NAME,
    defaultBranch: repository?.default_branch,
    runId: env.GITHUB_RUN_ID,
    runAttempt: env.GITHUB_RUN_ATTEMPT,
    workflow: env.GITHUB_WORKFLOW,
    job: env.GITHUB_JOB,
    serverUrl,
    apiUrl,
    pullRequest:
      pr && typeof pr.number === 'number'
        ? {
            number: pr.number,
            headSha: pr.head?.sha,
            headRepo: pr.head?.repo?.full_name,
            baseRepo: pr.base?.repo?.full_name,
          }
        : undefined,
    runUrl,
  };
}
