import type { EcsDeployment, EcsService, EcsTask } from './ecs-model.js';

/** Tasks of our deployment stopping this many times for the same reason end the wait. */
export const REPEATED_STOP_LIMIT = 3;

export type FailureKind =
  /** Our deployment's rolloutState is FAILED and nothing replaced it (no rollback). */
  | 'deployment-failed'
  /** Ours failed and the circuit breaker rolled the service back to the previous deployment. */
  | 'rolled-back'
  /** A newer deployment (someone else's roll) became PRIMARY while ours was rolling out. */
  | 'replaced'
  /** Our deployment is no longer listed and none is PRIMARY. */
  | 'deployment-gone'
  /** Tasks of our deployment keep stopping for the same reason. */
  | 'tasks-failing'
  /** The service is missing, draining or inactive. */
  | 'service-gone';

export type Decision =
  | { state: 'in-progress'; detail: string }
  /** `warning`: it completed, but something the user should know (desired count 0). */
  | { state: 'success'; detail: string; warning?: string }
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
    .replace(/\b(request[ _-]?id:?\s*)[^\s,;)]+/gi, '$1<id>')
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<id>')
    .replace(/\b[0-9a-f]{12,}\b/gi, '<id>')
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

/** `app:9, created 2025-01-01T00:00:00Z`: what names a deployment for the user. */
function describeDeployment(d: EcsDeployment): string {
  const parts = [
    d.taskDefinition ? `task definition ${d.taskDefinition.split('/').pop()}` : '',
    d.createdAt ? `created ${d.createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z')}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/** The newest service event saying our deployment failed, from `deployment failed` on. */
function failedEvent(deploymentId: string, service: EcsService): string | undefined {
  const prefix = `(deployment ${deploymentId}) `;
  const marker = `${prefix}deployment failed`.toLowerCase();
  // ECS lists a service's events newest first.
  for (const { message } of service.events ?? []) {
    const at = message?.toLowerCase().indexOf(marker) ?? -1;
    if (message && at >= 0) return message.slice(at + prefix.length);
  }
  return undefined;
}

/**
 * The failure once another deployment is PRIMARY: a rollback of ours, or a newer deployment.
 * `ours` is this poll's listing of our deployment, undefined once ECS no longer lists it. The
 * wait ends at the first poll where ours is FAILED or not PRIMARY, so an earlier poll never
 * knows more: a rollback of a deployment that is gone shows only in the PRIMARY deployment's
 * reason (circuit breaker rolling back) or in an event saying ours failed.
 */
function supersededBy(
  deploymentId: string,
  service: EcsService,
  primary: EcsDeployment,
  ours: EcsDeployment | undefined,
): Decision {
  const failed = ours?.rolloutState === 'FAILED';
  const event = failedEvent(deploymentId, service);
  if (failed || event !== undefined || /rolling back/i.test(primary.rolloutStateReason ?? '')) {
    // Only a FAILED deployment's own reason says why it failed (an ACTIVE one's is "in progress").
    const reason = ((failed && ours.rolloutStateReason) || event)?.trim().replace(/\.$/, '');
    return {
      state: 'failure',
      kind: 'rolled-back',
      detail: `deployment ${deploymentId} failed and ECS rolled the service back: ${primary.id ?? 'another deployment'}${describeDeployment(primary)} is PRIMARY${reason ? ` (${reason})` : ''}`,
    };
  }
  const where = ours ? `is ${ours.status ?? 'no longer PRIMARY'}` : 'is gone';
  return {
    state: 'failure',
    kind: 'replaced',
    detail: `deployment ${deploymentId} ${where}: a newer deployment ${primary.id ?? ''}${describeDeployment(primary)} replaced it and is PRIMARY (another roll of the service started during this one)`,
  };
}

/** A completed deployment that was told to run no task: the image never started. */
function zeroDesiredWarning(deploymentId: string, ours: EcsDeployment): string | undefined {
  if ((ours.desiredCount ?? 0) > 0) return undefined;
  return `Deployment ${deploymentId} completed with a desired count of 0: no task of it ran, so the image was never started (the service is scaled to 0). Set the service's desired count above 0 to run it.`;
}

/**
 * The whole verdict of one poll, as a pure function of what ECS said. Success only when our
 * deployment is PRIMARY and COMPLETED (or, without rollout states, the only deployment with
 * every task running); failure as soon as ECS says so or a rollback, a newer deployment or a
 * crash loop shows.
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
  const primary = deployments.find((d) => d.status === 'PRIMARY' && d.id !== deploymentId);
  if (!ours) {
    return primary
      ? supersededBy(deploymentId, service, primary, undefined)
      : {
          state: 'failure',
          kind: 'deployment-gone',
          detail: `deployment ${deploymentId} is no longer listed and no deployment is PRIMARY`,
        };
  }
  if (ours.rolloutState === 'FAILED') {
    // The circuit breaker with rollback starts a deployment of the previous revision.
    return primary
      ? supersededBy(deploymentId, service, primary, ours)
      : {
          state: 'failure',
          kind: 'deployment-failed',
          detail: ours.rolloutStateReason || `deployment ${deploymentId} failed`,
        };
  }
  if (ours.status !== 'PRIMARY') {
    if (primary) return supersededBy(deploymentId, service, primary, ours);
    return {
      state: 'failure',
      kind: 'deployment-gone',
      detail: `deployment ${deploymentId} is ${ours.status ?? 'not PRIMARY'} and no deployment is PRIMARY`,
    };
  }
  const complete =
    ours.rolloutState === 'COMPLETED' ||
    (ours.rolloutState === undefined &&
      deployments.length === 1 &&
      (ours.runningCount ?? 0) === (ours.desiredCount ?? 0) &&
      (ours.pendingCount ?? 0) === 0);
  if (complete) {
    const warning = zeroDesiredWarning(deploymentId, ours);
    return {
      state: 'success',
      detail:
        ours.rolloutState === 'COMPLETED'
          ? `deployment ${deploymentId} completed (${counts(ours)})`
          : `deployment ${deploymentId} is the only one (${counts(ours)})`,
      ...(warning ? { warning } : {}),
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
