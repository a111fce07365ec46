import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createStsApi, type StsApi } from '../../src/aws/sts.js';
import {
  assumeRole,
  post,
  readSettings,
  type AssumeRoleDeps,
} from '../../src/commands/assume-role.js';
import type { CommandContext } from '../../src/commands/command.js';
import { readGitHubContext } from '../../src/github/context.js';
import type { Clock } from '../../src/github/host.js';
import { Inputs } from '../../src/github/inputs.js';
import { MemoryHost } from '../../src/github/memory-host.js';
import { startOidcPeer, type OidcPeer } from '../peers/oidc-peer.js';
import { startStsPeer, type StsPeer } from '../peers/sts-peer.js';

const PLAN = 'arn:aws:iam::111111111111:role/tofu-plan';
const SPOKE = 'arn:aws:iam::222222222222:role/spoke';

/** A MemoryHost that also records the order of masks, exports and outputs. */
class OrderedHost extends MemoryHost {
  readonly events: string[] = [];
  override setSecret(value: string): void {
    super.setSecret(value);
    this.events.push(`mask ${value}`);
  }
  override exportVariable(name: string, value: string): void {
    super.exportVariable(name, value);
    this.events.push(`export ${value}`);
  }
  override setOutput(name: string, value: string): void {
    super.setOutput(name, value);
    this.events.push(`output ${value}`);
  }
  override info(message: string): void {
    super.info(message);
    this.events.push(`log ${message}`);
  }
}

/** Simulated time: retries do not really wait. */
function simulatedClock(): Clock & { slept: number[] } {
  let now = 1_000_000;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}

let oidc: OidcPeer;
let sts: StsPeer;
beforeAll(async () => {
  oidc = await startOidcPeer({
    claims: { repository: 'octo-org/infra', event_name: 'pull_request' },
  });
  sts = await startStsPeer({
    providers: [oidc.issuer],
    roles: [
      { arn: PLAN, subjects: ['repo:octo-org/infra:pull_request'] },
      { arn: SPOKE, trustedRoles: [PLAN] },
    ],
  });
  process.env.AWS_ENDPOINT_URL_STS = sts.url;
});
afterAll(async () => {
  delete process.env.AWS_ENDPOINT_URL_STS;
  await sts.close();
  await oidc.close();
});
beforeEach(() => sts.reset());

function context(inputs: Record<string, string>, env: Record<string, string | undefined> = {}) {
  const host = new OrderedHost(
    { 'aws-region': 'eu-west-1', ...inputs },
    { env: { ...oidc.env, GITHUB_REPOSITORY: 'octo-org/infra', GITHUB_RUN_ID: '77', ...env } },
  );
  const clock = simulatedClock();
  const ctx: CommandContext = {
    host,
    inputs: new Inputs(host),
    github: readGitHubContext(host.env),
    clock,
  };
  return { host, clock, ctx };
}

const realSts: AssumeRoleDeps = { sts: createStsApi };

describe('assume-role settings', () => {
  it('reads defaults: audience, duration, session name, export on, outputs off', () => {
    const { ctx } = context({ 'role-arn': PLAN });
    expect(readSettings(ctx)).toMatchObject({
      region: 'eu-west-1',
      audience: 'sts.amazonaws.com',
      durationSeconds: 3600,
      sessionName: 'GitHubActions-infra-77',
      chain: [],
      allowedAccountIds: [],
      exportCredentials: true,
      outputCredentials: false,
      maskAccountId: false,
    });
  });

  it('takes the region from AWS_REGION when the input is unset, and checks it', () => {
    const { ctx } = context({ 'role-arn': PLAN, 'aws-region': '' }, { AWS_REGION: 'ap-south-1' });
    expect(readSettings(ctx).region).toBe('ap-south-1');
    const bad = context({ 'role-arn': PLAN, 'aws-region': '' }, { AWS_REGION: 'cn-north-1' });
    expect(() => readSettings(bad.ctx)).toThrow(/aws-region \(from AWS_REGION\).*aws-cn partition/);
    const none = context({ 'role-arn': PLAN, 'aws-region': '' });
    expect(() => readSettings(none.ctx)).toThrow(/Input 'aws-region' is required/);
  });

  it('refuses more than 1h with role-chain, and a chain across partitions', () => {
    const long = context({ 'role-arn': PLAN, 'role-chain': SPOKE, 'role-duration': '2h' });
    expect(() => readSettings(long.ctx)).toThrow(
      /Input 'role-duration' has value "2h": AWS caps sessions obtained by role chaining at 1h/,
    );
    const mixed = context({
      'role-arn': PLAN,
      'role-chain': 'arn:aws-cn:iam::222222222222:role/x',
    });
    expect(() => readSettings(mixed.ctx)).toThrow(
      /Input 'role-chain'.*partition of role-arn \(aws\)/,
    );
  });

  it('checks the allow list against the last role of the chain', () => {
    const ok = context({
      'role-arn': PLAN,
      'role-chain': SPOKE,
      'allowed-account-ids': '222222222222',
    });
    expect(readSettings(ok.ctx).chain.map((r) => r.accountId)).toEqual(['222222222222']);
    const refused = context({
      'role-arn': PLAN,
      'role-chain': SPOKE,
      'allowed-account-ids': '111111111111',
    });
    expect(() => readSettings(refused.ctx)).toThrow(
      /its account 222222222222 is not in allowed-account-ids \(111111111111\)/,
    );
    const bad = context({ 'role-arn': PLAN, 'allowed-account-ids': '1111' });
    expect(() => readSettings(bad.ctx)).toThrow(/Input 'allowed-account-ids' has value "1111"/);
  });
});

