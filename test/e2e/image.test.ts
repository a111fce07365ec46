import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEcrPeer, type EcrPeer } from '../peers/ecr-peer.js';
import { startEcsPeer } from '../peers/ecs-peer.js';
import { scenario } from '../peers/ecs-scenarios.js';
import type { LocalRegistry } from '../peers/local-registry.js';
import { busyboxContext, type PodmanSandbox } from '../peers/podman-env.js';
import { podmanRegistryAvailable, startPodmanRegistry } from '../peers/podman-registry.js';
import { distDir } from './dist-dir.js';
import { runAction } from './run-action.js';

const bundle = join(distDir, 'main', 'index.js');
const real = podmanRegistryAvailable();
if (!existsSync(bundle)) console.log(`skipping image e2e: no bundle at ${bundle} (npm run build)`);
else if (!real)
  console.log('skipping image e2e: podman, busybox-static or docker-registry is not installed');

const SHA = '0123456789abcdef0123456789abcdef01234567';

describe.skipIf(!existsSync(bundle) || !real)(
  'image command as a process (podman, real registry, ECR and ECS peers)',
  () => {
    let registry: LocalRegistry;
    let ecr: EcrPeer;
    let sandbox: PodmanSandbox;
    let stop: (() => Promise<void>) | undefined;
    let workspace: string;

    beforeAll(async () => {
      ({ registry, sandbox, stop } = await startPodmanRegistry());
      ecr = await startEcrPeer({
        url: `http://${registry.host}`,
        username: registry.username,
        password: registry.password,
        manifestDigest: (repository, tag) => registry.manifestDigest(repository, tag),
      });
      workspace = mkdtempSync(join(tmpdir(), 'image-e2e-ws-'));
      busyboxContext(workspace, 'v1');
      mkdirSync(join(workspace, 'config'));
      writeFileSync(
        join(workspace, 'config', 'staging.json'),
        JSON.stringify({
          ecr_endpoint: registry.host,
          ecr_repository_name: 'app/web',
          ecs_cluster_name: 'app',
          ecs_service_name: 'web',
        }),
      );
    });
    afterAll(async () => {
      await ecr?.close();
      await stop?.();
      if (workspace) rmSync(workspace, { recursive: true, force: true });
    });

    function env(ecsUrl: string): Record<string, string | undefined> {
      return {
        ...sandbox.env,
        GITHUB_WORKSPACE: workspace,
        GITHUB_SHA: SHA,
        GITHUB_REPOSITORY: 'acme/app',
        GITHUB_RUN_ID: '42',
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        AWS_ENDPOINT_URL_ECR: ecr.url,
        AWS_ENDPOINT_URL_ECS: ecsUrl,
        // The peer's time moves with each call: polls need not be a second apart.
        TOFU_AWS_ACTION_MIN_POLL_INTERVAL_MS: '50',
      };
    }

    it('builds with podman, pushes with the ECR-issued credentials, rolls a digest-pinned revision, waits: green; post logs out', async () => {
      const ecs = await startEcsPeer(scenario('success'), { sidecar: true });
      try {
        const run = await runAction({
          inputs: {
            command: 'image',
            'config-file': 'config/staging.json',
            context: 'app',
            'container-cli': 'podman',
            strategy: 'task-definition',
            'container-name': 'web',
            'build-args': 'GREETING=hello',
            'poll-interval': '50ms',
          },
          env: env(ecs.url),
        });
        expect(run.stderr + run.stdout, run.stdout).not.toContain('::error');
        expect(run.exitCode).toBe(0);
        const digest = run.outputs['image-digest'] ?? '';
        expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
        // Both tags are in the real registry, with the digest the action reported.
        expect(await registry.manifestDigest('app/web', SHA)).toBe(digest);
        expect(await registry.manifestDigest('app/web', 'latest')).toBe(digest);
        expect(run.outputs['image-uri']).toBe(`${registry.host}/app/web:${SHA}`);
        expect(ecr.calls).toContain('GetAuthorizationToken');
        // The password was masked before use and never appeared in the log.
        expect(run.stdout).toContain(`::add-mask::${registry.password}`);
        expect(run.stdout.replace(`::add-mask::${registry.password}`, '')).not.toContain(
          registry.password,
        );
        // The new revision pins the pushed digest in the named container only.
        const registered = ecs.sim.requests.find((r) => r.operation === 'RegisterTaskDefinition')
          ?.input as {
          containerDefinitions: { name: string; image: string }[];
        };
        expect(registered.containerDefinitions.find((c) => c.name === 'web')?.image).toBe(
          `${registry.host}/app/web@${digest}`,
        );
        expect(
          registered.containerDefinitions.find((c) => c.name === 'log-router')?.image,
        ).toContain('fluent-bit');
        expect(run.outputs['task-definition-arn']).toMatch(/task-definition\/web:2$/);
        expect(run.outputs['deployment-id']).toBe(ecs.sim.oursId);
        expect(run.outputs['rollout-state']).toBe('completed');
        expect(run.summary).toContain('Rollout completed: web');
        expect(readFileSync(sandbox.authFile, 'utf8')).toContain(registry.host);

        const post = await runAction({ phase: 'post', files: run.files, env: env(ecs.url) });
        expect(post.exitCode).toBe(0);
        expect(readFileSync(sandbox.authFile, 'utf8')).not.toContain(registry.host);
      } finally {
        await ecs.close();
      }
    });

    it('pins an existing image given by tag to the digest the registry stores (ECR DescribeImages)', async () => {
      // The first test pushed app/web:<sha> to the real registry.
      const stored = await registry.manifestDigest('app/web', SHA);
      expect(stored, 'the build-and-push test runs first').toMatch(/^sha256:/);
      const ecs = await startEcsPeer(scenario('success'));
      try {
        const run = await runAction({
          inputs: {
            command: 'image',
            'config-file': 'config/staging.json',
            image: `${registry.host}/app/web:${SHA}`,
            strategy: 'task-definition',
            'poll-interval': '50ms',
          },
          env: env(ecs.url),
        });
        expect(run.exitCode, run.stdout).toBe(0);
        expect(ecr.calls).toContain('DescribeImages');
        const registered = ecs.sim.requests.find((r) => r.operation === 'RegisterTaskDefinition')
          ?.input as { containerDefinitions: { image: string }[] };
        expect(registered.containerDefinitions[0]?.image).toBe(
          `${registry.host}/app/web@${stored}`,
        );
        expect(run.outputs['image-digest']).toBe(stored);
      } finally {
        await ecs.close();
      }
    });

    it('rolls an Express gateway service through UpdateExpressGatewayService and waits out its canary', async () => {
      const ecs = await startEcsPeer(scenario('express-canary'));
      try {
        const image = `${registry.host}/app/web@sha256:${'e'.repeat(64)}`;
        const run = await runAction({
          inputs: {
            command: 'image',
            'config-file': 'config/staging.json',
            image,
            strategy: 'task-definition',
            'poll-interval': '50ms',
          },
          env: env(ecs.url),
        });
        expect(run.exitCode, run.stdout).toBe(0);
        const update = ecs.sim.requests.find((r) => r.operation === 'UpdateExpressGatewayService')
          ?.input as {
          primaryContainer: { image: string; secrets?: unknown[] };
        };
        expect(update.primaryContainer.image).toBe(image);
        expect(update.primaryContainer.secrets).toHaveLength(1);
        expect(ecs.sim.calls.UpdateService).toBeUndefined();
        expect(run.outputs['rollout-state']).toBe('completed');
        expect(run.summary).toContain('Express gateway service');
      } finally {
        await ecs.close();
      }
    });

    const failing: [string, string, RegExp][] = [
      ['circuit-breaker-rollback', 'tasks-failing', /app-exited.*exited with code 1/],
      ['image-pull-failure', 'tasks-failing', /image-not-found/],
      ['wrong-platform', 'tasks-failing', /wrong-platform.*linux\/amd64/],
      ['missing-ssm-parameter', 'rolled-back', /secret-missing.*\/app\/staging\/DATABASE_URL/],
      ['failing-health-checks', 'tasks-failing', /elb-health-check.*health-check path/],
      ['access-denied-mid-wait', 'access-denied', /AccessDeniedException/],
    ];
    for (const [name, state, hint] of failing) {
      it(`${name}: exit 1, rollout-state ${state}, the hint in the summary`, async () => {
        const ecs = await startEcsPeer(scenario(name));
        try {
          const run = await runAction({
            inputs: {
              command: 'image',
              'config-file': 'config/staging.json',
              image: `${registry.host}/app/web:${SHA}`,
              'poll-interval': '50ms',
            },
            env: env(ecs.url),
          });
          expect(run.exitCode).toBe(1);
          expect(run.outputs['rollout-state']).toBe(state);
          expect(run.summary).toMatch(hint);
          expect(run.stdout).toMatch(/::error::Rollout of ECS service web/);
        } finally {
          await ecs.close();
        }
      });
    }
  },
);

