import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Host } from '../github/host.js';
import type { ProxyAgents } from '../util/env-proxy.js';
import { ConfigurationError } from '../util/errors.js';
import { retry, type RetryOptions } from '../util/retry.js';

/**
 * A failed request to the runner's token service. `transient` failures (network, 5xx, 429,
 * 408) are retried; anything else means the request itself is wrong.
 */
export class OidcTokenError extends Error {
  override name = 'OidcTokenError';
  constructor(
    message: string,
    readonly transient: boolean,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** The runner's OIDC token service, from ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN. */
export interface TokenEndpoint {
  url: string;
  requestToken: string;
}

export function tokenEndpoint(
  env: Readonly<Record<string, string | undefined>>,
): TokenEndpoint | undefined {
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  return url && requestToken ? { url, requestToken } : undefined;
}

export interface FetchTokenOptions {
  endpoint: TokenEndpoint;
  audience: string;
  /** Masks the token the moment it arrives. */
  setSecret: Host['setSecret'];
  retry: Omit<RetryOptions, 'classify'>;
  /** How long one attempt may sit without an answer. Default: 10 s. */
  attemptTimeoutMs?: number;
  /** The runner's HTTPS_PROXY (util/env-proxy.ts), when it has one. */
  agents?: ProxyAgents;
}

interface HttpAnswer {
  status: number;
  body: string;
}

/**
 * One GET through node:http(s). Not the global fetch: its first use loads undici, which costs
 * more start-up than the whole request (node:http is loaded for the AWS SDK anyway).
 */
function httpGet(
  url: URL,
  headers: Record<string, string>,
  timeoutMs: number,
  signal: AbortSignal | undefined,
  agents: ProxyAgents | undefined,
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const http = url.protocol === 'http:';
    const request = http ? httpRequest : httpsRequest;
    const agent = agents ? (http ? agents.httpAgent : agents.httpsAgent) : undefined;
    const options = {
      method: 'GET',
      headers,
      timeout: timeoutMs,
      signal,
      ...(agent ? { agent } : {}),
    };
    const req = request(url, options, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('timeout', () =>
      req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })),
    );
    req.on('error', reject);
    req.end();
  });
}

const TRANSIENT_STATUS = new Set([408, 429]);

/**
 * GET <ACTIONS_ID_TOKEN_REQUEST_URL>&audience=<audience> with the request token as bearer:
 * the same request @actions/core's getIDToken makes, answered with `{"value": "<jwt>"}`.
 */
export async function fetchOidcToken(options: FetchTokenOptions): Promise<string> {
  const { endpoint, audience, setSecret } = options;
  const url = new URL(endpoint.url);
  url.searchParams.set('audience', audience);
  return retry(
    async () => {
      let response: HttpAnswer;
      try {
        response = await httpGet(
          url,
          {
            authorization: `Bearer ${endpoint.requestToken}`,
            accept: 'application/json; api-version=2.0',
            'user-agent': 'tofu-aws-action',
          },
          options.attemptTimeoutMs ?? 10_000,
          options.retry.signal,
          options.agents,
        );
      } catch (error) {
        const code = (error as { code?: string }).code;
        throw new OidcTokenError(
          `the runner's token service could not be reached (${code ?? (error as Error).message})`,
          true,
        );
      }
      const { status, body } = response;
      if (status < 200 || status >= 300) {
        throw new OidcTokenError(
          `the runner's token service answered HTTP ${status}${body ? `: ${body.slice(0, 200)}` : ''}`,
          status >= 500 || TRANSIENT_STATUS.has(status),
          status,
        );
      }
      let value: unknown;
      try {
        value = (JSON.parse(body) as { value?: unknown }).value;
      } catch {
        value = undefined;
      }
      if (typeof value !== 'string' || value.split('.').length !== 3) {
        throw new OidcTokenError(`the runner's token service answered without a token`, true);
      }
      setSecret(value);
      return value;
    },
    {
      ...options.retry,
      classify: (error) => (error instanceof OidcTokenError && error.transient ? 'retry' : 'fail'),
    },
  );
}

/** A ConfigurationError for a token that could not be fetched at all. */
export function tokenFetchFailed(error: unknown, attempts: number): ConfigurationError {
  const reason = error instanceof Error ? error.message : String(error);
  return new ConfigurationError(
    `Could not get the job's OIDC token after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${reason}.`,
  );
}
