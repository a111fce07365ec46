/**
 * Scripted ECS rollouts for the simulator (ecs-simulator.ts). Times are seconds after the
 * roll (UpdateService / UpdateExpressGatewayService). Messages follow the real ECS wording;
 * `{svc}`, `{ours}`, `{old}`, `{rollback}` are filled in by the simulator.
 */
export interface DeploymentFrame {
  status: 'PRIMARY' | 'ACTIVE';
  rolloutState?: 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';
  reason?: string;
  running: number;
  pending: number;
  failedTasks?: number;
}

export interface StopSpec {
  at: number;
  /** Which deployment the task belonged to. Default: ours. */
  who?: 'ours' | 'old';
  stopCode: string;
  stoppedReason: string;
  containers: { name: string; exitCode?: number; reason?: string }[];
  /**
   * Seconds the task stays DEACTIVATING (load balancer deregistration) after `at`: ListTasks
   * STOPPED lists it already, DescribeTasks shows no exit codes and no stoppedAt until then.
   */
  stoppingFor?: number;
}

export interface ErrorSpec {
  from: number;
  to?: number;
  name: string;
  status: number;
  message: string;
}

export interface Scenario {
  name: string;
  title: string;
  /** The right verdict: success, failure, or an error that must end the wait at once. */
  expect: 'success' | 'failure' | 'access-denied';
  /** The hint the diagnosis must give (failures). */
  hint?: string;
  /** When the outcome became knowable: ECS's own verdict, or the third identical task stop. */
  decisiveAt: number;
  desiredCount: number;
  circuitBreaker: boolean;
  express?: boolean;
  /** Each frame replaces the named deployments (null: gone); others keep their last frame. */
  frames: {
    at: number;
    ours?: DeploymentFrame | null;
    old?: DeploymentFrame | null;
    rollback?: DeploymentFrame | null;
  }[];
  events: { at: number; message: string }[];
  stops: StopSpec[];
  errors?: ErrorSpec[];
}

const TG = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef';

const done = (running: number): DeploymentFrame => ({
  status: 'PRIMARY',
  rolloutState: 'COMPLETED',
  reason: 'ECS deployment {ours} completed.',
  running,
  pending: 0,
});
const rolling = (running: number, pending: number, failedTasks = 0): DeploymentFrame => ({
  status: 'PRIMARY',
  rolloutState: 'IN_PROGRESS',
  reason: 'ECS deployment {ours} in progress.',
  running,
  pending,
  failedTasks,
});
const oldActive = (running: number): DeploymentFrame => ({
  status: 'ACTIVE',
  rolloutState: 'COMPLETED',
  reason: 'ECS deployment {old} completed.',
  running,
  pending: 0,
});
const failed = (failedTasks: number): DeploymentFrame => ({
  status: 'ACTIVE',
  rolloutState: 'FAILED',
  reason: 'ECS deployment circuit breaker: tasks failed to start.',
  running: 0,
  pending: 0,
  failedTasks,
});
const rollbackRolling = (running: number): DeploymentFrame => ({
  status: 'PRIMARY',
  rolloutState: 'IN_PROGRESS',
  reason: 'ECS deployment circuit breaker: rolling back to deploymentId {old}.',
  running,
  pending: 0,
});
const rollbackDone = (running: number): DeploymentFrame => ({
  status: 'PRIMARY',
  rolloutState: 'COMPLETED',
  reason: 'ECS deployment {rollback} completed.',
  running,
  pending: 0,
});

function stopsEvery(times: number[], spec: Omit<StopSpec, 'at'>): StopSpec[] {
  return times.map((at) => ({ at, ...spec }));
}

/** Circuit breaker fires at `at`: ours FAILED, a rollback deployment takes the old tasks over. */
function rollbackFrames(at: number, desired: number, failedTasks: number) {
  return [
    { at, ours: failed(failedTasks), old: null, rollback: rollbackRolling(desired) },
    { at: at + 60, rollback: rollbackDone(desired) },
    { at: at + 90, ours: null },
  ];
}
function rollbackEvents(at: number) {
  return [
    {
      at,
      message: '(service {svc}) (deployment {ours}) deployment failed: tasks failed to start.',
    },
    { at, message: '(service {svc}) rolling back to deployment {old}.' },
    { at: at + 60, message: '(service {svc}) (deployment {rollback}) deployment completed.' },
    { at: at + 65, message: '(service {svc}) has reached a steady state.' },
  ];
}

const pullNotFound =
  'CannotPullContainerError: pull image manifest has been retried 7 time(s): failed to resolve ref 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:0badc0de: 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:0badc0de: not found';
const wrongPlatform =
  "CannotPullContainerError: pull image manifest has been retried 7 time(s): image Manifest does not contain descriptor matching platform 'linux/amd64'";
