import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeClaims, formatClaims } from '../../src/aws/jwt-claims.js';
import { startOidcPeer, type OidcPeer } from '../peers/oidc-peer.js';

let oidc: OidcPeer;
beforeAll(async () => {
  oidc = await startOidcPeer({
    claims: { repository: 'octo-org/infra', event_name: 'push', environment: 'production' },
  });
});
afterAll(() => oidc.close());

describe('token claims', () => {
  it("decodes GitHub's claim set from a signed token", () => {
    const claims = decodeClaims(oidc.issue('sts.amazonaws.com'));
    expect(claims).toMatchObject({
      sub: 'repo:octo-org/infra:environment:production',
      aud: 'sts.amazonaws.com',
      repository: 'octo-org/infra',
      repository_owner: 'octo-org',
      environment: 'production',
      event_name: 'push',
      iss: oidc.issuer,
    });
  });

  it('prints the claims a trust policy conditions on, in a fixed order, skipping absent ones', () => {
    const lines = formatClaims({
      job_workflow_ref: 'octo-org/infra/.github/workflows/plan.yml@refs/pull/1/merge',
      aud: 'sts.amazonaws.com',
      sub: 'repo:octo-org/infra:pull_request',
      jti: 'not shown',
      repository: 'octo-org/infra',
      ref: 'refs/pull/1/merge',
    });
    expect(lines).toEqual([
      '  sub: repo:octo-org/infra:pull_request',
      '  aud: sts.amazonaws.com',
      '  repository: octo-org/infra',
      '  ref: refs/pull/1/merge',
      '  job_workflow_ref: octo-org/infra/.github/workflows/plan.yml@refs/pull/1/merge',
    ]);
  });

  it('shows a list audience joined', () => {
    expect(formatClaims({ aud: ['a', 'b'] })).toEqual(['  aud: a,b']);
  });

  it.each(['', 'abc', 'a.b.c', 'a.bnVsbA.c', `x.${Buffer.from('[1]').toString('base64url')}.y`])(
    'returns undefined for %j',
    (token) => {
      expect(decodeClaims(token)).toBeUndefined();
    },
  );
});
