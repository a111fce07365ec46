import type { EcsCall } from '../../src/aws/ecs-client.js';
import type { EcsSimulator } from './ecs-simulator.js';

/** An EcsCall answered in-process by the simulator (what the SDK adapter does over HTTP). */
export function simulatorCall(sim: EcsSimulator): EcsCall {
  return async (operation, input) => structuredClone(sim.handle(operation, input));
}
