import { startAwsJsonPeer, type AwsJsonPeer } from './aws-json-peer.js';
import type { Scenario } from './ecs-scenarios.js';
import { EcsSimulator } from './ecs-simulator.js';

export interface EcsPeer extends AwsJsonPeer {
  sim: EcsSimulator;
}

/**
 * The ECS simulator over HTTP, for the bundle run as a process (AWS_ENDPOINT_URL_ECS).
 * Simulated time is driven by the calls, not the wall clock: every DescribeServices moves
 * the scenario on by `secondsPerPoll`, so the run is the same on a fast or a slow machine.
 */
export async function startEcsPeer(
  scenario: Scenario,
  options: { secondsPerPoll?: number; image?: string; sidecar?: boolean } = {},
): Promise<EcsPeer> {
  let simulatedMs = 0;
  const sim = new EcsSimulator({
    scenario,
    now: () => simulatedMs,
    ...(options.image ? { image: options.image } : {}),
    ...(options.sidecar ? { sidecar: true } : {}),
  });
  const step = (options.secondsPerPoll ?? 15) * 1000;
  const peer = await startAwsJsonPeer('AmazonEC2ContainerServiceV20141113', (operation, input) => {
    if (operation === 'DescribeServices' && sim.rolledAt !== undefined) simulatedMs += step;
    return sim.handle(operation, input);
  });
  return { ...peer, sim };
}
