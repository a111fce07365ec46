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

  it('ours FAILED while the circuit breaker rolls back to another PRIMARY deployment: rolled-back', () => {
    const d = decideRollout(OURS, {
      service: svc([
        dep('ecs-svc/333', {
          rolloutState: 'IN_PROGRESS',
          rolloutStateReason: `ECS deployment circuit breaker: rolling back to deploymentId ${OLD}.`,
          runningCount: 2,
          taskDefinition: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:7',
        }),
        dep(OURS, {
          status: 'ACTIVE',
          rolloutState: 'FAILED',
          rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.',
        }),
      ]),
      stoppedTasks: [],
    });
    expect(d).toMatchObject({ state: 'failure', kind: 'rolled-back' });
    expect(d.detail).toContain('circuit breaker: tasks failed to start');
    expect(d.detail).toContain('ecs-svc/333 (task definition web:7) is PRIMARY');
  });

  it('ours FAILED and still PRIMARY (circuit breaker without rollback): failed', () => {
    const d = decideRollout(OURS, {
      service: svc([
        dep(OURS, {
          rolloutState: 'FAILED',
          rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.',
        }),
        dep(OLD, { status: 'ACTIVE', rolloutState: 'COMPLETED', runningCount: 2 }),
      ]),
      stoppedTasks: [],
    });
    expect(d).toMatchObject({ state: 'failure', kind: 'deployment-failed' });
    expect(d.detail).toContain('circuit breaker');
  });

  // The wait ends at the first poll where ours is FAILED or not PRIMARY, so ours is only ever
  // missing after polls that saw it PRIMARY and rolling out: what says it was rolled back is in
  // this answer alone.
  const ROLLBACK = 'ecs-svc/333';
  const failedEvent = `(service web) (deployment ${OURS}) deployment failed: tasks failed to start.`;
  const rollback = (over: Partial<EcsDeployment>) =>
    dep(ROLLBACK, {
      runningCount: 2,
      taskDefinition: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:7',
      ...over,
    });

  it('calls a completed rollback a failure, not stable (the SDK waiter says success here), once ours is gone', () => {
    const d = decideRollout(OURS, {
      service: svc(
        [
          rollback({
            rolloutState: 'COMPLETED',
            rolloutStateReason: `ECS deployment ${ROLLBACK} completed.`,
          }),
        ],
        {
          events: [
            { message: `(service web) has reached a steady state.` },
            { message: failedEvent },
          ],
        },
      ),
      stoppedTasks: [],
    });
    expect(d).toMatchObject({ state: 'failure', kind: 'rolled-back' });
    // The reason is the event's, not the PRIMARY deployment's "completed".
    expect(d.detail).toBe(
      `deployment ${OURS} failed and ECS rolled the service back: ${ROLLBACK} (task definition web:7) is PRIMARY (deployment failed: tasks failed to start)`,
    );
  });

  it('calls ours gone while the circuit breaker still rolls back "rolled-back", from the PRIMARY reason alone', () => {
    const d = decideRollout(OURS, {
      service: svc([
        rollback({
          rolloutState: 'IN_PROGRESS',
          rolloutStateReason: `ECS deployment circuit breaker: rolling back to deploymentId ${OLD}.`,
        }),
      ]),
      stoppedTasks: [],
    });
    expect(d).toMatchObject({ state: 'failure', kind: 'rolled-back' });
    expect(d.detail).toBe(
      `deployment ${OURS} failed and ECS rolled the service back: ${ROLLBACK} (task definition web:7) is PRIMARY`,
    );
  });

  it('matches the deployment-failed event of ours only, in any case', () => {
    const other = decideRollout(OURS, {
      service: svc([rollback({ rolloutState: 'COMPLETED' })], {
        events: [
          { message: `(service web) (deployment ${OLD}) deployment failed: alarm detected.` },
        ],
      }),
      stoppedTasks: [],
    });
    expect(other).toMatchObject({ state: 'failure', kind: 'replaced' });
    const upper = decideRollout(OURS, {
      service: svc([rollback({ rolloutState: 'COMPLETED' })], {
        events: [
          { message: `(service web) (deployment ${OURS}) Deployment failed: alarm detected.` },
        ],
      }),
      stoppedTasks: [],
    });
    expect(upper).toMatchObject({ state: 'failure', kind: 'rolled-back' });
    expect(upper.detail).toMatch(/is PRIMARY \(Deployment failed: alarm detected\)$/);
  });

  it('does not give the "in progress" reason of ours, ACTIVE and not FAILED, as why it was rolled back', () => {
    const d = decideRollout(OURS, {
      service: svc([
        rollback({
          rolloutState: 'IN_PROGRESS',
          rolloutStateReason: `ECS deployment circuit breaker: rolling back to deploymentId ${OLD}.`,
        }),
        dep(OURS, { status: 'ACTIVE', rolloutStateReason: `ECS deployment ${OURS} in progress.` }),
      ]),
      stoppedTasks: [],
    });
    expect(d).toMatchObject({ state: 'failure', kind: 'rolled-back' });
    expect(d.detail).not.toContain('in progress');
  });

  it('a newer deployment (another roll) that became PRIMARY is "replaced", naming it', () => {
    const newer = dep('ecs-svc/444', {
      taskDefinition: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:9',
      createdAt: new Date('2025-03-04T05:06:07.890Z'),
    });
    const listed = decideRollout(OURS, {
      service: svc([newer, dep(OURS, { status: 'ACTIVE', rolloutState: 'IN_PROGRESS' })]),
      stoppedTasks: [],
    });
    expect(listed).toMatchObject({ state: 'failure', kind: 'replaced' });
    expect(listed.detail).toBe(
      `deployment ${OURS} is ACTIVE: a newer deployment ecs-svc/444 (task definition web:9, created 2025-03-04T05:06:07Z) replaced it and is PRIMARY (another roll of the service started during this one)`,
    );
    const gone = decideRollout(OURS, { service: svc([newer]), stoppedTasks: [] });
    expect(gone).toMatchObject({ state: 'failure', kind: 'replaced' });
    expect(gone.detail).toContain(`deployment ${OURS} is gone: a newer deployment ecs-svc/444`);
  });

  it('warns when the deployment completed with a desired count of 0 (the image never ran)', () => {
    const zero = { desiredCount: 0, runningCount: 0 };
    for (const ours of [
      dep(OURS, { rolloutState: 'COMPLETED', ...zero }),
      dep(OURS, { rolloutState: undefined, ...zero }),
    ]) {
      const d = decideRollout(OURS, {
        service: svc([ours], { desiredCount: 0 }),
        stoppedTasks: [],
      });
      expect(d.state).toBe('success');
      expect(d.state === 'success' && d.warning).toMatch(
        /desired count of 0: no task of it ran, so the image was never started/,
      );
    }
    const two = decideRollout(OURS, {
      service: svc([dep(OURS, { rolloutState: 'COMPLETED', runningCount: 2 })]),
      stoppedTasks: [],
    });
    expect(two.state === 'success' && two.warning).toBeFalsy();
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

  it('gives tasks one signature when their reasons differ only in request IDs (UUIDs)', () => {
    // A real TaskFailedToStart reason: AccessDenied on a secret, a new request ID per task.
    const reason = (requestId: string) =>
      `ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secret from asm: service call has been retried 5 time(s): AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/exec/abc is not authorized to perform: secretsmanager:GetSecretValue on resource: arn:aws:secretsmanager:us-east-1:123456789012:secret:app-AbCdEf because no identity-based policy allows the secretsmanager:GetSecretValue action status code: 400, request id: ${requestId}`;
    const tasks = [
      '5f0c2b9e-8d1a-4c3e-9b7f-0a1b2c3d4e5f',
      'a1b2c3d4-e5f6-4789-abcd-ef0123456789',
      'ffffffff-0000-4111-8222-333333333333',
    ].map((id, i) => stopped(reason(id), i));
    expect(new Set(tasks.map(stopSignature)).size).toBe(1);
    const d = decideRollout(OURS, { service: svc([dep(OURS, {})]), stoppedTasks: tasks });
    expect(d).toMatchObject({ state: 'failure', kind: 'tasks-failing' });
  });

  it('gives tasks one signature when their reasons differ only in 64-hex container IDs or request IDs of other forms', () => {
    const container = (id: string) =>
      `CannotStartContainerError: Error response from daemon: failed to create shim task: OCI runtime create failed: container ${id}: exec: "/app/server": permission denied`;
    const a = stopped(container('3f'.repeat(32)), 1);
    const b = stopped(container('9a0b'.repeat(16)), 2);
    expect(stopSignature(a)).toBe(stopSignature(b));
    const req = (id: string) => `ClientException: image pull failed (RequestId: ${id})`;
    expect(stopSignature(stopped(req('AbC123xyz'), 3))).toBe(
      stopSignature(stopped(req('Zq9-PLm0'), 4)),
    );
  });
});
