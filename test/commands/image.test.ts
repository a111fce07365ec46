import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryHost } from '../../src/github/memory-host.js';
import { runCommand } from '../../src/run-command.js';
import { startEcrPeer, type EcrPeer } from '../peers/ecr-peer.js';
import { startEcsPeer, type EcsPeer } from '../peers/ecs-peer.js';
import { scenario, type Scenario } from '../peers/ecs-scenarios.js';
import { SimClock } from '../peers/sim-clock.js';

let peer: EcsPeer | undefined;
let ecr: EcrPeer | undefined;
afterEach(async () => {
  await peer?.close();
  await ecr?.close();
  peer = undefined;
  ecr = undefined;
});

const ECR_HOST = '123456789012.dkr.ecr.us-east-1.amazonaws.com';
const STORED = `sha256:${'c'.repeat(64)}`;

/** An ECR peer whose repository app holds tag 1 (and nothing else). */
async function ecrWithTagOne(): Promise<EcrPeer> {
  return startEcrPeer({
    url: `https://${ECR_HOST}`,
    username: 'AWS',
    password: 'unused',
    manifestDigest: async (repository, tag) =>
      repository === 'app' && tag === '1' ? STORED : undefined,
  });
}

/** Cancels the job (as the runner's SIGINT does) while the peer answers `operation`. */
function cancelOn(ecs: EcsPeer, h: MemoryHost, operation: string): void {
  const handle = ecs.sim.handle.bind(ecs.sim);
  ecs.sim.handle = (op, input) => {
    if (op === operation) h.controller.abort();
    return handle(op, input);
  };
}

const warnings = (h: MemoryHost) =>
  h.annotations.filter((a) => a.level === 'warning').map((a) => a.message);

function host(
  inputs: Record<string, string>,
  ecsUrl: string,
  extraEnv: Record<string, string> = {},
): MemoryHost {
  return new MemoryHost(
    {
      command: 'image',
      'ecs-cluster': 'app',
      'ecs-service': 'web',
      image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1',
      ...inputs,
    },
    {
      env: {
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'secret',
        AWS_ENDPOINT_URL_ECS: ecsUrl,
        ...extraEnv,
      },
    },
  );
}

