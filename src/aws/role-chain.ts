import type { Host } from '../github/host.js';
import type { AssumeRoleSettings } from './assume-role-settings.js';
import { claimText, decodeClaims, type Claims } from './jwt-claims.js';
import type { AwsCredentials, RoleSession, StsApi } from './sts.js';
import type { StsCall } from './sts-retry.js';

type ChainSettings = Pick<AssumeRoleSettings, 'role' | 'chain' | 'sessionName' | 'durationSeconds'>;

/**
 * AssumeRoleWithWebIdentity with the job's token, then AssumeRole for each role of the chain,
 * each from the session before. Every session's credentials are masked before anything else
 * sees them; the last session is returned.
 */
export async function assumeRoleChain(
  host: Host,
  sts: StsApi,
  call: StsCall,
  settings: ChainSettings,
  token: string,
): Promise<RoleSession> {
  const { role, sessionName, durationSeconds } = settings;
  const mask = (s: RoleSession): RoleSession => {
    host.setSecret(s.credentials.accessKeyId);
    host.setSecret(s.credentials.secretAccessKey);
    host.setSecret(s.credentials.sessionToken);
    return s;
  };
  const claims = decodeClaims(token);
  host.info(
    `Assuming ${role.arn} with the job's OIDC token (sub ${describeClaim(claims, 'sub')}, aud ${describeClaim(claims, 'aud')}), session ${sessionName}, ${durationSeconds} s.`,
  );
  let session = await call({ kind: 'web-identity', roleArn: role.arn, claims }, async () =>
    mask(
      await sts.assumeRoleWithWebIdentity(
        { roleArn: role.arn, sessionName, durationSeconds, webIdentityToken: token },
        host.cancellation,
      ),
    ),
  );
  let fromRoleArn = role.arn;
  for (const next of settings.chain) {
    host.info(`Chaining from ${fromRoleArn} to ${next.arn}.`);
    const from: AwsCredentials = session.credentials;
    session = await call({ kind: 'chain', roleArn: next.arn, fromRoleArn }, async () =>
      mask(
        await sts.assumeRole(
          from,
          { roleArn: next.arn, sessionName, durationSeconds },
          host.cancellation,
        ),
      ),
    );
    fromRoleArn = next.arn;
  }
  return session;
}

function describeClaim(claims: Claims | undefined, name: string): string {
  return claims ? (claimText(claims, name) ?? '(none)') : '(undecodable token)';
}
