import { describe, expect, it } from 'vitest';
import { diagnoseRollout, hintsForTask } from '../../src/aws/ecs-diagnose.js';
import type { EcsTask } from '../../src/aws/ecs-model.js';
import { renderRolloutSummary } from '../../src/render/rollout-summary.js';

const task = (over: Partial<EcsTask>): EcsTask => ({
  taskArn: 'arn:aws:ecs:us-east-1:1:task/app/0123456789abcdef0123456789abcdef',
  startedBy: 'ecs-svc/2',
  containers: [{ name: 'web' }],
  ...over,
});
const ids = (t: EcsTask) => hintsForTask(t).map((h) => h.id);

describe('stop reasons → hints (real ECS wording)', () => {
  it('wrong platform: exec format error and missing platform descriptor', () => {
    expect(
      ids(
        task({
          stoppedReason:
            "CannotPullContainerError: image Manifest does not contain descriptor matching platform 'linux/amd64'",
        }),
      ),
    ).toEqual(['wrong-platform']);
    expect(
      ids(
        task({
          stoppedReason: 'Essential container in task exited',
          containers: [
            {
              name: 'web',
              exitCode: 255,
              reason: 'CannotStartContainerError: exec /app/server: exec format error',
            },
          ],
        }),
      ),
    ).toEqual(['wrong-platform']);
  });

  it('image or tag not found', () => {
    expect(
      ids(
        task({
          stopCode: 'TaskFailedToStart',
          stoppedReason:
            'CannotPullContainerError: pull image manifest has been retried 7 time(s): failed to resolve ref 1.dkr.ecr.us-east-1.amazonaws.com/app:x: 1.dkr.ecr.us-east-1.amazonaws.com/app:x: not found',
        }),
      ),
    ).toEqual(['image-not-found']);
  });

  it('registry 403 points at the execution role', () => {
    const [hint] = hintsForTask(
      task({
        stoppedReason:
          'CannotPullContainerError: pull image manifest has been retried 7 time(s): failed to resolve ref 1.dkr.ecr.us-east-1.amazonaws.com/app:x: unexpected status from HEAD request: 403 Forbidden',
      }),
    );
    expect(hint?.id).toBe('registry-denied');
    expect(hint?.text).toContain('execution role');
  });

  it('SSM / Secrets Manager: missing parameter (named) versus permission', () => {
    const [missing] = hintsForTask(
      task({
        stoppedReason:
          'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secrets from ssm: service call has been retried 1 time(s): InvalidParameters: Invalid parameters: [/app/staging/DATABASE_URL]',
      }),
    );
    expect(missing?.id).toBe('secret-missing');
    expect(missing?.text).toContain('/app/staging/DATABASE_URL');
    expect(
      ids(
        task({
          stoppedReason:
            'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secret from asm: service call has been retried 5 time(s): AccessDeniedException: User: arn:aws:sts::1:assumed-role/exec/x is not authorized to perform: secretsmanager:GetSecretValue',
        }),
      ),
    ).toEqual(['secret-denied']);
  });

  it('ELB and container health checks', () => {
    expect(
      ids(
        task({
          stoppedReason:
            'Task failed ELB health checks in (target-group arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/web/abc)',
        }),
      ),
    ).toEqual(['elb-health-check']);
    expect(ids(task({ stoppedReason: 'Task failed container health checks' }))).toEqual([
      'container-health-check',
    ]);
  });

  it('an essential container that exits: the exit code, 137 as memory', () => {
    expect(
      hintsForTask(
        task({
          stoppedReason: 'Essential container in task exited',
          containers: [{ name: 'web', exitCode: 1 }],
        }),
      )[0]?.text,
    ).toContain('exited with code 1');
    expect(
      ids(
        task({
          stoppedReason: 'Essential container in task exited',
          containers: [{ name: 'web', exitCode: 137 }],
        }),
      ),
    ).toEqual(['out-of-memory']);
  });
});

