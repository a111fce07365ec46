import { describe, expect, it } from 'vitest';
import { ecsReadApi } from '../../src/aws/ecs-client.js';
import { diagnoseRollout } from '../../src/aws/ecs-diagnose.js';
import { rollService } from '../../src/aws/ecs-roll.js';
import { waitForRollout } from '../../src/aws/ecs-wait.js';
import { SCENARIOS, scenario, type Scenario } from '../peers/ecs-scenarios.js';
import { simulatorCall } from '../peers/ecs-sim-call.js';
import { EcsSimulator, SimulatedAwsError } from '../peers/ecs-simulator.js';
import { SimClock } from '../peers/sim-clock.js';

const INTERVAL = 15_000;

async function runScenario(
  s: Scenario,
  overrides: { timeoutMs?: number; intervalMs?: number; onPoll?: (line: string) => void } = {},
) {
  const clock = new SimClock();
  const sim = new EcsSimulator({ scenario: s, now: () => clock.now() });
  const call = simulatorCall(sim);
  const rolled = await rollService({
    call,
    clock,
    cluster: 'app',
    service: 'web',
    strategy: 'force-new-deployment',
    image: 'unused',
    log: () => undefined,
  });
  const result = await waitForRollout({
    api: ecsReadApi(call),
    clock,
    cluster: 'app',
    service: 'web',
    deploymentId: rolled.deploymentId,
    intervalMs: overrides.intervalMs ?? INTERVAL,
    timeoutMs: overrides.timeoutMs ?? 20 * 60_000,
    ...(overrides.onPoll ? { onPoll: overrides.onPoll } : {}),
  });
  const diagnosis = diagnoseRollout({
    ...(result.last?.service ? { service: result.last.service } : {}),
    deploymentId: rolled.deploymentId,
    stoppedTasks: result.last?.stoppedTasks ?? [],
    since: rolled.rolledAt,
  });
  return { sim, result, diagnosis, rolled };
}

const verdictClass = (v: string) =>
  v === 'completed' ? 'success' : v === 'access-denied' ? 'access-denied' : 'failure';

