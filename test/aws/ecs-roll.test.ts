import { describe, expect, it } from 'vitest';
import { ecsReadApi, type EcsCall } from '../../src/aws/ecs-client.js';
import { rollService, type RollStrategy } from '../../src/aws/ecs-roll.js';
import { isConfigurationError } from '../../src/util/errors.js';
import { scenario } from '../peers/ecs-scenarios.js';
import { simulatorCall } from '../peers/ecs-sim-call.js';
import { EcsSimulator } from '../peers/ecs-simulator.js';
import { SimClock } from '../peers/sim-clock.js';

describe('rollService', () => {
  it('refuses a service deployed by CodeDeploy or an external controller, before any update', async () => {
    for (const type of ['CODE_DEPLOY', 'EXTERNAL']) {
      const clock = new SimClock();
      const sim = new EcsSimulator({ scenario: scenario('success'), now: () => clock.now() });
      const inner = simulatorCall(sim);
      const call: EcsCall = async (operation, input) => {
        const out = await inner(operation, input);
        if (operation === 'DescribeServices') out.services[0].deploymentController = { type };
        return out;
      };
      const error = await rollService({
        call,
        clock,
        cluster: 'app',
        service: 'web',
        strategy: 'force-new-deployment',
        image: 'x',
        log: () => undefined,
      }).catch((e: unknown) => e);
      expect(isConfigurationError(error)).toBe(true);
      expect((error as Error).message).toContain(`uses the ${type} deployment controller`);
      expect(sim.calls.UpdateService).toBeUndefined();
    }
  });

  it('force-new-deployment refuses a container-name the task definition does not have, before any update', async () => {
    for (const [sidecar, expectImages] of [
      [true, ['r.example/app:1']],
      [false, ['r.example/app:1']],
      [true, []],
    ] as const) {
      const clock = new SimClock();
      const sim = new EcsSimulator({
        scenario: scenario('success'),
        now: () => clock.now(),
        sidecar,
      });
      const warnings: string[] = [];
      const error = await rollService({
        call: simulatorCall(sim),
        clock,
        cluster: 'app',
        service: 'web',
        strategy: 'force-new-deployment',
        image: 'r.example/app:1',
        containerName: 'wbe',
        expectImages: [...expectImages],
        log: () => undefined,
        warn: (m) => warnings.push(m),
      }).catch((e: unknown) => e);
      expect(isConfigurationError(error)).toBe(true);
      expect((error as Error).message).toBe(
        `Input 'container-name' has value "wbe": task definition web:1 has containers ${sidecar ? 'web, log-router' : 'web'}.`,
      );
      expect(warnings).toEqual([]);
      expect(sim.calls.UpdateService).toBeUndefined();
    }
  });

  it('force-new-deployment with the right container-name checks that container', async () => {
    const clock = new SimClock();
    const sim = new EcsSimulator({
      scenario: scenario('success'),
      now: () => clock.now(),
      sidecar: true,
    });
    const warnings: string[] = [];
    const rolled = await rollService({
      call: simulatorCall(sim),
      clock,
      cluster: 'app',
      service: 'web',
      strategy: 'force-new-deployment',
      image: 'r.example/app:1',
      containerName: 'log-router',
      expectImages: ['r.example/app:1'],
      log: () => undefined,
      warn: (m) => warnings.push(m),
    });
    expect(rolled.deploymentId).toBe(sim.oursId);
    expect(warnings.join('\n')).toMatch(
      /container log-router runs .*aws-for-fluent-bit:stable, not r\.example\/app:1/,
    );
  });
});

/** The simulator behind an EcsCall that cancels the job when `cancelOn` is called. */
function cancellingSetup(scenarioName: string, cancelOn: string) {
  const clock = new SimClock();
  const sim = new EcsSimulator({ scenario: scenario(scenarioName), now: () => clock.now() });
  const inner = simulatorCall(sim);
  const controller = new AbortController();
  const call: EcsCall = async (operation, input) => {
    const out = await inner(operation, input);
    if (operation === cancelOn) controller.abort();
    return out;
  };
  const roll = (strategy: RollStrategy) =>
    rollService({
      call,
      clock,
      cluster: 'app',
      service: 'web',
      strategy,
      image: `r.example/app@sha256:${'a'.repeat(64)}`,
      log: () => undefined,
      signal: controller.signal,
    });
  return { clock, sim, roll };
}

