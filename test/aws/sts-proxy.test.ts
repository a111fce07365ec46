import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStsApi } from '../../src/aws/sts.js';
import { classifyStsError, explainStsError, stsErrorCode } from '../../src/aws/sts-errors.js';
import { proxyAgents } from '../../src/util/env-proxy.js';
import { startProxyPeer, type ProxyPeer } from '../peers/http-proxy-peer.js';

// The SDK's STS client on a runner behind a proxy: its https requests tunnel through
// HTTPS_PROXY. The endpoint is https://localhost:1, which the proxy peer refuses (and which
// would be a refused loopback port if the proxy were bypassed): nothing leaves the machine.

let proxy: ProxyPeer;
beforeAll(async () => {
  proxy = await startProxyPeer();
  process.env.AWS_ENDPOINT_URL_STS = 'https://localhost:1';
});
afterAll(async () => {
  delete process.env.AWS_ENDPOINT_URL_STS;
  await proxy.close();
});

describe('STS through HTTPS_PROXY', () => {
  it('tunnels the SDK request with CONNECT, and explains a refused tunnel', async () => {
    const api = await createStsApi('eu-west-1', proxyAgents({ HTTPS_PROXY: proxy.url }));
    const error = await api
      .assumeRoleWithWebIdentity({
        roleArn: 'arn:aws:iam::111111111111:role/x',
        sessionName: 'proxy-test',
        durationSeconds: 900,
        webIdentityToken: 'a.b.c',
      })
      .catch((e: unknown) => e);
    expect(proxy.requests).toEqual(['CONNECT localhost:1']);
    expect(stsErrorCode(error)).toBe('ERR_PROXY_TUNNEL');
    expect(classifyStsError(error)).toBe('fail');
    const role = 'arn:aws:iam::111111111111:role/x';
    const { summary } = explainStsError(
      error,
      { kind: 'web-identity', roleArn: role, claims: {} },
      1,
    );
    expect(summary).toMatch(
      /AssumeRoleWithWebIdentity for .* failed: ERR_PROXY_TUNNEL: .*HTTPS_PROXY refused the tunnel/,
    );
  });
});
