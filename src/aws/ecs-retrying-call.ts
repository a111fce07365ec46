import type { Clock } from '../github/host.js';
import { retry } from '../util/retry.js';
import { classifyAwsError } from './aws-error-class.js';
import type { EcsCall } from './ecs-client.js';

/** ECS calls of the roll, with throttling and 5xx retried (the wait has its own policy). */
export function retryingEcsCall(call: EcsCall, clock: Clock, signal: AbortSignal): EcsCall {
  return (operation, input) =>
    retry(() => call(operation, input), {
      classify: (e) => (classifyAwsError(e) === 'transient' ? 'retry' : 'fail'),
      maxAttempts: 5,
      maxElapsedMs: 60_000,
      baseMs: 1000,
      sleep: (ms, s) => clock.sleep(ms, s),
      now: () => clock.now(),
      signal,
    });
}