const missingSsm =
  'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secrets from ssm: service call has been retried 1 time(s): InvalidParameters: Invalid parameters: [/app/staging/DATABASE_URL]';
const accessDenied =
  'User: arn:aws:sts::123456789012:assumed-role/deploy/gha-run is not authorized to perform: ecs:DescribeServices on resource: arn:aws:ecs:us-east-1:123456789012:service/app/web because no identity-based policy allows the ecs:DescribeServices action';

export const SCENARIOS: Scenario[] = [
  {
    name: 'success',
    title: 'new tasks healthy, old tasks drained, deployment COMPLETED',
    expect: 'success',
    decisiveAt: 90,
    desiredCount: 2,
    circuitBreaker: true,
    frames: [
      { at: 0, ours: rolling(0, 2), old: oldActive(2) },
      { at: 45, ours: rolling(2, 0) },
      { at: 75, old: null },
      { at: 90, ours: done(2) },
    ],
    events: [
      {
        at: 1,
        message:
          '(service {svc}) has started 2 tasks: (task 1b2c3d4e5f60718293a4b5c6d7e8f901) (task 2c3d4e5f60718293a4b5c6d7e8f90a12).',
      },
      {
        at: 75,
        message:
          '(service {svc}) has stopped 2 running tasks: (task 0a1b2c3d4e5f60718293a4b5c6d7e8f9) (task 9f8e7d6c5b4a39281706f5e4d3c2b1a0).',
      },
      { at: 90, message: '(service {svc}) (deployment {ours}) deployment completed.' },
      { at: 95, message: '(service {svc}) has reached a steady state.' },
    ],
    stops: stopsEvery([75, 75], {
      who: 'old',
      stopCode: 'ServiceSchedulerInitiated',
      stoppedReason: 'Scaling activity initiated by (deployment {ours})',
      containers: [{ name: 'web', exitCode: 0 }],
    }),
  },
  {
    name: 'circuit-breaker-rollback',
    title: 'the app exits at start; the circuit breaker rolls back to the old deployment',
    expect: 'failure',
    hint: 'app-exited',
    decisiveAt: 100,
    desiredCount: 2,
    circuitBreaker: true,
    frames: [
      { at: 0, ours: rolling(0, 2), old: oldActive(2) },
      { at: 30, ours: rolling(0, 2, 1) },
      { at: 60, ours: rolling(0, 2, 2) },
      { at: 90, ours: rolling(0, 2, 3) },
      ...rollbackFrames(100, 2, 3),
    ],
    events: [
      {
        at: 1,
        message:
          '(service {svc}) has started 2 tasks: (task 1b2c3d4e5f60718293a4b5c6d7e8f901) (task 2c3d4e5f60718293a4b5c6d7e8f90a12).',
      },
      ...rollbackEvents(100),
    ],
    stops: stopsEvery([30, 60, 90], {
      stopCode: 'EssentialContainerExited',
      stoppedReason: 'Essential container in task exited',
      containers: [{ name: 'web', exitCode: 1 }],
    }),
  },
  {
    name: 'image-pull-failure',
    title: 'the tag is not in the registry; tasks fail to start; circuit breaker',
    expect: 'failure',
    hint: 'image-not-found',
    decisiveAt: 80,
    desiredCount: 1,
    circuitBreaker: true,
    frames: [
      { at: 0, ours: rolling(0, 1), old: oldActive(1) },
      { at: 20, ours: rolling(0, 1, 1) },
      { at: 45, ours: rolling(0, 1, 2) },
      { at: 70, ours: rolling(0, 1, 3) },
      ...rollbackFrames(80, 1, 3),
    ],
    events: rollbackEvents(80),
    stops: stopsEvery([20, 45, 70], {
      stopCode: 'TaskFailedToStart',
      stoppedReason: pullNotFound,
      containers: [{ name: 'web' }],
    }),
  },
  {
    name: 'wrong-platform',
    title: 'an arm64-only image on amd64 Fargate, no circuit breaker: tasks fail forever',
    expect: 'failure',
    hint: 'wrong-platform',
    decisiveAt: 75,
    desiredCount: 1,
    circuitBreaker: false,
    frames: [{ at: 0, ours: { ...rolling(0, 1), rolloutState: 'IN_PROGRESS' }, old: oldActive(1) }],
    events: [],
    stops: stopsEvery(
      Array.from({ length: 60 }, (_, i) => 25 * (i + 1)),
      {
        stopCode: 'TaskFailedToStart',
        stoppedReason: wrongPlatform,
        containers: [{ name: 'web' }],
      },
    ),
  },
  {
    name: 'missing-ssm-parameter',
    title: 'a secret in the task definition names an SSM parameter that does not exist',
    expect: 'failure',
    hint: 'secret-missing',
    decisiveAt: 60,
    desiredCount: 1,
    circuitBreaker: true,
    frames: [
      { at: 0, ours: rolling(0, 1), old: oldActive(1) },
      { at: 15, ours: rolling(0, 1, 1) },
      { at: 35, ours: rolling(0, 1, 2) },
      { at: 55, ours: rolling(0, 1, 3) },
      ...rollbackFrames(60, 1, 3),
    ],
    events: rollbackEvents(60),
    stops: stopsEvery([15, 35, 55], {
      stopCode: 'TaskFailedToStart',
      stoppedReason: missingSsm,
      containers: [{ name: 'web' }],
    }),
  },
  {
    name: 'failing-health-checks',
    title: 'tasks run but the load balancer health check path answers 404',
    expect: 'failure',
    hint: 'elb-health-check',
    decisiveAt: 300,
    desiredCount: 2,
    circuitBreaker: true,
    frames: [
      { at: 0, ours: rolling(0, 2), old: oldActive(2) },
      { at: 40, ours: rolling(2, 0) },
      { at: 120, ours: rolling(1, 1, 1) },
      { at: 130, ours: rolling(0, 2, 2) },
      { at: 180, ours: rolling(2, 0, 2) },
      { at: 240, ours: rolling(1, 1, 3) },
      ...rollbackFrames(300, 2, 4),
    ],
    events: [
      {
        at: 1,
        message:
          '(service {svc}) has started 2 tasks: (task 1b2c3d4e5f60718293a4b5c6d7e8f901) (task 2c3d4e5f60718293a4b5c6d7e8f90a12).',
      },
      {
        at: 60,
        message: `(service {svc}) (port 8080) is unhealthy in (target-group ${TG}) due to (reason Health checks failed with these codes: [404]).`,
      },
      // ECS words a breaker trip the same for health-check failures: "tasks failed to start".
      ...rollbackEvents(300),
    ],
    stops: stopsEvery([120, 130, 240], {
      stopCode: 'ServiceSchedulerInitiated',
      stoppedReason: `Task failed ELB health checks in (target-group ${TG})`,
      containers: [{ name: 'web', exitCode: 143 }],
    }),
  },
  {
    name: 'access-denied-mid-wait',
    title: 'the role loses ecs:DescribeServices during the wait',
    expect: 'access-denied',
    decisiveAt: 60,
    desiredCount: 1,
    circuitBreaker: true,
    frames: [
      { at: 0, ours: rolling(0, 1), old: oldActive(1) },
      { at: 60, ours: rolling(1, 0) },
      { at: 300, ours: done(1), old: null },
    ],
    events: [],
    stops: [],
    errors: [{ from: 60, name: 'AccessDeniedException', status: 400, message: accessDenied }],
  },
  {
    name: 'throttling',
    title: 'DescribeServices is throttled for a minute, then the rollout completes',
    expect: 'success',
    decisiveAt: 120,
    desiredCount: 1,
    circuitBreaker: true,
    frames: [
      { at: 0, ours: rolling(0, 1), old: oldActive(1) },
      { at: 50, ours: rolling(1, 0) },
      { at: 110, old: null },
      { at: 120, ours: done(1) },
    ],
    events: [{ at: 120, message: '(service {svc}) (deployment {ours}) deployment completed.' }],
    stops: [],
    errors: [
      { from: 20, to: 80, name: 'ThrottlingException', status: 400, message: 'Rate exceeded' },
    ],
  },
  {
    name: 'slow-success',
    title: 'a large service drains slowly: COMPLETED after 14 minutes',
    expect: 'success',
    decisiveAt: 840,
    desiredCount: 6,
    circuitBreaker: true,
    frames: [
      { at: 0, ours: rolling(0, 6), old: oldActive(6) },
      ...[1, 2, 3, 4, 5, 6].map((n) => ({
        at: n * 120,
        ours: rolling(n, 6 - n),
        old: oldActive(6 - n),
      })),
      { at: 830, old: null },
      { at: 840, ours: done(6) },
    ],
    events: [{ at: 840, message: '(service {svc}) (deployment {ours}) deployment completed.' }],
    stops: [],
  },
  {
    name: 'express-canary',
    title:
      'Express gateway service: canary (5% traffic, bake, 100%, bake) COMPLETED after 7 minutes',
    expect: 'success',
    decisiveAt: 420,
    desiredCount: 1,
    circuitBreaker: true,
    express: true,
    frames: [
      { at: 0, ours: rolling(0, 1), old: oldActive(1) },
      { at: 60, ours: rolling(1, 0) },
      { at: 400, old: null },
      { at: 420, ours: done(1) },
    ],
    events: [{ at: 420, message: '(service {svc}) (deployment {ours}) deployment completed.' }],
    stops: [],
  },
];

export function scenario(name: string): Scenario {
  const found = SCENARIOS.find((s) => s.name === name);
  if (!found) throw new Error(`no scenario ${name}`);
  return found;
}