describe.skipIf(!existsSync(bundle))('image command as a process, cancelled (ECS peer)', () => {
  it('SIGINT during the first DescribeServices: no revision, no UpdateService, the step says cancelled', async () => {
    const ecs = await startEcsPeer(scenario('success'));
    try {
      let child: import('node:child_process').ChildProcess | undefined;
      const handle = ecs.sim.handle.bind(ecs.sim);
      let first = true;
      // As the runner does on a cancel: SIGINT while the first call is answered (a little late;
      // the peer awaits a promised answer).
      ecs.sim.handle = (operation, input) => {
        if (!first) return handle(operation, input);
        first = false;
        child?.kill('SIGINT');
        return new Promise((resolve) =>
          setTimeout(() => resolve(handle(operation, input)), 300),
        ) as never;
      };
      const run = await runAction({
        inputs: {
          command: 'image',
          'ecs-cluster': 'app',
          'ecs-service': 'web',
          image: `r.example/app/web@sha256:${'a'.repeat(64)}`,
          strategy: 'task-definition',
        },
        env: {
          AWS_REGION: 'us-east-1',
          AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
          AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
          AWS_ENDPOINT_URL_ECS: ecs.url,
        },
        onSpawn: (c) => (child = c),
      });
      expect(run.exitCode, run.stdout + run.stderr).toBe(1);
      expect(run.stdout).toContain(
        '::error::Rolling ECS service web was cancelled before anything was changed: no deployment was started.',
      );
      expect(ecs.sim.calls.RegisterTaskDefinition).toBeUndefined();
      expect(ecs.sim.calls.UpdateService).toBeUndefined();
      expect(run.outputs['rollout-state']).toBe('cancelled');
    } finally {
      await ecs.close();
    }
  });
});