describe('waitForRollout against the scripted rollouts (simulated time)', () => {
  for (const s of SCENARIOS) {
    it(`${s.name}: ${s.expect}${s.hint ? ` with hint ${s.hint}` : ''}, within one poll of the decisive event`, async () => {
      const { result, diagnosis } = await runScenario(s);
      expect(verdictClass(result.verdict)).toBe(s.expect);
      expect(result.elapsedMs / 1000).toBeLessThanOrEqual(s.decisiveAt + INTERVAL / 1000);
      if (s.hint) expect(diagnosis.hints.map((h) => h.id)).toContain(s.hint);
    });
  }

  it('reports a circuit-breaker rollback as rolled-back, never completed, even once ours is gone', async () => {
    const lines: string[] = [];
    const { result, sim, rolled } = await runScenario(scenario('circuit-breaker-rollback'), {
      intervalMs: 200_000,
      onPoll: (line) => lines.push(line),
    });
    // With a long interval: one poll sees ours rolling out ("ECS deployment … in progress"),
    // the next the finished rollback, ours gone.
    expect(lines[0]).toMatch(/^in-progress: IN_PROGRESS/);
    expect(result.last?.service?.deployments?.map((d) => d.status)).toEqual(['PRIMARY']);
    expect(result.verdict).toBe('rolled-back');
    // Why it failed comes from this answer's event, not from ours as an earlier poll saw it.
    expect(result.detail).toMatch(
      new RegExp(
        `^deployment ${rolled.deploymentId} failed and ECS rolled the service back: ${sim.rollbackId} \\(task definition web:1, created [\\dT:-]+Z\\) is PRIMARY \\(deployment failed: tasks failed to start\\)$`,
      ),
    );
    expect(result.detail).not.toContain('in progress');
  });

  it('fetches the tasks that stopped since the last poll before reporting a failure', async () => {
    const { result } = await runScenario(scenario('missing-ssm-parameter'));
    // Ours FAILED, the circuit breaker's rollback deployment PRIMARY.
    expect(result.verdict).toBe('rolled-back');
    expect(result.detail).toContain('ECS deployment circuit breaker: tasks failed to start');
    expect(result.last?.stoppedTasks).toHaveLength(3);
  });

  it('reads a task again while it is still stopping (DEACTIVATING), so its exit code is not lost', async () => {
    // OOM-killed tasks behind a load balancer drain for a minute before they are STOPPED;
    // ListTasks STOPPED lists them from the start of the drain.
    const base = scenario('failing-health-checks');
    const draining: Scenario = {
      ...base,
      hint: 'out-of-memory',
      stops: base.stops.map((s) => ({
        ...s,
        stopCode: 'EssentialContainerExited',
        stoppedReason: 'Essential container in task exited',
        containers: [
          {
            name: 'web',
            exitCode: 137,
            reason: 'OutOfMemoryError: Container killed due to memory usage',
          },
        ],
        stoppingFor: 60,
      })),
    };
    const { result, diagnosis } = await runScenario(draining);
    expect(result.verdict).not.toBe('completed');
    const tasks = result.last?.stoppedTasks ?? [];
    expect(tasks).toHaveLength(3);
    for (const t of tasks) {
      expect(t.lastStatus).toBe('STOPPED');
      expect(t.containers?.[0]?.exitCode).toBe(137);
    }
    expect(diagnosis.hints.map((h) => h.id)).toContain('out-of-memory');
  });

  it('calls a newer deployment started during the wait "replaced", naming it', async () => {
    const clock = new SimClock();
    const sim = new EcsSimulator({ scenario: scenario('slow-success'), now: () => clock.now() });
    const call = simulatorCall(sim);
    const roll = () =>
      rollService({
        call,
        clock,
        cluster: 'app',
        service: 'web',
        strategy: 'force-new-deployment',
        image: 'unused',
        log: () => undefined,
      });
    const rolled = await roll();
    const read = ecsReadApi(call);
    let polls = 0;
    const result = await waitForRollout({
      api: {
        ...read,
        // Someone else rolls the service between our second and third poll.
        describeService: async (c, s) => {
          if (++polls === 3) await roll();
          return read.describeService(c, s);
        },
      },
      clock,
      cluster: 'app',
      service: 'web',
      deploymentId: rolled.deploymentId,
      intervalMs: INTERVAL,
      timeoutMs: 20 * 60_000,
    });
    expect(sim.oursId).not.toBe(rolled.deploymentId);
    expect(result.verdict).toBe('replaced');
    expect(result.detail).toMatch(
      new RegExp(
        `deployment ${rolled.deploymentId} is gone: a newer deployment ${sim.oursId} \\(task definition web:1, created \\d{4}-\\d\\d-\\d\\dT[\\d:]+Z\\) replaced it`,
      ),
    );
  });

  it('warns when the deployment completed with a desired count of 0', async () => {
    const zero: Scenario = {
      ...scenario('success'),
      desiredCount: 0,
      frames: [
        {
          at: 0,
          ours: { status: 'PRIMARY', rolloutState: 'IN_PROGRESS', running: 0, pending: 0 },
          old: null,
        },
        { at: 30, ours: { status: 'PRIMARY', rolloutState: 'COMPLETED', running: 0, pending: 0 } },
      ],
      stops: [],
    };
    const { result } = await runScenario(zero);
    expect(result.verdict).toBe('completed');
    expect(result.warning).toMatch(/desired count of 0: no task of it ran/);
  });

  it('ends at once on AccessDenied instead of retrying until the deadline', async () => {
    const { result } = await runScenario(scenario('access-denied-mid-wait'));
    expect(result.verdict).toBe('access-denied');
    expect(result.detail).toContain('AccessDeniedException');
    expect(result.elapsedMs).toBeLessThan(5 * 60_000);
  });

  it('retries throttling inside the poll and still completes', async () => {
    const { result, sim } = await runScenario(scenario('throttling'));
    expect(result.verdict).toBe('completed');
    expect(sim.calls.DescribeServices).toBeGreaterThan(result.polls);
  });

  it('times out at the deadline with a last poll at it, and keeps the last answer for the diagnosis', async () => {
    const { result } = await runScenario(scenario('slow-success'), { timeoutMs: 10 * 60_000 });
    expect(result.verdict).toBe('timed-out');
    expect(result.elapsedMs).toBe(10 * 60_000);
    expect(result.last?.service?.deployments?.length).toBe(2);
    // What was still pending at the last poll, not only "did not complete".
    expect(result.detail).toBe(
      `deployment ${result.last?.service?.deployments?.find((d) => d.status === 'PRIMARY')?.id} did not complete within 600s; at the last poll: IN_PROGRESS: 5/6 running, 1 pending, 2 deployment(s)`,
    );
  });

  it('waits past 10 minutes with a fixed interval (no backoff)', async () => {
    const { result } = await runScenario(scenario('slow-success'));
    expect(result.verdict).toBe('completed');
    expect(result.elapsedMs / 1000).toBeGreaterThanOrEqual(840);
    expect(result.polls).toBe(Math.ceil(840 / 15) + 1);
  });

  it('treats ExpiredTokenException and UnrecognizedClientException as credential errors', async () => {
    for (const name of ['ExpiredTokenException', 'ExpiredToken', 'UnrecognizedClientException']) {
      const clock = new SimClock();
      const result = await waitForRollout({
        api: {
          describeService: async () => {
            throw new SimulatedAwsError(
              name,
              'The security token included in the request is expired',
              400,
            );
          },
          listStoppedTaskArns: async () => [],
          describeTasks: async () => [],
        },
        clock,
        cluster: 'app',
        service: 'web',
        deploymentId: 'ecs-svc/1',
        intervalMs: INTERVAL,
        timeoutMs: 20 * 60_000,
      });
      expect(result.verdict).toBe('access-denied');
      expect(result.polls).toBe(1);
    }
  });

  it('keeps polling through 5xx until the deadline, then times out', async () => {
    const clock = new SimClock();
    const result = await waitForRollout({
      api: {
        describeService: async () => {
          throw new SimulatedAwsError('ServerException', 'internal error', 500);
        },
        listStoppedTaskArns: async () => [],
        describeTasks: async () => [],
      },
      clock,
      cluster: 'app',
      service: 'web',
      deploymentId: 'ecs-svc/1',
      intervalMs: INTERVAL,
      timeoutMs: 2 * 60_000,
    });
    expect(result.verdict).toBe('timed-out');
    expect(result.apiCalls).toBeGreaterThan(result.polls);
  });

  it('stops when cancelled', async () => {
    const clock = new SimClock();
    const controller = new AbortController();
    const sim = new EcsSimulator({ scenario: scenario('slow-success'), now: () => clock.now() });
    const call = simulatorCall(sim);
    const rolled = await rollService({
      call,
      clock,
      cluster: 'app',
      service: 'web',
      strategy: 'force-new-deployment',
      image: 'x',
      log: () => undefined,
    });
    let polls = 0;
    const result = await waitForRollout({
      api: ecsReadApi(call),
      clock,
      cluster: 'app',
      service: 'web',
      deploymentId: rolled.deploymentId,
      intervalMs: INTERVAL,
      timeoutMs: 20 * 60_000,
      signal: controller.signal,
      onPoll: () => {
        if (++polls === 3) controller.abort();
      },
    });
    expect(result.verdict).toBe('cancelled');
  });
});
