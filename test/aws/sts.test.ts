import { beforeAll, describe, expect, it } from 'vitest';
import { createStsApi, type StsApi } from '../../src/aws/sts.js';
import { classifyStsError, stsErrorCode } from '../../src/aws/sts-errors.js';
import { startOidcPeer } from '../peers/oidc-peer.js';
import { useWebIdentityPeers } from '../peers/web-identity-peers.js';

// The real SDK client against the STS peer (AWS_ENDPOINT_URL_STS, which the SDK honours), and
// the classification applied to the errors the SDK really throws.

const HUB = 'arn:aws:iam::111111111111:role/hub';
const SPOKE = 'arn:aws:iam::222222222222:role/spoke';
const params = { sessionName: 'test-session', durationSeconds: 3600 };

const peers = useWebIdentityPeers([
  { arn: HUB, subjects: ['repo:octo-org/*:pull_request'] },
  { arn: SPOKE, trustedRoles: [HUB] },
]);
let api: StsApi;
beforeAll(async () => {
  api = await createStsApi('eu-west-1');
});

const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );

describe('STS through the SDK', () => {
  it('assumes with a web identity, chains and confirms the caller', async () => {
    const token = peers.oidc.issue('sts.amazonaws.com');
    const hub = await api.assumeRoleWithWebIdentity({
      ...params,
      roleArn: HUB,
      webIdentityToken: token,
    });
    expect(hub.assumedRoleArn).toBe('arn:aws:sts::111111111111:assumed-role/hub/test-session');
    expect(hub.credentials.expiration).toBeInstanceOf(Date);
    const spoke = await api.assumeRole(hub.credentials, { ...params, roleArn: SPOKE });
    const identity = await api.getCallerIdentity(spoke.credentials);
    expect(identity).toMatchObject({ account: '222222222222', arn: spoke.assumedRoleArn });
    // The chained call was signed with the hub session's credentials.
    expect(peers.sts.calls[1]).toMatchObject({ action: 'AssumeRole', caller: hub.assumedRoleArn });
  });

  it('surfaces a refused sub as AccessDenied, not retried', async () => {
    const token = peers.oidc.issue('sts.amazonaws.com', {
      event_name: 'push',
      ref: 'refs/heads/x',
    });
    const error = await failure(
      api.assumeRoleWithWebIdentity({ ...params, roleArn: HUB, webIdentityToken: token }),
    );
    expect(stsErrorCode(error)).toBe('AccessDenied');
    expect(classifyStsError(error)).toBe('fail');
  });

  it('surfaces an expired token as ExpiredTokenException, not retried', async () => {
    const iat = Math.floor(Date.now() / 1000) - 3600;
    const token = peers.oidc.issue('sts.amazonaws.com', { iat, exp: iat + 300 });
    const error = await failure(
      api.assumeRoleWithWebIdentity({ ...params, roleArn: HUB, webIdentityToken: token }),
    );
    expect(stsErrorCode(error)).toBe('ExpiredTokenException');
    expect(classifyStsError(error)).toBe('fail');
  });

  it('surfaces a token signed by another key as InvalidIdentityToken', async () => {
    const stranger = await startOidcPeer();
    try {
      const [h, p] = peers.oidc.issue('sts.amazonaws.com').split('.');
      const [, , s] = stranger.issue('sts.amazonaws.com').split('.');
      const error = await failure(
        api.assumeRoleWithWebIdentity({
          ...params,
          roleArn: HUB,
          webIdentityToken: `${h}.${p}.${s}`,
        }),
      );
      expect(stsErrorCode(error)).toBe('InvalidIdentityToken');
      expect(classifyStsError(error)).toBe('fail');
    } finally {
      await stranger.close();
    }
  });

  it.each(['Throttling', 'InternalFailure', 'IDPCommunicationError'] as const)(
    'classifies an injected %s as transient',
    async (code) => {
      peers.sts.fail(code, 1);
      const token = peers.oidc.issue('sts.amazonaws.com');
      const error = await failure(
        api.assumeRoleWithWebIdentity({ ...params, roleArn: HUB, webIdentityToken: token }),
      );
      expect(stsErrorCode(error)).toBe(code);
      expect(classifyStsError(error)).toBe('retry');
    },
  );

  it('surfaces a refused chain step as AccessDenied', async () => {
    const hub = await api.assumeRoleWithWebIdentity({
      ...params,
      roleArn: HUB,
      webIdentityToken: peers.oidc.issue('sts.amazonaws.com'),
    });
    const spoke = await api.assumeRole(hub.credentials, { ...params, roleArn: SPOKE });
    const error = await failure(api.assumeRole(spoke.credentials, { ...params, roleArn: HUB }));
    expect(stsErrorCode(error)).toBe('AccessDenied');
    expect((error as Error).message).toContain('is not authorized to perform: sts:AssumeRole');
  });
});
