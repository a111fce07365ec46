import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { decodeClaims } from '../../src/aws/jwt-claims.js';
import { fetchOidcToken, OidcTokenError, tokenEndpoint } from '../../src/aws/oidc-token.js';
import type { RetryOptions } from '../../src/util/retry.js';
import { proxyAgents } from '../../src/util/env-proxy.js';
import { startProxyPeer } from '../peers/http-proxy-peer.js';
import { startOidcPeer, type OidcPeer } from '../peers/oidc-peer.js';

let oidc: OidcPeer;
beforeAll(async () => {
  oidc = await startOidcPeer({
    claims: { repository: 'octo-org/infra', event_name: 'pull_request' },
  });
});
afterAll(() => oidc.close());
beforeEach(() => oidc.failTokenRequests(0));

function simulatedRetry(): Omit<RetryOptions, 'classify'> & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    baseMs: 250,
    maxAttempts: 4,
    maxElapsedMs: 60_000,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}

describe('the runner OIDC token', () => {
  it('is read from ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN, both required', () => {
    expect(tokenEndpoint(oidc.env)).toEqual({
      url: oidc.env.ACTIONS_ID_TOKEN_REQUEST_URL,
      requestToken: oidc.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
    });
    expect(tokenEndpoint({ ACTIONS_ID_TOKEN_REQUEST_URL: 'http://x' })).toBeUndefined();
    expect(tokenEndpoint({})).toBeUndefined();
  });

  it('is fetched for the audience asked for and masked before it is returned', async () => {
    const events: string[] = [];
    const token = await fetchOidcToken({
      endpoint: tokenEndpoint(oidc.env)!,
      audience: 'sts.amazonaws.com',
      setSecret: (v) => events.push(`mask ${v}`),
      retry: simulatedRetry(),
    });
    events.push(`returned ${token}`);
    expect(events).toEqual([`mask ${token}`, `returned ${token}`]);
    expect(decodeClaims(token)).toMatchObject({
      aud: 'sts.amazonaws.com',
      sub: 'repo:octo-org/infra:pull_request',
    });
  });

  it('retries 5xx answers with backoff', async () => {
    oidc.failTokenRequests(2, 502);
    const retry = simulatedRetry();
    const before = oidc.counts.tokenRequests;
    const token = await fetchOidcToken({
      endpoint: tokenEndpoint(oidc.env)!,
      audience: 'sts.amazonaws.com',
      setSecret: () => {},
      retry,
    });
    expect(token.split('.')).toHaveLength(3);
    expect(oidc.counts.tokenRequests - before).toBe(3);
    expect(retry.slept).toHaveLength(2);
  });

  it('does not retry a refused request token', async () => {
    const before = oidc.counts.tokenRequests;
    const error = await fetchOidcToken({
      endpoint: { ...tokenEndpoint(oidc.env)!, requestToken: 'wrong' },
      audience: 'sts.amazonaws.com',
      setSecret: () => {},
      retry: simulatedRetry(),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OidcTokenError);
    expect((error as OidcTokenError).status).toBe(401);
    expect(oidc.counts.tokenRequests - before).toBe(1);
  });

  it('retries an unreachable token service, then gives up', async () => {
    const retry = simulatedRetry();
    const error = await fetchOidcToken({
      endpoint: { url: 'http://127.0.0.1:9/idtoken?api-version=2.0', requestToken: 't' },
      audience: 'sts.amazonaws.com',
      setSecret: () => {},
      retry,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OidcTokenError);
    expect((error as Error).message).toMatch(/could not be reached/);
    expect(retry.slept).toHaveLength(3);
  });

  it('goes through the runner proxy (HTTP_PROXY / HTTPS_PROXY)', async () => {
    const proxy = await startProxyPeer();
    try {
      const token = await fetchOidcToken({
        endpoint: tokenEndpoint(oidc.env)!,
        audience: 'sts.amazonaws.com',
        setSecret: () => {},
        retry: simulatedRetry(),
        agents: proxyAgents({ HTTP_PROXY: proxy.url }),
      });
      expect(token.split('.')).toHaveLength(3);
      expect(proxy.requests).toEqual([
        `GET ${oidc.env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=sts.amazonaws.com`,
      ]);

      // https tunnels with CONNECT; the proxy refuses localhost:1 (a refused port if bypassed).
      proxy.requests.length = 0;
      const error = await fetchOidcToken({
        endpoint: { url: 'https://localhost:1/idtoken?api-version=2.0', requestToken: 't' },
        audience: 'sts.amazonaws.com',
        setSecret: () => {},
        retry: { ...simulatedRetry(), maxAttempts: 1 },
        agents: proxyAgents({ HTTPS_PROXY: proxy.url }),
      }).catch((e: unknown) => e);
      expect((error as Error).message).toContain('ERR_PROXY_TUNNEL');
      expect(proxy.requests).toEqual(['CONNECT localhost:1']);
    } finally {
      await proxy.close();
    }
  });
});
