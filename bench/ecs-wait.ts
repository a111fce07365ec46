import { ecsReadApi } from '../src/aws/ecs-client.js';
import { rollService } from '../src/aws/ecs-roll.js';
import { waitForRollout } from '../src/aws/ecs-wait.js';
import { SCENARIOS, type Scenario } from '../test/peers/ecs-scenarios.js';
import { simulatorCall } from '../test/peers/ecs-sim-call.js';
import { EcsSimulator } from '../test/peers/ecs-simulator.js';
import { SimClock } from '../test/peers/sim-clock.js';
import { seededRandom, withVirtualTime } from './virtual-time.js';

/**
 * The ECS wait against the SDK's waitUntilServicesStable on the same scripted rollouts
 * (test/peers/ecs-scenarios.ts), both in simulated time against the in-process simulator:
 * ours through its injectable clock, the SDK waiter under a virtual setTimeout/Date.now
 * (bench/virtual-time.ts; its jitter seeded). Both get the same 20-minute deadline; ours
 * polls every 15 s, the SDK waiter uses its defaults (minDelay 15 s, maxDelay 600 s).
 *
 * right: success scenarios must end in success; failure scenarios in any failure (a timeout
 * counts, however late); the AccessDenied scenario must end with the credentials error.
 * secondsAfterDecisiveEvent: verdict time minus the scenario's decisive moment (ECS's own
 * verdict, or the third identical task stop where ECS never gives one); negative means the
 * verdict came before it (our repeated-stop rule beats the circuit breaker).
 */
export interface WaiterRun {
  verdict: string;
  right: boolean;
  secondsAfterDecisiveEvent: number;
  apiCalls: number;
}

export interface EcsWaitBenchRow {
  scenario: string;
  expected: Scenario['expect'];
  decisiveAt: number;
  ours: WaiterRun;
  sdk: WaiterRun;
}

const INTERVAL_MS = 15_000;
const TIMEOUT_MS = 20 * 60_000;
const START = Date.UTC(2026, 0, 15, 12, 0, 0);

function isRight(expected: Scenario['expect'], verdict: string): boolean {
  if (expected === 'success') return verdict === 'success';
  if (expected === 'access-denied') return verdict === 'access-denied';
  return verdict !== 'success' && verdict !== 'access-denied';
}

function totalCalls(sim: EcsSimulator, except: string[]): number {
  return Object.entries(sim.calls)
    .filter(([op]) => !except.includes(op))
    .reduce((n, [, c]) => n + c, 0);
}

async function runOurs(s: Scenario): Promise<WaiterRun> {
  const clock = new SimClock(START);
  const sim = new EcsSimulator({ scenario: s, now: () => clock.now() });
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
  const before = totalCalls(sim, []);
  const result = await waitForRollout({
    api: ecsReadApi(call),
    clock,
    cluster: 'app',
    service: 'web',
    deploymentId: rolled.deploymentId,
    intervalMs: INTERVAL_MS,
    timeoutMs: TIMEOUT_MS,
  });
  const verdict =
    result.verdict === 'completed'
      ? 'success'
      : result.verdict === 'access-denied'
        ? 'access-denied'
        : result.verdict === 'timed-out'
          ? 'timeout'
          : `failure (${result.verdict})`;
  return {
    verdict,
    right: isRight(s.expect, verdict),
    secondsAfterDecisiveEvent: Math.round(result.elapsedMs / 1000 - s.decisiveAt),
    apiCalls: totalCalls(sim, []) - before,
  };
}

async function runSdk(s: Scenario, seed: number): Promise<WaiterRun> {
  const { waitForServicesStable } = await import('@aws-sdk/client-ecs');
  return withVirtualTime(START, seededRandom(seed), async () => {
    const sim = new EcsSimulator({ scenario: s, now: () => Date.now() });
    sim.handle('UpdateService', { cluster: 'app', service: 'web', forceNewDeployment: true });
    const before = totalCalls(sim, []);
    const client = {
      send: async (command: { input: Record<string, unknown> }) =>
        structuredClone(sim.handle('DescribeServices', command.input)),
      config: {},
    };
    const started = Date.now();
    const result = await waitForServicesStable(
      { client: client as never, maxWaitTime: TIMEOUT_MS / 1000 },
      { cluster: 'app', services: ['web'] },
    );
    const elapsed = (Date.now() - started) / 1000;
    const state = String(result.state);
    const verdict =
      state === 'SUCCESS'
        ? 'success'
        : state === 'FAILURE'
          ? 'failure'
          : state === 'TIMEOUT'
            ? 'timeout'
            : state.toLowerCase();
    return {
      verdict,
      right: isRight(s.expect, verdict),
      secondsAfterDecisiveEvent: Math.round(elapsed - s.decisiveAt),
      apiCalls: totalCalls(sim, []) - before,
    };
  });
}

export async function benchEcsWait(): Promise<EcsWaitBenchRow[]> {
  const rows: EcsWaitBenchRow[] = [];
  for (const [i, s] of SCENARIOS.entries()) {
    rows.push({
      scenario: s.name,
      expected: s.expect,
      decisiveAt: s.decisiveAt,
      ours: await runOurs(s),
      sdk: await runSdk(s, 1000 + i),
    });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await benchEcsWait();
  console.log(
    '| scenario | expected | ours | right | s after decisive | calls | sdk | right | s after decisive | calls |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(
      `| ${r.scenario} | ${r.expected} | ${r.ours.verdict} | ${r.ours.right ? 'yes' : 'NO'} | ${r.ours.secondsAfterDecisiveEvent} | ${r.ours.apiCalls} | ${r.sdk.verdict} | ${r.sdk.right ? 'yes' : 'NO'} | ${r.sdk.secondsAfterDecisiveEvent} | ${r.sdk.apiCalls} |`,
    );
  }
}