describe('rollService and the job being cancelled', () => {
  for (const strategy of ['force-new-deployment', 'task-definition'] as const) {
    it(`${strategy}: a cancel during the first DescribeServices registers nothing and starts no deployment`, async () => {
      const { sim, roll } = cancellingSetup('success', 'DescribeServices');
      const error = await roll(strategy).catch((e: unknown) => e);
      expect(isConfigurationError(error)).toBe(true);
      expect((error as Error).message).toBe(
        'Rolling ECS service web was cancelled before anything was changed: no deployment was started.',
      );
      expect(sim.calls.RegisterTaskDefinition).toBeUndefined();
      expect(sim.calls.UpdateService).toBeUndefined();
      expect(sim.oursId).toBeUndefined();
    });
  }

  it('task-definition: a cancel during RegisterTaskDefinition names the unused revision and does not update the service', async () => {
    const { sim, roll } = cancellingSetup('success', 'RegisterTaskDefinition');
    const error = await roll('task-definition').catch((e: unknown) => e);
    expect(isConfigurationError(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /^Rolling ECS service web was cancelled after task definition arn:aws:ecs:\S+:task-definition\/web:2 was registered: the service was not updated/,
    );
    expect(sim.calls.UpdateService).toBeUndefined();
  });

  it('Express: a cancel during DescribeExpressGatewayService sends no UpdateExpressGatewayService', async () => {
    const { sim, roll } = cancellingSetup('express-canary', 'DescribeExpressGatewayService');
    const error = await roll('task-definition').catch((e: unknown) => e);
    expect((error as Error).message).toContain('cancelled before anything was changed');
    expect(sim.calls.UpdateExpressGatewayService).toBeUndefined();
  });

  it('Express: a cancel while the new deployment has not appeared stops polling and says the update went out', async () => {
    const clock = new SimClock();
    const sim = new EcsSimulator({ scenario: scenario('express-canary'), now: () => clock.now() });
    const inner = simulatorCall(sim);
    const controller = new AbortController();
    let beforeUpdate: unknown;
    let updated = false;
    let describesAfterUpdate = 0;
    const call: EcsCall = async (operation, input) => {
      if (operation === 'DescribeServices' && updated) {
        // The new deployment is slow to appear: DescribeServices still shows the old one.
        describesAfterUpdate++;
        controller.abort();
        return structuredClone(beforeUpdate);
      }
      const out = await inner(operation, input);
      if (operation === 'DescribeServices') beforeUpdate = out;
      if (operation === 'UpdateExpressGatewayService') updated = true;
      return out;
    };
    const started = clock.now();
    const error = await rollService({
      call,
      clock,
      cluster: 'app',
      service: 'web',
      strategy: 'task-definition',
      image: `r.example/app@sha256:${'a'.repeat(64)}`,
      log: () => undefined,
      signal: controller.signal,
    }).catch((e: unknown) => e);
    expect(isConfigurationError(error), String(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /^The job was cancelled after UpdateExpressGatewayService started a new deployment of ECS service web \(task definition \S+web:2\): it goes on in ECS/,
    );
    expect(describesAfterUpdate).toBe(1);
    expect(clock.now() - started).toBeLessThan(2000);
  });
});

describe('ecsReadApi.listStoppedTaskArns', () => {
  it('follows nextToken for a few pages (ListTasks cannot filter by startedBy and service at once)', async () => {
    const requests: Record<string, unknown>[] = [];
    const pages: Record<string, { taskArns: string[]; nextToken?: string }> = {
      '': { taskArns: ['a', 'b'], nextToken: 't1' },
      t1: { taskArns: ['c'], nextToken: 't2' },
      t2: { taskArns: ['d'], nextToken: 't3' },
      t3: { taskArns: ['never'] },
    };
    const call: EcsCall = async (_operation, input) => {
      requests.push(input);
      return pages[String(input.nextToken ?? '')];
    };
    expect(await ecsReadApi(call).listStoppedTaskArns('app', 'web')).toEqual(['a', 'b', 'c', 'd']);
    expect(requests[0]).toMatchObject({ serviceName: 'web', desiredStatus: 'STOPPED' });
    expect(requests[0]).not.toHaveProperty('startedBy');
  });
});
