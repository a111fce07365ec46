import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startProxyPeer } from '../peers/http-proxy-peer.js';
import { startOidcPeer, type OidcPeer } from '../peers/oidc-peer.js';
import { startStsPeer, type StsPeer } from '../peers/sts-peer.js';
import { distDir } from './dist-dir.js';
import { parseFileCommands, runAction } from './run-action.js';

// assume-role as the runner runs it: dist/main (and dist/post) as processes, the OIDC token
// from the OIDC peer, STS at AWS_ENDPOINT_URL_STS = the STS peer.

const PLAN = 'arn:aws:iam::111111111111:role/tofu-plan';
const DEPLOY = 'arn:aws:iam::111111111111:role/tofu-deploy';
const SPOKE = 'arn:aws:iam::222222222222:role/spoke-deploy';
const LONELY = 'arn:aws:iam::333333333333:role/trusts-nobody';
const PR_CLAIMS = { repository: 'octo-org/infra', event_name: 'pull_request' };

let oidc: OidcPeer;
let sts: StsPeer;

beforeAll(async () => {
  if (!existsSync(join(distDir, 'main', 'index.js'))) {
    throw new Error(
      `no bundle at ${distDir}: build one (node scripts/build.mjs DIR) and set TOFU_AWS_ACTION_DIST`,
    );
  }
  oidc = await startOidcPeer({ claims: PR_CLAIMS });
  sts = await startStsPeer({
    providers: [oidc.issuer],
    roles: [
      { arn: PLAN, subjects: ['repo:octo-org/infra:pull_request'] },
      { arn: DEPLOY, subjects: ['repo:octo-org/infra:environment:production'] },
      { arn: SPOKE, trustedRoles: [DEPLOY] },
      { arn: LONELY, trustedRoles: [] },
    ],
  });
});

afterAll(async () => {
  await oidc?.close();
  await sts?.close();
});

beforeEach(() => {
  oidc.setClaims(PR_CLAIMS);
  sts.reset();
  oidc.failTokenRequests(0);
});

function runnerEnv(withToken = true): Record<string, string | undefined> {
  return {
    ...(withToken ? oidc.env : {}),
    AWS_ENDPOINT_URL_STS: sts.url,
    AWS_CONFIG_FILE: '/nonexistent/aws-config',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
    GITHUB_REPOSITORY: 'octo-org/infra',
    GITHUB_RUN_ID: '9876543210',
    GITHUB_RUN_ATTEMPT: '1',
  };
}

const assume = (inputs: Record<string, string>, withToken = true) =>
  runAction({
    inputs: { command: 'assume-role', 'aws-region': 'eu-west-1', ...inputs },
    env: runnerEnv(withToken),
  });

/** `::error::` lines of a run. */
const errors = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::error'));

/**
 * Runs main with stdout, GITHUB_ENV and GITHUB_OUTPUT all appending to ONE file, so that the
 * file holds every write in the order it happened.
 */