describe('diagnoseRollout and its summary', () => {
  const since = new Date('2026-01-15T12:00:00Z');
  const service = {
    serviceName: 'web',
    deployments: [
      {
        id: 'ecs-svc/3',
        status: 'PRIMARY',
        rolloutState: 'IN_PROGRESS',
        runningCount: 1,
        desiredCount: 1,
        taskDefinition: 'arn:aws:ecs:us-east-1:1:task-definition/web:4',
      },
      {
        id: 'ecs-svc/2',
        status: 'ACTIVE',
        rolloutState: 'FAILED',
        rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.',
        desiredCount: 1,
        failedTasks: 3,
        taskDefinition: 'arn:aws:ecs:us-east-1:1:task-definition/web:5',
      },
    ],
    events: [
      {
        createdAt: new Date('2026-01-15T12:02:00Z'),
        message: '(service web) rolling back to deployment ecs-svc/1.',
      },
      {
        createdAt: new Date('2026-01-15T12:01:00Z'),
        message:
          '(service web) (port 8080) is unhealthy in (target-group arn:aws:x) due to (reason Health checks failed with these codes: [404]).',
      },
      {
        createdAt: new Date('2026-01-15T11:00:00Z'),
        message: '(service web) has reached a steady state.',
      },
    ],
  };

  it('keeps only events since the roll, oldest first, and adds the circuit breaker reason', () => {
    const d = diagnoseRollout({ service, deploymentId: 'ecs-svc/2', stoppedTasks: [], since });
    expect(d.events.map((e) => e.message)).toEqual([
      service.events[1]?.message,
      service.events[0]?.message,
    ]);
    expect(d.hints.map((h) => h.id)).toEqual(['elb-health-check', 'circuit-breaker']);
    expect(d.hints[1]?.text).toContain('tasks failed to start');
  });

  it('names the breaker from the events once our deployment is no longer listed (real wording)', () => {
    const gone = {
      serviceName: 'web',
      deployments: [{ id: 'ecs-svc/4', status: 'PRIMARY', rolloutState: 'COMPLETED' }],
      events: [
        {
          createdAt: new Date('2026-01-15T12:03:00Z'),
          message: '(service web) rolling back to deployment ecs-svc/1.',
        },
        {
          createdAt: new Date('2026-01-15T12:03:00Z'),
          message: '(service web) (deployment ecs-svc/2) deployment failed: tasks failed to start.',
        },
      ],
    };
    const d = diagnoseRollout({
      service: gone,
      deploymentId: 'ecs-svc/2',
      stoppedTasks: [],
      since,
    });
    expect(d.hints.map((h) => h.id)).toEqual(['circuit-breaker']);
    expect(d.hints[0]?.text).toContain('(deployment ecs-svc/2) deployment failed');
  });

  it("reads events from our deployment's createdAt (AWS's clock) when the runner's clock is ahead", () => {
    const skewed = {
      ...service,
      deployments: service.deployments.map((d) =>
        d.id === 'ecs-svc/2' ? { ...d, createdAt: new Date('2026-01-15T12:00:50Z') } : d,
      ),
    };
    const runnerAhead = new Date('2026-01-15T12:01:30Z');
    const d = diagnoseRollout({
      service: skewed,
      deploymentId: 'ecs-svc/2',
      stoppedTasks: [],
      since: runnerAhead,
    });
    expect(d.events.map((e) => e.createdAt?.toISOString())).toEqual([
      '2026-01-15T12:01:00.000Z',
      '2026-01-15T12:02:00.000Z',
    ]);
  });

  it('renders verdict, hints, deployments table, stopped tasks and events (pipes escaped)', () => {
    const d = diagnoseRollout({
      service,
      deploymentId: 'ecs-svc/2',
      stoppedTasks: [
        task({
          stopCode: 'TaskFailedToStart',
          stoppedReason: 'a | b not found CannotPullContainerError',
          stoppedAt: new Date('2026-01-15T12:00:30Z'),
        }),
      ],
      since,
    });
    const md = renderRolloutSummary({
      cluster: 'app',
      service: 'web',
      deploymentId: 'ecs-svc/2',
      verdict: 'failed',
      detail: 'ECS deployment circuit breaker: tasks failed to start.',
      elapsedMs: 125_000,
      express: false,
      diagnosis: d,
    });
    expect(md).toContain('Rollout failed: web');
    expect(md).toContain('| ecs-svc/2 (ours) | ACTIVE | FAILED: ECS deployment circuit breaker');
    expect(md).toContain('a \\| b not found');
    expect(md).toContain('Health checks failed with these codes: [404]');
    expect(md).toContain('2m 5s');
  });
});
