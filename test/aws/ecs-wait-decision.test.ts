import { describe, expect, it } from 'vitest';
import type { EcsDeployment, EcsService, EcsTask } from '../../src/aws/ecs-model.js';
import { decideRollout, stopSignature } from '../../src/aws/ecs-wait-decision.js';

const OURS = 'ecs-svc/2222222222222222223';
const OLD = 'ecs-svc/1111111111111111111';

function dep(id: string, over: Partial<EcsDeployment>): EcsDeployment {
  return {
    id,
    status: 'PRIMARY',
    desiredCount: 2,
    runningCount: 0,
    pendingCount: 0,
    rolloutState: 'IN_PROGRESS',
    ...over,
  };
}
function svc(deployments: EcsDeployment[], over: Partial<EcsService> = {}): EcsService {
  return { serviceName: 'web', status: 'ACTIVE', desiredCount: 2, deployments, ...over };
}
function stopped(reason: string, i: number, over: Partial<EcsTask> = {}): EcsTask {
  return {
    taskArn: `arn:aws:ecs:us-east-1:123456789012:task/app/${String(i).padStart(32, 'a')}`,
    startedBy: OURS,
    stopCode: 'TaskFailedToStart',
    stoppedReason: reason,
    containers: [{ name: 'web' }],
    ...over,
  };
}

describe('decideRollout on recorded DescribeServices shapes', () => {
  it('is in progress while ours is PRIMARY IN_PROGRESS beside the old ACTIVE deployment', () => {
    const d = decideRollout(OURS, {
      service: svc([
        dep(OURS, { runningCount: 1, pendingCount: 1 }),
        dep(OLD, { status: 'ACTIVE', rolloutState: 'COMPLETED', runningCount: 2 }),
      ]),
      stoppedTasks: [],
    });
    expect(d.state).toBe('in-progress');
  });

  it('succeeds only when ours is PRIMARY and COMPLETED', () => {
    const d = decideRollout(OURS, {
      service: svc([dep(OURS, { rolloutState: 'COMPLETED', runningCount: 2 })]),
      stoppedTasks: [],
    });
    expect(d.state).toBe('success');
  });

  it('does not call one deployment with running == desired a success while rolloutState says IN_PROGRESS', () => {
    // What the SDK waiter accepts as stable; ECS has not finished (e.g. canary bake time).
    const d = decideRollout(OURS, {
      service: svc([dep(OURS, { runningCount: 2 })]),
      stoppedTasks: [],
    });
    expect(d.state).toBe('in-progress');
  });

  it('without rolloutState: success when ours is the only deployment and every task runs', () => {
    const only = dep(OURS, { rolloutState: undefined, runningCount: 2 });
    expect(decideRollout(OURS, { service: svc([only]), stoppedTasks: [] }).state).toBe('success');
    const two = [
      dep(OURS, { rolloutState: undefined, runningCount: 2 }),
      dep(OLD, { status: 'ACTIVE', rolloutState: undefined, runningCount: 1 }),
    ];
    expect(decideRollout(OURS, { service: svc(two), stoppedTasks: [] }).state).toBe('in-progress');
  });

  it('fails on rolloutState FAILED with the circuit breaker reason', () => {
    const d = decideRollout(OURS, {
      service: svc([
        dep('ecs-svc/333', { rolloutState: 'IN_PROGRESS', runningCount: 2 }),
        dep(OURS, {
          status: 'ACTIVE',
          rolloutState: 'FAILED',
          rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.',
        }),
      ]),
      stoppedTasks: [],
    });
    expect(d).toMatchObject({ state: 'failure', kind: 'deployment-failed' });
    expect(d.detail).toContain('circuit breaker');
  });

  it('calls a completed rollback a failure, not stable (the SDK waiter says success here)', () => {
    const d = decideRollout(OURS, {
      service: svc([dep('ecs-svc/333', { rolloutState: 'COMPLETED', runningCount: 2 })]),
      stoppedTasks: [],
    });
    expect(d).toMatchObject({ state: 'failure', kind: 'rolled-back' });
  });

  it('fails when another deployment became PRIMARY while ours is still listed', () => {
    const d = decideRollout(OURS, {
      service: svc([
        dep('ecs-svc/444', {}),
        dep(OURS, { status: 'ACTIVE', rolloutState: 'IN_PROGRESS' }),
      ]),
      stoppedTasks: [],
    });
    expect(d).toMatchObject({ state: 'failure', kind: 'rolled-back' });
  });

  it('fails on a missing or draining service', () => {
    expect(decideRollout(OURS, { failureReason: 'MISSING', stoppedTasks: [] })).toMatchObject({
      kind: 'service-gone',
    });
    expect(
      decideRollout(OURS, { service: svc([], { status: 'DRAINING' }), stoppedTasks: [] }),
    ).toMatchObject({ kind: 'service-gone' });
  });

  it('fails fast when three tasks of ours stopped for the same reason (IDs differ)', () => {
    const reason = (id: string) =>
      `CannotPullContainerError: failed to resolve ref 1.dkr.ecr.us-east-1.amazonaws.com/app:${id}: not found`;
    const tasks = [stopped(reason('a'), 1), stopped(reason('a'), 2)];
    const service = svc([
      dep(OURS, {}),
      dep(OLD, { status: 'ACTIVE', rolloutState: 'COMPLETED', runningCount: 2 }),
    ]);
    expect(decideRollout(OURS, { service, stoppedTasks: tasks }).state).toBe('in-progress');
    const d = decideRollout(OURS, { service, stoppedTasks: [...tasks, stopped(reason('a'), 3)] });
    expect(d).toMatchObject({ state: 'failure', kind: 'tasks-failing' });
    expect(d.detail).toContain('CannotPullContainerError');
  });

  it('does not count three stops with different reasons as a crash loop', () => {
    const service = svc([dep(OURS, {})]);
    const tasks = [
      stopped('Essential container in task exited', 1, {
        containers: [{ name: 'web', exitCode: 1 }],
      }),
      stopped('CannotPullContainerError: x', 2),
      stopped('Task failed ELB health checks in (target-group arn:aws:x)', 3),
    ];
    expect(decideRollout(OURS, { service, stoppedTasks: tasks }).state).toBe('in-progress');
  });

  it('gives tasks that differ only in IDs, ARNs and numbers one signature', () => {
    const a = stopped(
      'Task failed ELB health checks in (target-group arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/web/abc)',
      1,
    );
    const b = stopped(
      'Task failed ELB health checks in (target-group arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/web/def)',
      2,
    );
    expect(stopSignature(a)).toBe(stopSignature(b));
    const c = stopped('Essential container in task exited', 3, {
      containers: [{ name: 'web', exitCode: 1 }],
    });
    expect(stopSignature(c)).not.toBe(stopSignature(a));
  });
});
