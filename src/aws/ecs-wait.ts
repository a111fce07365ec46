import type { Clock } from '../github/host.js';
import { retry } from '../util/retry.js';
import { classifyAwsError, describeAwsError } from './aws-error-class.js';
import type { EcsReadApi, EcsTask } from './ecs-model.js';
import { decideRollout, type FailureKind, type WaitObservation } from './ecs-wait-decision.js';

/** How the wait ended; also the `rollout-state` output. */
export type RolloutVerdict =
  | 'completed'
  | 'failed'
  | 'rolled-back'
  | 'replaced'
  | 'tasks-failing'
  | 'service-gone'
  | 'timed-out'
  | 'access-denied'
  | 'api-error'
  | 'cancelled';

export interface WaitOptions {
  api: EcsReadApi;
  clock: Clock;
  cluster: string;
  service: string;
  deploymentId: string;
  intervalMs: number;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Called after every poll (for the log). */
  onPoll?(line: string): void;
}

export interface WaitResult {
  verdict: RolloutVerdict;
  detail: string;
  elapsedMs: number;
  polls: number;
  apiCalls: number;
  /** The last answer we got (for the diagnosis); undefined when the first poll failed. */
  last?: WaitObservation;
  /** The error that ended the wait (credentials or a non-transient API error). */
  error?: unknown;
  /** Something to warn about although the rollout completed (a desired count of 0). */
  warning?: string;
}

const VERDICT_OF: Record<FailureKind, RolloutVerdict> = {
  'deployment-failed': 'failed',
  'rolled-back': 'rolled-back',
  replaced: 'replaced',
  'deployment-gone': 'failed',
  'tasks-failing': 'tasks-failing',
  'service-gone': 'service-gone',
};

/** Transient errors inside one poll: a few quick retries, then the poll counts as missed. */
const POLL_ATTEMPTS = 3;

/**
 * Waits for our deployment with a fixed interval and a real deadline (the last poll happens
 * at it). Throttling, 5xx and network errors are retried within a poll; a poll that still
 * fails is skipped. Credentials errors (AccessDenied, expired or unknown keys) end at once.
 */
export async function waitForRollout(options: WaitOptions): Promise<WaitResult> {
  const { api, clock, cluster, service, deploymentId, intervalMs, timeoutMs, signal } = options;
  const start = clock.now();
  const deadline = start + timeoutMs;
  const seen = new Map<string, EcsTask>();
  /** Tasks read for good; ours still stopping (DEACTIVATING, DEPROVISIONING...) are not. */
  const described = new Set<string>();
  let lastDetail: string | undefined;
  let apiCalls = 0;
  let polls = 0;
  let last: WaitObservation | undefined;

  const call = <T>(fn: () => Promise<T>): Promise<T> =>
    retry(
      async () => {
        apiCalls++;
        return fn();
      },
      {
        classify: (e) => (classifyAwsError(e) === 'transient' ? 'retry' : 'fail'),
        maxAttempts: POLL_ATTEMPTS,
        maxElapsedMs: Math.max(0, Math.min(intervalMs, deadline - clock.now())),
        baseMs: Math.max(1, Math.min(1000, intervalMs / 4)),
        sleep: (ms, s) => clock.sleep(ms, s),
        now: () => clock.now(),
        ...(signal ? { signal } : {}),
      },
    );

  async function refreshStoppedTasks(): Promise<void> {
    const arns = await call(() => api.listStoppedTaskArns(cluster, service));
    const fresh = arns.filter((a) => !described.has(a)).slice(0, 100);
    if (fresh.length === 0) return;
    const tasks = await call(() => api.describeTasks(cluster, fresh));
    // ListTasks STOPPED lists tasks that are still stopping: ours are read again, as their
    // exit codes come later (other deployments' tasks do not matter).
    const stopping = new Set(
      tasks
        .filter((t) => t.startedBy === deploymentId && t.lastStatus !== 'STOPPED')
        .map((t) => t.taskArn),
    );
    for (const arn of fresh) if (!stopping.has(arn)) described.add(arn);
    for (const task of tasks)
      if (task.startedBy === deploymentId && task.taskArn) seen.set(task.taskArn, task);
  }

  async function observe(): Promise<WaitObservation> {
    const lookup = await call(() => api.describeService(cluster, service));
    const ours = lookup.service?.deployments?.find((d) => d.id === deploymentId);
    // Stopped tasks matter only while our deployment is still rolling out.
    if (ours && ours.status === 'PRIMARY' && ours.rolloutState !== 'COMPLETED') {
      await refreshStoppedTasks();
    }
    return {
      ...(lookup.service ? { service: lookup.service } : {}),
      ...(lookup.failureReason ? { failureReason: lookup.failureReason } : {}),
      stoppedTasks: [...seen.values()],
    };
  }

  /** Before reporting a failure: the tasks that stopped since the last look, best effort. */
  async function finalTasks(): Promise<void> {
    try {
      await refreshStoppedTasks();
      if (last) last = { ...last, stoppedTasks: [...seen.values()] };
    } catch {
      // the diagnosis works with what we have
    }
  }

  const result = (verdict: RolloutVerdict, detail: string, error?: unknown): WaitResult => ({
    verdict,
    detail,
    elapsedMs: clock.now() - start,
    polls,
    apiCalls,
    ...(last ? { last } : {}),
    ...(error !== undefined ? { error } : {}),
  });

  for (;;) {
    if (signal?.aborted) return result('cancelled', 'the job was cancelled');
    polls++;
    try {
      last = await observe();
      const decision = decideRollout(deploymentId, last);
      options.onPoll?.(`${decision.state}: ${decision.detail}`);
      lastDetail = decision.detail;
      if (decision.state === 'success') {
        const done = result('completed', decision.detail);
        return decision.warning ? { ...done, warning: decision.warning } : done;
      }
      if (decision.state === 'failure') {
        await finalTasks();
        return result(VERDICT_OF[decision.kind], decision.detail);
      }
    } catch (error) {
      if (signal?.aborted) return result('cancelled', 'the job was cancelled');
      const kind = classifyAwsError(error);
      if (kind === 'credentials') return result('access-denied', describeAwsError(error), error);
      if (kind === 'other') return result('api-error', describeAwsError(error), error);
      lastDetail = `poll missed: ${describeAwsError(error)}`;
      options.onPoll?.(lastDetail);
    }
    const now = clock.now();
    if (now >= deadline) {
      await finalTasks();
      return result(
        'timed-out',
        `deployment ${deploymentId} did not complete within ${Math.round(timeoutMs / 1000)}s; at the last poll: ${lastDetail ?? 'no answer from DescribeServices'}`,
      );
    }
    await clock.sleep(Math.min(intervalMs, deadline - now), signal);
  }
}