async function runInterleaved(inputs: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'assume-role-order-'));
  const combined = join(dir, 'combined');
  const state = join(dir, 'state');
  writeFileSync(combined, '');
  const fd = openSync(combined, 'a');
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: combined,
    GITHUB_ENV: combined,
    GITHUB_STATE: state,
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    RUNNER_TEMP: dir,
    ...runnerEnv(),
    INPUT_COMMAND: 'assume-role',
    'INPUT_AWS-REGION': 'eu-west-1',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn(process.execPath, [join(distDir, 'main', 'index.js')], {
    cwd: dir,
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { exitCode, text: readFileSync(combined, 'utf8'), dir, state };
}

describe('assume-role end to end', () => {
  it('exports the credentials to GITHUB_ENV, each value masked before it is written anywhere', async () => {
    const run = await runInterleaved({
      'role-arn': PLAN,
      'output-credentials': 'true',
      'mask-account-id': 'true',
    });
    expect(run.exitCode, run.text).toBe(0);
    const written = parseFileCommands(run.text);
    const secrets = {
      AWS_ACCESS_KEY_ID: written.AWS_ACCESS_KEY_ID,
      AWS_SECRET_ACCESS_KEY: written.AWS_SECRET_ACCESS_KEY,
      AWS_SESSION_TOKEN: written.AWS_SESSION_TOKEN,
      'aws-account-id': written['aws-account-id'],
    };
    expect(written.AWS_ACCESS_KEY_ID).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(written['aws-secret-access-key']).toBe(written.AWS_SECRET_ACCESS_KEY);
    expect(written['aws-session-token']).toBe(written.AWS_SESSION_TOKEN);
    expect(written.AWS_REGION).toBe('eu-west-1');
    expect(written.AWS_DEFAULT_REGION).toBe('eu-west-1');
    expect(written['aws-account-id']).toBe('111111111111');
    expect(written['authenticated-arn']).toBe(
      'arn:aws:sts::111111111111:assumed-role/tofu-plan/GitHubActions-infra-9876543210',
    );
    expect(Date.parse(written.expiration ?? '')).toBeGreaterThan(Date.now() + 50 * 60_000);
    // The OIDC token never leaves the process, but it is masked the moment it arrives.
    const token = oidc.issued.at(-1) as string;
    expect(run.text).toContain(`::add-mask::${token}`);
    for (const [name, value] of Object.entries(secrets)) {
      expect(value, name).toBeTruthy();
      const mask = run.text.indexOf(`::add-mask::${value}`);
      expect(mask, `${name} is masked`).toBeGreaterThanOrEqual(0);
      expect(run.text.indexOf(value as string), `${name} appears before its mask`).toBe(
        mask + '::add-mask::'.length,
      );
    }

    // The post step exports the same names again, empty.
    const post = await runAction({
      phase: 'post',
      files: {
        output: join(run.dir, 'post-output'),
        env: join(run.dir, 'post-env'),
        state: run.state,
        summary: join(run.dir, 'summary.md'),
        path: join(run.dir, 'path'),
        temp: run.dir,
      },
      env: runnerEnv(),
    });
    expect(post.exitCode, post.stdout).toBe(0);
    expect(post.env).toEqual({
      AWS_ACCESS_KEY_ID: '',
      AWS_SECRET_ACCESS_KEY: '',
      AWS_SESSION_TOKEN: '',
      AWS_REGION: '',
      AWS_DEFAULT_REGION: '',
    });
  });

  it('fails on the first attempt when the trust policy refuses the sub, printing the claims', async () => {
    oidc.setClaims({ repository: 'octo-org/infra', event_name: 'push', ref: 'refs/heads/main' });
    const run = await assume({ 'role-arn': PLAN });
    expect(run.exitCode).toBe(1);
    expect(sts.calls.map((c) => `${c.action} ${c.code ?? c.status}`)).toEqual([
      'AssumeRoleWithWebIdentity AccessDenied',
    ]);
    expect(run.stdout).toContain('sub: repo:octo-org/infra:ref:refs/heads/main');
    expect(run.stdout).toContain('aud: sts.amazonaws.com');
    expect(run.stdout).toContain('repository: octo-org/infra');
    expect(run.stdout).toContain('ref: refs/heads/main');
    expect(run.stdout).toContain(
      'job_workflow_ref: octo-org/infra/.github/workflows/tofu.yml@refs/heads/main',
    );
    expect(run.stdout).toContain('repo:octo-org/infra:pull_request');
    expect(run.stdout).toContain('repo:octo-org/infra:environment:NAME');
    expect(errors(run.stdout)).toHaveLength(1);
    expect(errors(run.stdout)[0]).toMatch(/AccessDenied.*trust policy/);
    expect(run.env).toEqual({});
  });

  it('retries two throttles, then succeeds', async () => {
    sts.fail('Throttling', 2, 'AssumeRoleWithWebIdentity');
    const run = await assume({ 'role-arn': PLAN });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(sts.calls.map((c) => `${c.action} ${c.code ?? c.status}`)).toEqual([
      'AssumeRoleWithWebIdentity Throttling',
      'AssumeRoleWithWebIdentity Throttling',
      'AssumeRoleWithWebIdentity 200',
      'GetCallerIdentity 200',
    ]);
    expect(run.env.AWS_ACCESS_KEY_ID).toMatch(/^ASIA/);
  });

  it('retries a 500, IDPCommunicationError and a failed token fetch', async () => {
    oidc.failTokenRequests(1, 503);
    sts.fail('IDPCommunicationError', 1, 'AssumeRoleWithWebIdentity');
    sts.fail('InternalFailure', 1, 'GetCallerIdentity');
    const run = await assume({ 'role-arn': PLAN });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(sts.calls.map((c) => `${c.action} ${c.code ?? c.status}`)).toEqual([
      'AssumeRoleWithWebIdentity IDPCommunicationError',
      'AssumeRoleWithWebIdentity 200',
      'GetCallerIdentity InternalFailure',
      'GetCallerIdentity 200',
    ]);
    expect(run.outputs['aws-account-id']).toBe('111111111111');
  });

  it("goes through a self-hosted runner's proxy (HTTP_PROXY), honouring NO_PROXY", async () => {
    const proxy = await startProxyPeer();
    try {
      const run = await runAction({
        inputs: { command: 'assume-role', 'aws-region': 'eu-west-1', 'role-arn': PLAN },
        env: { ...runnerEnv(), HTTP_PROXY: proxy.url, http_proxy: proxy.url },
      });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(run.env.AWS_ACCESS_KEY_ID).toMatch(/^ASIA/);
      expect(proxy.requests).toEqual([
        `GET ${oidc.env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=sts.amazonaws.com`,
        `POST ${sts.url}/`,
        `POST ${sts.url}/`,
      ]);
      expect(run.stdout).toContain(`through the proxy ${new URL(proxy.url).host}`);

      proxy.requests.length = 0;
      const direct = await runAction({
        inputs: { command: 'assume-role', 'aws-region': 'eu-west-1', 'role-arn': PLAN },
        env: { ...runnerEnv(), HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' },
      });
      expect(direct.exitCode, direct.stdout).toBe(0);
      expect(proxy.requests).toEqual([]);
    } finally {
      await proxy.close();
    }
  });

  it('explains the missing id-token permission when the runner gives no token', async () => {
    const run = await assume({ 'role-arn': PLAN }, false);
    expect(run.exitCode).toBe(1);
    expect(errors(run.stdout)).toHaveLength(1);
    expect(errors(run.stdout)[0]).toContain('permissions: id-token: write');
    expect(errors(run.stdout)[0]).toContain('forks never get a token');
    expect(sts.calls).toEqual([]);
  });

  it('names the fork when a fork pull request has no token', async () => {
    const run = await runAction({
      inputs: { command: 'assume-role', 'aws-region': 'eu-west-1', 'role-arn': PLAN },
      env: runnerEnv(false),
      event: {
        name: 'pull_request',
        payload: {
          pull_request: {
            number: 7,
            head: { sha: 'abc', repo: { full_name: 'mallory/infra' } },
            base: { repo: { full_name: 'octo-org/infra' } },
          },
        },
      },
    });
    expect(run.exitCode).toBe(1);
    expect(errors(run.stdout)[0]).toContain('from the fork mallory/infra');
  });

  it('chains two roles and exports the second one', async () => {
    oidc.setClaims({ repository: 'octo-org/infra', event_name: 'push', environment: 'production' });
    const run = await assume({
      'role-arn': DEPLOY,
      'role-chain': SPOKE,
      'allowed-account-ids': '222222222222',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(sts.calls.map((c) => [c.action, c.roleArn, c.caller].filter(Boolean).join(' '))).toEqual(
      [
        `AssumeRoleWithWebIdentity ${DEPLOY}`,
        `AssumeRole ${SPOKE} arn:aws:sts::111111111111:assumed-role/tofu-deploy/GitHubActions-infra-9876543210`,
        'GetCallerIdentity arn:aws:sts::222222222222:assumed-role/spoke-deploy/GitHubActions-infra-9876543210',
      ],
    );
    expect(run.outputs['aws-account-id']).toBe('222222222222');
    // The intermediate credentials were masked too.
    expect(run.stdout.match(/::add-mask::ASIA/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('says which policies a refused chain step needs', async () => {
    oidc.setClaims({ repository: 'octo-org/infra', event_name: 'push', environment: 'production' });
    const run = await assume({ 'role-arn': DEPLOY, 'role-chain': LONELY });
    expect(run.exitCode).toBe(1);
    const [error] = errors(run.stdout);
    expect(error).toContain('sts:AssumeRole');
    expect(error).toContain('sts:TagSession');
    expect(error).toContain(`trust policy of ${LONELY} must trust ${DEPLOY}`);
    expect(run.env).toEqual({});
  });

  it('refuses an account outside allowed-account-ids before anything is assumed or exported', async () => {
    const before = oidc.counts.tokenRequests;
    const run = await assume({
      'role-arn': PLAN,
      'allowed-account-ids': '999999999999, 888888888888',
    });
    expect(run.exitCode).toBe(1);
    expect(errors(run.stdout)[0]).toContain('111111111111 is not in allowed-account-ids');
    expect(run.env).toEqual({});
    expect(run.outputs).toEqual({});
    expect(sts.calls).toEqual([]);
    expect(oidc.counts.tokenRequests).toBe(before);
  });

  it.each([
    ['role-arn', { 'role-arn': 'arn:aws:iam::1111:role/x' }],
    ['role-arn', { 'role-arn': 'arn:aws:iam::111111111111:user/alice' }],
    ['aws-region', { 'role-arn': PLAN, 'aws-region': 'europe-1' }],
    ['aws-region', { 'role-arn': PLAN, 'aws-region': 'cn-north-1' }],
    ['role-duration', { 'role-arn': PLAN, 'role-duration': '5m' }],
    ['role-duration', { 'role-arn': PLAN, 'role-duration': '13h' }],
    ['role-session-name', { 'role-arn': PLAN, 'role-session-name': 'has spaces' }],
  ])('rejects a bad %s with one line, exit 1 and no stack', async (input, inputs) => {
    const run = await assume(inputs);
    expect(run.exitCode).toBe(1);
    const lines = errors(run.stdout);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^::error::Input '${input}' has value "`));
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/^\s+at /m);
    expect(sts.calls).toEqual([]);
    expect(run.env).toEqual({});
  });
});
