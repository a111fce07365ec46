import { describe, expect, it } from 'vitest';
import { checkIdentityAccount } from '../../src/aws/verified-identity.js';

const SESSION = 'arn:aws:sts::111111111111:assumed-role/tofu-plan/run-1';
const identity = (account: string) => ({
  account,
  arn: `arn:aws:sts::${account}:assumed-role/tofu-plan/run-1`,
  userId: 'AROA:run-1',
});

describe('checkIdentityAccount', () => {
  it('accepts the session account, with or without an allow list that has it', () => {
    expect(() => checkIdentityAccount(SESSION, identity('111111111111'), [])).not.toThrow();
    expect(() =>
      checkIdentityAccount(SESSION, identity('111111111111'), ['222222222222', '111111111111']),
    ).not.toThrow();
  });

  it('refuses an identity in another account than the session', () => {
    expect(() => checkIdentityAccount(SESSION, identity('999999999999'), [])).toThrow(
      /session in account 111111111111 .* GetCallerIdentity says account 999999999999; nothing was exported/,
    );
  });

  it('refuses an account outside the allow list', () => {
    expect(() => checkIdentityAccount(SESSION, identity('111111111111'), ['222222222222'])).toThrow(
      /account 111111111111 is not in allowed-account-ids \(222222222222\); nothing was exported/,
    );
  });

  it('checks only the allow list when the session ARN names no account', () => {
    expect(() =>
      checkIdentityAccount('not-an-arn', identity('333333333333'), ['333333333333']),
    ).not.toThrow();
  });
});
