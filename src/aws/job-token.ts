import type { GitHubContext } from '../github/context.js';
import type { Host } from '../github/host.js';
import type { ProxyAgents } from '../util/env-proxy.js';
import { ConfigurationError } from '../util/errors.js';
import {
  fetchOidcToken,
  tokenEndpoint,
  tokenFetchFailed,
  type TokenEndpoint,
} from './oidc-token.js';
import { missingTokenMessage } from './sts-errors.js';
import { throwIfCancelled, type RetryTiming } from './sts-retry.js';

/**
 * The job's OIDC token for assume-role: the runner's token service, or an error saying why the
 * job has none; then the token itself, masked on arrival, with retries logged to the host.
 */

/** The token service, or a ConfigurationError naming what the workflow lacks. */
export function requireTokenEndpoint(host: Host, github: GitHubContext): TokenEndpoint {
  const endpoint = tokenEndpoint(host.env);
  if (!endpoint) throw new ConfigurationError(missingTokenMessage(forkOf(github)));
  return endpoint;
}

/** The fork a pull_request run comes from (such runs get no OIDC token), if it is one. */
function forkOf(github: GitHubContext): string | undefined {
  const pr = github.pullRequest;
  // pull_request_target runs in the base repository and can get a token.
  if (!pr || github.eventName === 'pull_request_target') return undefined;
  return pr.headRepo && pr.baseRepo && pr.headRepo !== pr.baseRepo ? pr.headRepo : undefined;
}

export interface JobTokenRequest {
  endpoint: TokenEndpoint;
  audience: string;
  agents: ProxyAgents | undefined;
  timing: RetryTiming;
}

/** The token (masked the moment it arrives); a final failure says how many attempts it took. */
export async function fetchJobToken(host: Host, request: JobTokenRequest): Promise<string> {
  const { endpoint, audience, agents, timing } = request;
  let attempts = 0;
  try {
    return await fetchOidcToken({
      endpoint,
      audience,
      setSecret: (v) => host.setSecret(v),
      ...(agents ? { agents } : {}),
      retry: {
        ...timing,
        onRetry: ({ attempt, delayMs, error }) => {
          attempts = attempt + 1;
          host.info(
            `Getting the OIDC token failed (attempt ${attempt}): ${(error as Error).message}; retrying in ${delayMs} ms.`,
          );
        },
      },
    });
  } catch (error) {
    throwIfCancelled(host.cancellation);
    throw tokenFetchFailed(error, Math.max(1, attempts));
  }
}