describe('image command (in-process, ECS simulator over HTTP, simulated time)', () => {
  it('roll without wait: force-new-deployment, outputs the deployment', async () => {
    peer = await startEcsPeer(scenario('success'));
    const h = host({ wait: 'false' }, peer.url);
    expect(await runCommand(h, 'main', new SimClock())).toBe(true);
    expect(peer.sim.requests.find((r) => r.operation === 'UpdateService')?.input).toMatchObject({
      forceNewDeployment: true,
    });
    expect(h.outputs['deployment-id']).toBe(peer.sim.oursId);
    expect(h.outputs['rollout-state']).toBe('not-waited');
  });

  it('wait without roll: waits for the current PRIMARY deployment', async () => {
    peer = await startEcsPeer(scenario('success'));
    const h = host({ roll: 'false' }, peer.url);
    expect(await runCommand(h, 'main', new SimClock())).toBe(true);
    expect(peer.sim.calls.UpdateService).toBeUndefined();
    expect(h.outputs['rollout-state']).toBe('completed');
  });

  it('a service that does not exist is one line naming the service and cluster', async () => {
    peer = await startEcsPeer(scenario('success'));
    const h = host({ 'ecs-service': 'nope' }, peer.url);
    expect(await runCommand(h, 'main', new SimClock())).toBe(false);
    expect(h.failed).toContain("ECS service 'nope' was not found in cluster 'app'");
  });

  it('times out with the diagnosis after the deadline (a last poll at it)', async () => {
    peer = await startEcsPeer(scenario('slow-success'));
    const h = host({ 'wait-timeout': '5m' }, peer.url);
    expect(await runCommand(h, 'main', new SimClock())).toBe(false);
    expect(h.outputs['rollout-state']).toBe('timed-out');
    expect(h.outputs['wait-seconds']).toBe('300');
    expect(h.summary).toContain('Rollout timed out');
    expect(h.summary).toContain('| ecs-svc/');
  });

  it('picks the container by name for a digest-pinned revision, and refuses a name that is not there', async () => {
    peer = await startEcsPeer(scenario('success'), { sidecar: true });
    const digest = `sha256:${'b'.repeat(64)}`;
    const bad = host(
      { strategy: 'task-definition', image: `r.example/app@${digest}`, 'container-name': 'api' },
      peer.url,
    );
    expect(await runCommand(bad, 'main', new SimClock())).toBe(false);
    expect(bad.failed).toContain(
      `Input 'container-name' has value "api": task definition web:1 has containers web, log-router`,
    );
    const several = host(
      { strategy: 'task-definition', image: `r.example/app@${digest}` },
      peer.url,
    );
    expect(await runCommand(several, 'main', new SimClock())).toBe(false);
    expect(several.failed).toContain("set input 'container-name'");
  });

  it('task-definition with an ECR image by tag pins the digest ECR stores for it (DescribeImages)', async () => {
    peer = await startEcsPeer(scenario('success'));
    ecr = await ecrWithTagOne();
    const h = host({ strategy: 'task-definition', wait: 'false' }, peer.url, {
      AWS_ENDPOINT_URL_ECR: ecr.url,
    });
    expect(await runCommand(h, 'main', new SimClock()), h.failed).toBe(true);
    expect(ecr.describeImages[0]).toMatchObject({
      repositoryName: 'app',
      registryId: '123456789012',
      imageIds: [{ imageTag: '1' }],
    });
    const registered = peer.sim.requests.find((r) => r.operation === 'RegisterTaskDefinition')
      ?.input as { containerDefinitions: { image: string }[] };
    expect(registered.containerDefinitions[0]?.image).toBe(`${ECR_HOST}/app@${STORED}`);
    expect(h.outputs['image-digest']).toBe(STORED);
    expect(warnings(h).join('\n')).not.toContain('not pinned by digest');
  });

  it('task-definition with a tag ECR does not have fails before anything is rolled', async () => {
    peer = await startEcsPeer(scenario('success'));
    ecr = await ecrWithTagOne();
    const h = host(
      { strategy: 'task-definition', image: `${ECR_HOST}/app:nope`, wait: 'false' },
      peer.url,
      { AWS_ENDPOINT_URL_ECR: ecr.url },
    );
    expect(await runCommand(h, 'main', new SimClock())).toBe(false);
    expect(h.failed).toContain(
      `Input 'image' has value "${ECR_HOST}/app:nope": ECR has no tag nope in repository app`,
    );
    expect(peer.sim.calls.RegisterTaskDefinition).toBeUndefined();
    expect(peer.sim.calls.UpdateService).toBeUndefined();
  });

  it('warns when force-new-deployment would restart a task definition that names another image', async () => {
    peer = await startEcsPeer(scenario('success'));
    const other = host({ wait: 'false' }, peer.url);
    expect(await runCommand(other, 'main', new SimClock())).toBe(true);
    expect(warnings(other).join('\n')).toMatch(
      /force-new-deployment restarts task definition web:1 as it is: container web runs .*app:latest, not .*app:1/,
    );

    await peer.close();
    peer = await startEcsPeer(scenario('success'));
    const same = host({ wait: 'false', image: `${ECR_HOST}/app:latest` }, peer.url);
    expect(await runCommand(same, 'main', new SimClock())).toBe(true);
    expect(warnings(same).join('\n')).not.toContain('force-new-deployment restarts');
  });

  it('a cancel during the first DescribeServices starts nothing; the failure says so', async () => {
    peer = await startEcsPeer(scenario('success'));
    const h = host({ strategy: 'task-definition', image: `r.example/app@${STORED}` }, peer.url);
    cancelOn(peer, h, 'DescribeServices');
    expect(await runCommand(h, 'main', new SimClock())).toBe(false);
    expect(h.failed).toBe(
      'Rolling ECS service web was cancelled before anything was changed: no deployment was started.',
    );
    expect(peer.sim.calls.RegisterTaskDefinition).toBeUndefined();
    expect(peer.sim.calls.UpdateService).toBeUndefined();
    expect(h.outputs['rollout-state']).toBe('cancelled');
    expect(h.outputs['deployment-id']).toBeUndefined();
  });

  it('a cancel while UpdateService runs: the wait ends cancelled and names the deployment that goes on', async () => {
    peer = await startEcsPeer(scenario('success'));
    const h = host({}, peer.url);
    cancelOn(peer, h, 'UpdateService');
    expect(await runCommand(h, 'main', new SimClock())).toBe(false);
    const id = peer.sim.oursId;
    expect(id).toBeDefined();
    expect(h.outputs['deployment-id']).toBe(id);
    expect(h.outputs['rollout-state']).toBe('cancelled');
    expect(h.failed).toContain(
      `the job was cancelled, but deployment ${id}, which this run started, goes on in ECS`,
    );
    expect(h.summary).toContain(`deployment ${id}, which this run started, goes on in ECS`);
  });

  it('without wait, a cancel while UpdateService runs fails the step naming the deployment', async () => {
    peer = await startEcsPeer(scenario('success'));
    const h = host({ wait: 'false' }, peer.url);
    cancelOn(peer, h, 'UpdateService');
    expect(await runCommand(h, 'main', new SimClock())).toBe(false);
    expect(h.outputs['rollout-state']).toBe('cancelled');
    expect(h.failed).toContain(`deployment ${peer.sim.oursId}, which this run started, goes on`);
  });

  it('warns (and says so in the summary) when the rollout completed with a desired count of 0', async () => {
    const idle = { status: 'PRIMARY' as const, running: 0, pending: 0 };
    const zero: Scenario = {
      ...scenario('success'),
      desiredCount: 0,
      frames: [
        { at: 0, ours: { ...idle, rolloutState: 'IN_PROGRESS' }, old: null },
        { at: 30, ours: { ...idle, rolloutState: 'COMPLETED' } },
      ],
      stops: [],
    };
    peer = await startEcsPeer(zero);
    const h = host({}, peer.url);
    expect(await runCommand(h, 'main', new SimClock()), h.failed).toBe(true);
    expect(h.outputs['rollout-state']).toBe('completed');
    expect(warnings(h).join('\n')).toMatch(
      /completed with a desired count of 0: no task of it ran, so the image was never started/,
    );
    expect(h.summary).toMatch(
      /> \[!WARNING\]\n> Deployment ecs-svc\/\d+ completed with a desired count of 0/,
    );
  });

  it('force-new-deployment refuses a misspelt container-name, listing the containers', async () => {
    peer = await startEcsPeer(scenario('success'), { sidecar: true });
    const h = host({ 'container-name': 'wbe', wait: 'false' }, peer.url);
    expect(await runCommand(h, 'main', new SimClock())).toBe(false);
    expect(h.failed).toBe(
      `Input 'container-name' has value "wbe": task definition web:1 has containers web, log-router.`,
    );
    expect(peer.sim.calls.UpdateService).toBeUndefined();
  });
});

