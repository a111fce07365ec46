import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStsApi, type StsApi } from '../../src/aws/sts.js';
import { readSettings } from '../../src/aws/assume-role-settings.js';
import { assumeRole, post, type AssumeRoleDeps } from '../../src/commands/assume-role.js';
import { MemoryHost } from '../../src/github/memory-host.js';
import { commandContext } from '../fixtures/command-context.js';
import { startProxyPeer } from '../peers/http-proxy-peer.js';
import { recordingClock } from '../peers/sim-clock.js';
import { useWebIdentityPeers } from '../peers/web-identity-peers.js';

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

const peers = useWebIdentityPeers([
  { arn: PLAN, subjects: ['repo:octo-org/infra:pull_request'] },
  { arn: SPOKE, trustedRoles: [PLAN] },
]);

function context(inputs: Record<string, string>, env: Record<string, string | undefined> = {}) {
  const host = new OrderedHost(
    { 'aws-region': 'eu-west-1', ...inputs },
    {
      env: { ...peers.oidc.env, GITHUB_REPOSITORY: 'octo-org/infra', GITHUB_RUN_ID: '77', ...env },
    },
  );
  // Simulated time: retries do not really wait.
  const clock = recordingClock(1_000_000);
  return { host, clock, ctx: commandContext(host, clock) };
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

  it('reads role-chain one ARN per line, so that a role name may contain commas', () => {
    const comma = 'arn:aws:iam::222222222222:role/deploy,staging';
    const { ctx } = context({ 'role-arn': PLAN, 'role-chain': `${comma}\n${SPOKE}` });
    expect(readSettings(ctx).chain.map((r) => r.arn)).toEqual([comma, SPOKE]);
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

  it('with mask-account-id, masks every account id before an error can show one', () => {
    const refused = context({
      'role-arn': PLAN,
      'role-chain': SPOKE,
      'allowed-account-ids': '111111111111, 333333333333',
      'mask-account-id': 'true',
    });
    expect(() => readSettings(refused.ctx)).toThrow(/222222222222 is not in allowed-account-ids/);
    expect([...new Set(refused.host.secrets)].sort()).toEqual([
      '111111111111',
      '222222222222',
      '333333333333',
    ]);
    const badArn = context({
      'role-arn': 'arn:aws:iam::444444444444:user/alice',
      'mask-account-id': 'true',
    });
    expect(() => readSettings(badArn.ctx)).toThrow(/Input 'role-arn'/);
    expect(badArn.host.secrets).toEqual(['444444444444']);
    const unmasked = context({ 'role-arn': PLAN, 'role-chain': SPOKE });
    readSettings(unmasked.ctx);
    expect(unmasked.host.secrets).toEqual([]);
  });
});

describe('assume-role without a token', () => {
  function eventFile(name: string, payload: unknown): Record<string, string> {
    const path = join(mkdtempSync(join(tmpdir(), 'assume-role-event-')), 'event.json');
    writeFileSync(path, JSON.stringify(payload));
    return { GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: path };
  }
  const forkPr = {
    pull_request: {
      number: 7,
      head: { sha: 'abc', repo: { full_name: 'mallory/infra' } },
      base: { repo: { full_name: 'octo-org/infra' } },
    },
  };
  const noToken = {
    ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined,
  };

  it('names the fork of a pull_request run, but not of pull_request_target (which gets tokens)', async () => {
    const fork = context(
      { 'role-arn': PLAN },
      { ...noToken, ...eventFile('pull_request', forkPr) },
    );
    await expect(assumeRole(fork.ctx, realSts)).rejects.toThrow(
      /permissions: id-token: write.*from the fork mallory\/infra/,
    );
    const target = context(
      { 'role-arn': PLAN },
      { ...noToken, ...eventFile('pull_request_target', forkPr) },
    );
    const error = await assumeRole(target.ctx, realSts).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toContain('permissions: id-token: write');
    expect(error?.message).not.toContain('mallory/infra');
    expect(peers.sts.calls).toEqual([]);
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
    peers.sts.fail('Throttling', 100, 'AssumeRoleWithWebIdentity');
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

  it('post restores the regions the job had before and clears the credentials', async () => {
    const { host, ctx } = context(
      { 'role-arn': PLAN, 'aws-region': 'eu-west-1' },
      { AWS_REGION: 'eu-central-1' },
    );
    await assumeRole(ctx, realSts);
    expect(host.exported.AWS_REGION).toBe('eu-west-1');
    await post(ctx);
    expect(host.exported).toEqual({
      AWS_ACCESS_KEY_ID: '',
      AWS_SECRET_ACCESS_KEY: '',
      AWS_SESSION_TOKEN: '',
      AWS_REGION: 'eu-central-1',
      AWS_DEFAULT_REGION: '',
    });
  });

  it('post exports nothing secret, whatever the saved state says', async () => {
    const { host, ctx } = context({ 'role-arn': PLAN });
    host.saveState(
      'assume-role-exported',
      JSON.stringify({ AWS_SECRET_ACCESS_KEY: 'leaked', AWS_REGION: 'eu-west-1', PATH: '' }),
    );
    await post(ctx);
    expect(host.exported).toEqual({ AWS_REGION: 'eu-west-1' });
  });

  it("reaches the token service and STS through the runner's HTTP_PROXY", async () => {
    const proxy = await startProxyPeer();
    try {
      const { host, ctx } = context({ 'role-arn': PLAN }, { HTTP_PROXY: proxy.url });
      await assumeRole(ctx, realSts);
      expect(host.exported.AWS_ACCESS_KEY_ID).toMatch(/^ASIA/);
      expect(proxy.requests).toEqual([
        expect.stringMatching(/^GET http:\/\/127\.0\.0\.1:\d+\/_apis\/.*\/idtoken\?/),
        `POST ${peers.sts.url}/`,
        `POST ${peers.sts.url}/`,
      ]);
      expect(peers.sts.calls.map((c) => `${c.action} ${c.status}`)).toEqual([
        'AssumeRoleWithWebIdentity 200',
        'GetCallerIdentity 200',
      ]);
      expect(host.log.join('\n')).toContain(`through the proxy ${new URL(proxy.url).host}`);
    } finally {
      await proxy.close();
    }
  });
});
