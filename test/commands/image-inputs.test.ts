import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readImageSettings } from '../../src/commands/image-inputs.js';
import { readGitHubContext } from '../../src/github/context.js';
import { Inputs } from '../../src/github/inputs.js';
import { MemoryHost } from '../../src/github/memory-host.js';
import { runCommand } from '../../src/run-command.js';

let ws: string;
beforeAll(() => {
  ws = mkdtempSync(join(tmpdir(), 'image-inputs-'));
  writeFileSync(join(ws, 'Dockerfile'), 'FROM scratch\n');
  writeFileSync(
    join(ws, 'staging.json'),
    JSON.stringify({
      ecr_endpoint: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
      ecr_repository_name: 'app/web',
      ecs_cluster_name: 'app',
      ecs_service_name: 'web',
    }),
  );
  writeFileSync(
    join(ws, 'partial.json'),
    JSON.stringify({
      ecr_endpoint: 'r.example',
      ecr_repository_name: 'app',
      ecs_cluster_name: 'app',
    }),
  );
});
afterAll(() => rmSync(ws, { recursive: true, force: true }));

function settings(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const host = new MemoryHost(inputs, { workspace: ws, env });
  return readImageSettings(
    new Inputs(host),
    host,
    readGitHubContext({ GITHUB_SHA: 'a'.repeat(40) }),
  );
}

async function failure(inputs: Record<string, string>): Promise<string> {
  const host = new MemoryHost(
    { command: 'image', ...inputs },
    { workspace: ws, env: { AWS_REGION: 'us-east-1' } },
  );
  expect(await runCommand(host, 'main')).toBe(false);
  return host.failed ?? '';
}

