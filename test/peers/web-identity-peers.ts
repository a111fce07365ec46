import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startOidcPeer, type OidcPeer } from './oidc-peer.js';
import { startStsPeer, type StsPeer, type StsPeerRole } from './sts-peer.js';

export interface WebIdentityPeers {
  /** GitHub's OIDC token service, issuing tokens for a pull_request job of octo-org/infra. */
  readonly oidc: OidcPeer;
  /** STS trusting that issuer, with the given roles. */
  readonly sts: StsPeer;
}

/**
 * The OIDC and STS peers for the suite that calls this: started before all its tests, with
 * AWS_ENDPOINT_URL_STS pointing the SDK at STS until they stop; STS's calls are reset before
 * each test.
 */
export function useWebIdentityPeers(roles: StsPeerRole[]): WebIdentityPeers {
  let oidc: OidcPeer | undefined;
  let sts: StsPeer | undefined;
  beforeAll(async () => {
    oidc = await startOidcPeer({
      claims: { repository: 'octo-org/infra', event_name: 'pull_request' },
    });
    sts = await startStsPeer({ providers: [oidc.issuer], roles });
    process.env.AWS_ENDPOINT_URL_STS = sts.url;
  });
  afterAll(async () => {
    delete process.env.AWS_ENDPOINT_URL_STS;
    await sts?.close();
    await oidc?.close();
  });
  beforeEach(() => sts?.reset());
  const started = <T>(peer: T | undefined): T => {
    if (!peer) throw new Error('the web identity peers are used before beforeAll started them');
    return peer;
  };
  return {
    get oidc() {
      return started(oidc);
    },
    get sts() {
      return started(sts);
    },
  };
}