describe('assume-role', () => {
  it('masks every secret before it is exported, output or logged', async () => {
    const { host, ctx } = context({
      'role-arn': PLAN,
      'role-chain': SPOKE,
      'output-credentials': 'true',
      'mask-account-id': 'true',
    });
    await assumeRole(ctx, realSts);
    const secrets = [
      host.exported.AWS_ACCESS_KEY_ID,
      host.exported.AWS_SECRET_ACCESS_KEY,
      host.exported.AWS_SESSION_TOKEN,
      '111111111111',
      '222222222222',
    ] as string[];
    for (const secret of secrets) {
      const first = host.events.findIndex((e) => e.includes(secret));
      expect(host.events[first], secret).toBe(`mask ${secret}`);
    }
    expect(host.outputs['aws-access-key-id']).toBe(host.exported.AWS_ACCESS_KEY_ID);
    expect(host.outputs['aws-account-id']).toBe('222222222222');
    // The first role's credentials were masked as well, though never exported.
    expect(host.secrets.filter((s) => s.startsWith('ASIA'))).toHaveLength(2);
  });

  it('does not output the credentials unless asked', async () => {
    const { host, ctx } = context({ 'role-arn': PLAN });
    await assumeRole(ctx, realSts);
    expect(Object.keys(host.outputs).sort()).toEqual([
      'authenticated-arn',
      'aws-account-id',
      'expiration',
    ]);
    expect(Object.keys(host.exported).sort()).toEqual([
      'AWS_ACCESS_KEY_ID',
      'AWS_DEFAULT_REGION',
      'AWS_REGION',
      'AWS_SECRET_ACCESS_KEY',
      'AWS_SESSION_TOKEN',
    ]);
  });

  it('exports nothing with export-credentials: false, and post then clears nothing', async () => {
    const { host, ctx } = context({ 'role-arn': PLAN, 'export-credentials': 'false' });
    await assumeRole(ctx, realSts);
    expect(host.exported).toEqual({});
    expect(host.outputs['aws-account-id']).toBe('111111111111');
    await post(ctx);
    expect(host.exported).toEqual({});
  });

  it('post exports every name it exported again, empty', async () => {
    const { host, ctx } = context({ 'role-arn': PLAN });
    await assumeRole(ctx, realSts);
    const names = Object.keys(host.exported);
    await post(ctx);
    expect(Object.keys(host.exported).sort()).toEqual(names.sort());
    expect(Object.values(host.exported).every((v) => v === '')).toBe(true);
  });

  it('gives up on endless throttling within the retry budget, in simulated time', async () => {
    sts.fail('Throttling', 100, 'AssumeRoleWithWebIdentity');
    const { host, clock, ctx } = context({ 'role-arn': PLAN });
    await expect(assumeRole(ctx, realSts)).rejects.toThrow(
      /Throttling: Rate exceeded \(still failing after \d+ attempts/,
    );
    expect(clock.slept.length).toBeGreaterThan(1);
    expect(clock.slept.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(60_000);
    expect(host.exported).toEqual({});
  });

  it('refuses credentials when GetCallerIdentity disagrees with the session ARN', async () => {
    const real = await createStsApi('eu-west-1');
    const lying: StsApi = {
      ...real,
      getCallerIdentity: async (c) => ({
        ...(await real.getCallerIdentity(c)),
        account: '999999999999',
      }),
    };
    const { host, ctx } = context({ 'role-arn': PLAN });
    await expect(assumeRole(ctx, { sts: async () => lying })).rejects.toThrow(
      /GetCallerIdentity says account 999999999999; nothing was exported/,
    );
    expect(host.exported).toEqual({});
    expect(host.outputs).toEqual({});
  });

  it('refuses credentials of an account outside the allow list after the fact, exporting nothing', async () => {
    // STS hands out a session in another account than the role ARN named.
    const real = await createStsApi('eu-west-1');
    const elsewhere = 'arn:aws:sts::999999999999:assumed-role/tofu-plan/x';
    const other: StsApi = {
      ...real,
      assumeRoleWithWebIdentity: async (p, signal) => ({
        ...(await real.assumeRoleWithWebIdentity(p, signal)),
        assumedRoleArn: elsewhere,
      }),
      getCallerIdentity: async (c) => ({
        ...(await real.getCallerIdentity(c)),
        account: '999999999999',
        arn: elsewhere,
      }),
    };
    const { host, ctx } = context({ 'role-arn': PLAN, 'allowed-account-ids': '111111111111' });
    await expect(assumeRole(ctx, { sts: async () => other })).rejects.toThrow(
      /account 999999999999 is not in allowed-account-ids \(111111111111\); nothing was exported/,
    );
    expect(host.exported).toEqual({});
    expect(host.outputs).toEqual({});
  });
});