describe('image inputs', () => {
  it('reads the deploy config written by output, with defaults from the design', () => {
    const s = settings({ 'config-file': 'staging.json' });
    expect(s).toMatchObject({
      cli: 'docker',
      registry: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
      repositoryName: 'app/web',
      cluster: 'app',
      service: 'web',
      platform: 'linux/amd64',
      tags: ['a'.repeat(40), 'latest'],
      strategy: 'force-new-deployment',
      waitTimeoutMs: 20 * 60_000,
      pollIntervalMs: 15_000,
      build: true,
      push: true,
      roll: true,
      wait: true,
    });
  });

  it('lets explicit inputs win over the config file and splits a repository URI', () => {
    const s = settings({
      'config-file': 'staging.json',
      'ecs-service': 'api',
      'ecr-repository': '1.dkr.ecr.us-east-1.amazonaws.com/other',
    });
    expect(s).toMatchObject({
      service: 'api',
      cluster: 'app',
      registry: '1.dkr.ecr.us-east-1.amazonaws.com',
      repositoryName: 'other',
    });
  });

  it('deploys an existing image without build or push', () => {
    const s = settings({
      image: 'r.example/app@sha256:' + 'a'.repeat(64),
      'ecs-cluster': 'c',
      'ecs-service': 's',
    });
    expect(s).toMatchObject({ build: false, push: false, roll: true });
  });

  it('names both ways when no cluster/service is given', async () => {
    const message = await failure({ 'ecr-repository': 'app' });
    expect(message).toContain("'ecs-cluster' and 'ecs-service'");
    expect(message).toContain("'config-file' with keys ecs_cluster_name and ecs_service_name");
  });

  it('names the key a config file is missing', async () => {
    const message = await failure({ 'config-file': 'partial.json' });
    expect(message).toContain("no key 'ecs_service_name'");
  });

  it('rejects a config file that does not exist', async () => {
    expect(await failure({ 'config-file': 'nope.json' })).toMatch(
      /Input 'config-file' has value "nope.json"/,
    );
  });

  it('rejects an ECR repository name ECR would refuse, and a build context that is not a directory', async () => {
    const base = { 'ecs-cluster': 'c', 'ecs-service': 's' };
    for (const repo of ['app//web', 'app/web/', 'App/web', 'app/-web', 'app..web'])
      expect(await failure({ ...base, 'ecr-repository': repo })).toMatch(
        new RegExp(
          `^Input 'ecr-repository' has value ${JSON.stringify(repo)}: expected a repository name`,
        ),
      );
    expect(settings({ ...base, 'ecr-repository': 'app/web-1_x.y' }).repositoryName).toBe(
      'app/web-1_x.y',
    );
    expect(
      await failure({
        ...base,
        'ecr-repository': 'app',
        context: 'nope',
        dockerfile: 'Dockerfile',
      }),
    ).toMatch(/^Input 'context' has value "nope": no such directory/);
  });

  it('rejects an unknown container-cli or strategy, naming what is allowed', async () => {
    expect(await failure({ 'config-file': 'staging.json', 'container-cli': 'nerdctl' })).toBe(
      `Input 'container-cli' has value "nerdctl": allowed values are docker, podman.`,
    );
    expect(await failure({ 'config-file': 'staging.json', strategy: 'blue-green' })).toContain(
      'allowed values are force-new-deployment, task-definition',
    );
  });

  it('rejects a platform that is not os/arch', async () => {
    for (const p of ['amd64', 'linux', 'linux/amd64,arm64', 'Linux/AMD64'])
      expect(await failure({ 'config-file': 'staging.json', platform: p })).toContain(
        `Input 'platform' has value ${JSON.stringify(p)}`,
      );
  });

  it('takes several platforms only where one push carries them all (docker buildx --push)', async () => {
    const two = 'linux/amd64, linux/arm64';
    expect(settings({ 'config-file': 'staging.json', platform: two }).platform).toBe(
      'linux/amd64,linux/arm64',
    );
    for (const extra of [{ 'container-cli': 'podman' }, { push: 'false' }] as Record<
      string,
      string
    >[])
      expect(await failure({ 'config-file': 'staging.json', platform: two, ...extra })).toContain(
        `Input 'platform' has value "${two}": several platforms need container-cli docker with push: true`,
      );
  });

  it('rejects bad tags, build-args and durations', async () => {
    expect(await failure({ 'config-file': 'staging.json', tags: 'ok, -bad' })).toContain(
      "Input 'tags'",
    );
    expect(await failure({ 'config-file': 'staging.json', 'build-args': 'NOEQUALS' })).toContain(
      "Input 'build-args'",
    );
    expect(await failure({ 'config-file': 'staging.json', 'wait-timeout': 'soon' })).toContain(
      "Input 'wait-timeout'",
    );
  });

  it('polls at most once a second', async () => {
    for (const fast of ['1ms', '0.5s'])
      expect(await failure({ 'config-file': 'staging.json', 'poll-interval': fast })).toBe(
        `Input 'poll-interval' has value "${fast}": expected 1s or more (each poll is a DescribeServices call).`,
      );
    expect(settings({ 'config-file': 'staging.json', 'poll-interval': '1s' }).pollIntervalMs).toBe(
      1000,
    );
    // The end-to-end tests' ECS peer moves its time with each call; they lower the floor.
    expect(
      settings(
        { 'config-file': 'staging.json', 'poll-interval': '50ms' },
        { TOFU_AWS_ACTION_MIN_POLL_INTERVAL_MS: '50' },
      ).pollIntervalMs,
    ).toBe(50);
  });

  it('rejects an aws-region that is not a region, from the input or the environment', async () => {
    expect(await failure({ 'config-file': 'staging.json', 'aws-region': 'us east 1' })).toBe(
      `Input 'aws-region' has value "us east 1": expected an AWS region such as us-east-1, eu-west-2, cn-north-1 or us-gov-west-1.`,
    );
    expect(() => settings({ 'config-file': 'staging.json' }, { AWS_REGION: 'EU-WEST-1' })).toThrow(
      /^Input 'aws-region \(from AWS_REGION\)' has value "EU-WEST-1": expected an AWS region/,
    );
    expect(
      settings({ 'config-file': 'staging.json', 'aws-region': 'cn-north-1', push: 'false' }).region,
    ).toBe('cn-north-1');
  });

  it('refuses an ECR registry of another partition than the region (its credentials do not work there)', () => {
    expect(() => settings({ 'config-file': 'staging.json', 'aws-region': 'cn-north-1' })).toThrow(
      `Input 'config-file (ecr_endpoint)' has value "123456789012.dkr.ecr.eu-west-1.amazonaws.com": its registry is in eu-west-1 (partition aws), but the run's region cn-north-1 (aws-region / AWS_REGION) is in partition aws-cn`,
    );
    const china = '123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/app';
    expect(() =>
      settings(
        { 'ecr-repository': china, roll: 'false', wait: 'false' },
        { AWS_REGION: 'us-east-1' },
      ),
    ).toThrow(
      /^Input 'ecr-repository' has value ".*": its registry is in cn-north-1 \(partition aws-cn\)/,
    );
    expect(() =>
      settings(
        {
          image: `${china}:1`,
          strategy: 'task-definition',
          'ecs-cluster': 'a',
          'ecs-service': 'b',
        },
        { AWS_REGION: 'us-gov-west-1' },
      ),
    ).toThrow(/^Input 'image' has value ".*": its registry is in cn-north-1/);
    // Same partition, another region: fine (the token is asked for in the registry's region).
    const eu = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/app';
    expect(
      settings({ 'ecr-repository': eu, roll: 'false', wait: 'false' }, { AWS_REGION: 'us-east-1' })
        .registry,
    ).toBe('123456789012.dkr.ecr.eu-west-1.amazonaws.com');
  });

  it('says which container CLI is missing and how to install it', async () => {
    const host = new MemoryHost(
      { command: 'image', 'config-file': 'staging.json', 'container-cli': 'podman' },
      { workspace: ws, env: { AWS_REGION: 'us-east-1', PATH: ws } },
    );
    expect(await runCommand(host, 'main')).toBe(false);
    expect(host.failed).toMatch(/podman is not installed \(not found on PATH\): install podman/);
  });

  it('refuses build/push together with an existing image', async () => {
    expect(
      await failure({ image: 'r/app:1', push: 'true', 'ecs-cluster': 'c', 'ecs-service': 's' }),
    ).toContain("Input 'image'");
  });
});
