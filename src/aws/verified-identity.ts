import type { Host } from '../github/host.js';
import { ConfigurationError } from '../util/errors.js';
import { accountOfArn } from './role-arn.js';
import type { CallerIdentity, RoleSession, StsApi } from './sts.js';
import type { StsCall } from './sts-retry.js';

/**
 * Whose credentials these are (GetCallerIdentity), checked before anything leaves this
 * process: the account must be the session's own and one of allowedAccountIds (when given).
 */
export async function verifiedIdentity(
  host: Host,
  sts: StsApi,
  call: StsCall,
  session: RoleSession,
  options: { allowedAccountIds: string[]; maskAccountId: boolean },
): Promise<CallerIdentity> {
  const identity = await call({ kind: 'caller-identity' }, () =>
    sts.getCallerIdentity(session.credentials, host.cancellation),
  );
  if (options.maskAccountId) host.setSecret(identity.account);
  checkIdentityAccount(session.assumedRoleArn, identity, options.allowedAccountIds);
  return identity;
}

/** Throws when the identity's account is not the session's, or not an allowed one. */
export function checkIdentityAccount(
  assumedRoleArn: string,
  identity: CallerIdentity,
  allowedAccountIds: string[],
): void {
  const arnAccount = accountOfArn(assumedRoleArn);
  if (arnAccount !== undefined && arnAccount !== identity.account) {
    throw new ConfigurationError(
      `Refusing the credentials: STS returned a session in account ${arnAccount} (${assumedRoleArn}) but GetCallerIdentity says account ${identity.account}; nothing was exported.`,
    );
  }
  if (allowedAccountIds.length > 0 && !allowedAccountIds.includes(identity.account)) {
    throw new ConfigurationError(
      `Refusing the credentials of ${identity.arn}: account ${identity.account} is not in allowed-account-ids (${allowedAccountIds.join(', ')}); nothing was exported.`,
    );
  }
}
