import { describe, expect, it } from 'vitest';
import { ecsReadApi, type EcsCall } from '../../src/aws/ecs-client.js';
import { rollService } from '../../src/aws/ecs-roll.js';
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