describe('image command: ECR login in the registry region (fake podman, ECR peer)', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('logs in with a token of the registry region (eu-west-1) although AWS_REGION is us-east-1', async () => {
    dir = mkdtempSync(join(tmpdir(), 'image-ecr-region-'));
    const digest = `sha256:${'d'.repeat(64)}`;
    writeFileSync(
      join(dir, 'podman'),
      `#!/bin/sh\ncase "$1" in\n  version) echo 4.3.1;;\n  login) cat >/dev/null; echo "$@" >> "${join(dir, 'logins')}";;\n  push) printf '${digest}' > "$3";;\nesac\nexit 0\n`,
    );
    chmodSync(join(dir, 'podman'), 0o755);
    const eu = '123456789012.dkr.ecr.eu-west-1.amazonaws.com';
    ecr = await startEcrPeer({ url: `https://${eu}`, username: 'AWS', password: 'pw' });
    const h = new MemoryHost(
      {
        command: 'image',
        'ecr-repository': `${eu}/app`,
        build: 'false',
        roll: 'false',
        wait: 'false',
        'container-cli': 'podman',
        tags: '1',
      },
      {
        env: {
          PATH: `${dir}:/usr/bin:/bin`,
          AWS_REGION: 'us-east-1',
          AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
          AWS_SECRET_ACCESS_KEY: 'secret',
          AWS_ENDPOINT_URL_ECR: ecr.url,
        },
        workspace: dir,
      },
    );
    expect(await runCommand(h, 'main', new SimClock()), h.failed).toBe(true);
    expect(ecr.signedFor).toEqual(['GetAuthorizationToken eu-west-1']);
    expect(h.outputs['image-uri']).toBe(`${eu}/app:1`);
    expect(h.outputs['image-digest']).toBe(digest);
  });
});
