import type { EcsDeployment, EcsService, EcsTask } from './ecs-model.js';

/** Tasks of our deployment stopping this many times for the same reason end the wait. */
export const REPEATED_STOP_LIMIT = 3;

export type FailureKind =
  /** Our deployment's rolloutState is FAILED (the circuit breaker gave up). */
  | 'deployment-failed'
  /** Another deployment became PRIMARY: a rollback (circuit breaker) or someone else's deploy. */
  | 'rolled-back'
  /** Our deployment is no longer listed. */
  | 'deployment-gone'
  /** Tasks of our deployment keep stopping for the same reason. */
  | 'tasks-failing'
  /** The service is missing, draining or inactive. */
  | 'service-gone';

export type Decision =
  | { state: 'in-progress'; detail: string }
  | { state: 'success'; detail: string }
  | { state: 'failure'; kind: FailureKind; detail: string };

export interface WaitObservation {
  service?: EcsService;
  /** DescribeServices' failures[].reason (MISSING) when the service was not returned. */
  failureReason?: string;
  /** Stopped tasks started by our deployment, as far as we have seen them. */
  stoppedTasks: EcsTask[];
}

/**
 * A stopped task's cause without the parts that differ per task (IDs, ARNs, numbers), so
 * that tasks failing for the same reason share one signature.
 */
export function stopSignature(task: EcsTask): string {
  const containers = (task.containers ?? [])
    .filter((c) => c.reason || (c.exitCode !== undefined && c.exitCode !== 0))
    .map((c) => `${c.name}:${c.exitCode ?? ''}:${c.reason ?? ''}`)
    .join(';');
  return `${task.stopCode ?? ''}|${task.stoppedReason ?? ''}|${containers}`
    .replace(/arn:aws[\w-]*:[^\s)]+/g, '<arn>')
    .replace(/\b[0-9a-f]{32}\b/g, '<id>')
    .replace(/\d+/g, '#');
}

/** The largest group of our stopped tasks with one signature. */
export function repeatedStops(tasks: readonly EcsTask[]): { count: number; example?: EcsTask } {
  const groups = new Map<string, EcsTask[]>();
  for (const task of tasks) {
    const key = stopSignature(task);
    groups.set(key, [...(groups.get(key) ?? []), task]);
  }
  let best: EcsTask[] = [];
  for (const group of groups.values()) if (group.length > best.length) best = group;
  return { count: best.length, example: best[0] };
}

function counts(d: EcsDeployment): string {
  return `${d.runningCount ?? 0}/${d.desiredCount ?? 0} running, ${d.pendingCount ?? 0} pending`;
}

/**
 * The whole verdict of one poll, as a pure function of what ECS said. Success only when our
 * deployment is PRIMARY and COMPLETED (or, without rollout states, the only deployment with
 * every task running); failure as soon as ECS says so or a rollback or a crash loop shows.
 */
export function decideRollout(deploymentId: string, observation: WaitObservation): Decision {
  const { service } = observation;
  if (!service) {
    return {
      state: 'failure',
      kind: 'service-gone',
      detail: `the service was not found (${observation.failureReason ?? 'MISSING'})`,
    };
  }
  if (service.status && service.status !== 'ACTIVE') {
    return { state: 'failure', kind: 'service-gone', detail: `the service is ${service.status}` };
  }
  const deployments = service.deployments ?? [];
  const ours = deployments.find((d) => d.id === deploymentId);
  const primary = deployments.find((d) => d.status === 'PRIMARY');
  if (!ours) {
    return {
      state: 'failure',
      kind: primary ? 'rolled-back' : 'deployment-gone',
      detail: primary
        ? `deployment ${deploymentId} is gone and ${primary.id} is now PRIMARY (rolled back or replaced)`
        : `deployment ${deploymentId} is no longer listed`,
    };
  }
  if (ours.rolloutState === 'FAILED') {
    return {
      state: 'failure',
      kind: 'deployment-failed',
      detail: ours.rolloutStateReason || `deployment ${deploymentId} failed`,
    };
  }
  if (ours.status !== 'PRIMARY') {
    return {
      state: 'failure',
      kind: 'rolled-back',
      detail: `deployment ${deploymentId} is ${ours.status ?? 'not PRIMARY'}; ${primary?.id ?? 'another deployment'} is PRIMARY (rolled back or replaced)`,
    };
  }
  if (ours.rolloutState === 'COMPLETED') {
    return { state: 'success', detail: `deployment ${deploymentId} completed (${counts(ours)})` };
  }
  if (
    ours.rolloutState === undefined &&
    deployments.length === 1 &&
    (ours.runningCount ?? 0) === (ours.desiredCount ?? 0) &&
    (ours.pendingCount ?? 0) === 0
  ) {
    return {
      state: 'success',
      detail: `deployment ${deploymentId} is the only one (${counts(ours)})`,
    };
  }
  const stops = repeatedStops(observation.stoppedTasks);
  if (stops.count >= REPEATED_STOP_LIMIT && (ours.runningCount ?? 0) < (ours.desiredCount ?? 0)) {
    const t = stops.example;
    return {
      state: 'failure',
      kind: 'tasks-failing',
      detail: `${stops.count} tasks of deployment ${deploymentId} stopped for the same reason: ${t?.stoppedReason ?? t?.stopCode ?? 'unknown'}`,
    };
  }
  return {
    state: 'in-progress',
    detail: `${ours.rolloutState ?? 'rolling out'}: ${counts(ours)}, ${deployments.length} deployment(s)`,
  };
}
