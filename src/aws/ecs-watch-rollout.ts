import type { Clock, Host } from '../github/host.js';
import { formatDuration } from '../util/duration.js';
import { ConfigurationError } from '../util/errors.js';
import { awsFailure } from './aws-failure.js';
import type { EcsReadApi } from './ecs-model.js';
import { startedBeforeCancel, type RollResult } from './ecs-roll.js';
import { waitForRollout, type WaitResult } from './ecs-wait.js';

/** Express canary rollouts bake twice for 3 minutes; shorter waits cannot see them finish. */
const EXPRESS_MIN_WAIT_MS = 10 * 60_000;

export interface WatchRolloutOptions {
  host: Pick<Host, 'group' | 'info' | 'warning' | 'cancellation'>;
  clock: Clock;
  read: EcsReadApi;
  cluster: string;
  service: string;
  /** The deployment this run started; without it, the service's current PRIMARY one. */
  rolled?: RollResult;
  timeoutMs: number;
  intervalMs: number;
}

export interface WatchedRollout {
  deploymentId: string;
  express: boolean;
  /** Events and stopped tasks from then on belong to this rollout. */
  since: Date;
  result: WaitResult;
}

/** Waits for the deployment to finish (or fail, or time out). */
export async function watchRollout(options: WatchRolloutOptions): Promise<WatchedRollout> {
  const { host, clock, read, cluster, service, rolled } = options;
  const since = rolled?.rolledAt ?? new Date(clock.now());
  const { deploymentId, express } = rolled ?? (await primaryDeployment(read, cluster, service));
  if (express && options.timeoutMs < EXPRESS_MIN_WAIT_MS) {
    host.warning(
      `${service} is an Express gateway service: its canary rollout bakes for about 6 minutes; wait-timeout ${formatDuration(options.timeoutMs)} may end before it completes.`,
    );
  }
  const result = await host.group(`Wait for ${deploymentId}`, () =>
    waitForRollout({
      api: read,
      clock,
      cluster,
      service,
      deploymentId,
      intervalMs: options.intervalMs,
      timeoutMs: options.timeoutMs,
      signal: host.cancellation,
      onPoll: (line) => host.info(line),
    }),
  );
  // A cancelled wait does not stop the deployment this run started: say so, naming it.
  const cancelledAfterRoll = rolled && result.verdict === 'cancelled';
  return {
    deploymentId,
    express,
    since,
    result: cancelledAfterRoll ? { ...result, detail: startedBeforeCancel(deploymentId) } : result,
  };
}

/** Wait without roll: the service's current PRIMARY deployment. */
async function primaryDeployment(
  read: EcsReadApi,
  cluster: string,
  service: string,
): Promise<{ deploymentId: string; express: boolean }> {
  const lookup = await read.describeService(cluster, service).catch((e: unknown) => {
    throw awsFailure('ECS DescribeServices', e);
  });
  const deploymentId = lookup.service?.deployments?.find((d) => d.status === 'PRIMARY')?.id;
  if (!deploymentId) {
    throw new ConfigurationError(
      `ECS service '${service}' was not found in cluster '${cluster}' or has no PRIMARY deployment.`,
    );
  }
  return { deploymentId, express: lookup.service?.resourceManagementType === 'ECS' };
}
