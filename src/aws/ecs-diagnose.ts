import type { EcsDeployment, EcsService, EcsServiceEvent, EcsTask } from './ecs-model.js';
import { shortTaskId } from './ecs-model.js';

export type HintId =
  | 'wrong-platform'
  | 'image-not-found'
  | 'registry-denied'
  | 'secret-missing'
  | 'secret-denied'
  | 'elb-health-check'
  | 'container-health-check'
  | 'out-of-memory'
  | 'app-exited'
  | 'placement'
  | 'circuit-breaker';

export interface Hint {
  id: HintId;
  text: string;
}

export interface StoppedTaskReport {
  taskId: string;
  stopCode?: string;
  stoppedReason?: string;
  stoppedAt?: Date;
  containers: { name: string; exitCode?: number; reason?: string }[];
  hints: Hint[];
}

export interface Diagnosis {
  deployments: EcsDeployment[];
  /** Service events since the roll, oldest first. */
  events: EcsServiceEvent[];
  stoppedTasks: StoppedTaskReport[];
  /** Every distinct hint, most specific first. */
  hints: Hint[];
}

interface Rule {
  id: HintId;
  test: RegExp;
  text: (match: RegExpExecArray) => string;
  /** Less specific hints this one makes redundant. */
  excludes?: HintId[];
}

// Order matters: the first rules are the more specific causes.
const RULES: Rule[] = [
  {
    id: 'wrong-platform',
    test: /exec format error|does not contain descriptor matching platform|no matching manifest for (linux\/\w+)/i,
    text: () =>
      'Wrong image platform: the image was built for another CPU architecture than the task runs on. Build with platform linux/amd64 (the default) or set the task definition runtimePlatform.cpuArchitecture to match the image.',
  },
  {
    id: 'secret-missing',
    test: /ResourceInitializationError[\s\S]*?(InvalidParameters|ParameterNotFound|ResourceNotFoundException|can't find the specified secret)[^[\]\n]*(\[[^\]]*\])?/i,
    text: (m) =>
      `Missing secret: a parameter or secret the task definition references does not exist${m[2] ? ` ${m[2]}` : ''}. Create it in this account and region (SSM Parameter Store or Secrets Manager) or fix its name in the task definition's secrets.`,
    excludes: ['registry-denied', 'secret-denied'],
  },
  {
    id: 'secret-denied',
    test: /ResourceInitializationError[\s\S]*?(ssm|secretsmanager|asm|kms)[\s\S]*?(AccessDenied|not authorized)/i,
    text: () =>
      'Secret access denied: the task execution role may not read the task definition secrets. Allow ssm:GetParameters / secretsmanager:GetSecretValue (and kms:Decrypt for a customer key) on them.',
    excludes: ['registry-denied'],
  },
  {
    id: 'registry-denied',
    test: /(CannotPullContainerError|ResourceInitializationError)[\s\S]*?(403|Forbidden|access denied|not authorized|AccessDenied)/i,
    text: () =>
      'Registry access denied (403): the task execution role cannot pull from ECR. It needs ecr:GetAuthorizationToken, ecr:BatchGetImage and ecr:GetDownloadUrlForLayer (AmazonECSTaskExecutionRolePolicy), and the task needs a network path to ECR (NAT or VPC endpoints).',
  },
  {
    id: 'image-not-found',
    test: /CannotPullContainerError[\s\S]*?(not found|manifest unknown|does not exist)/i,
    text: () =>
      'Image not found: the image or tag the task definition names is not in the registry. Check that the push succeeded and that the task definition points to this repository and tag (or digest).',
  },
  {
    id: 'elb-health-check',
    test: /failed ELB health checks|is unhealthy in \(target-group|Health checks failed/i,
    text: () =>
      'Load balancer health check failed: the target group never saw the task healthy. Check the health-check path and port (does the app answer 200 there?), the container port mapping, the security group from the load balancer, and the health-check grace period.',
  },
  {
    id: 'container-health-check',
    test: /failed container health checks/i,
    text: () =>
      'Container health check failed: the healthCheck command in the task definition kept failing. Run it inside the image locally and check its startPeriod.',
  },
  {
    id: 'out-of-memory',
    test: /OutOfMemory|OOM/,
    text: () =>
      'Out of memory: a container was killed for exceeding its memory. Raise the task or container memory.',
  },
  {
    id: 'placement',
    test: /unable to place a task|no container instance met all of its requirements|insufficient (memory|CPU)/i,
    text: () =>
      'Tasks could not be placed: no capacity met the task requirements (CPU, memory, subnets or capacity provider).',
  },
];

function ruleHints(text: string): Hint[] {
  const hints: Hint[] = [];
  const excluded = new Set<HintId>();
  for (const rule of RULES) {
    if (excluded.has(rule.id)) continue;
    const match = rule.test.exec(text);
    if (!match) continue;
    hints.push({ id: rule.id, text: rule.text(match) });
    for (const id of rule.excludes ?? []) excluded.add(id);
  }
  return hints;
}

function taskText(task: EcsTask): string {
  return [task.stoppedReason ?? '', ...(task.containers ?? []).map((c) => c.reason ?? '')].join(
    '\n',
  );
}

/** Hints for one stopped task: its reasons, else an essential container's exit code. */
export function hintsForTask(task: EcsTask): Hint[] {
  const hints = ruleHints(taskText(task));
  if (hints.length > 0) return hints;
  const exited = (task.containers ?? []).find((c) => c.exitCode !== undefined && c.exitCode !== 0);
  if (exited?.exitCode === 137) {
    return [
      {
        id: 'out-of-memory',
        text: `Container ${exited.name} was killed (exit code 137): usually out of memory, or it ignored SIGTERM. Raise its memory.`,
      },
    ];
  }
  if (exited) {
    return [
      {
        id: 'app-exited',
        text: `Container ${exited.name} exited with code ${exited.exitCode}: the app crashed at start. Read its logs (CloudWatch); a missing environment variable or secret is the usual cause.`,
      },
    ];
  }
  return [];
}

/** Events since the roll, oldest first (ECS lists them newest first). */
export function eventsSince(service: EcsService | undefined, since: Date): EcsServiceEvent[] {
  return (service?.events ?? [])
    .filter((e) => !e.createdAt || e.createdAt.getTime() >= since.getTime() - 1000)
    .slice()
    .reverse();
}

/** Everything we can say about a rollout that did not complete, as data for the renderers. */
export function diagnoseRollout(input: {
  service?: EcsService;
  deploymentId: string;
  stoppedTasks: readonly EcsTask[];
  since: Date;
}): Diagnosis {
  const deployments = input.service?.deployments ?? [];
  // Our deployment's createdAt is on AWS's clock: the runner's clock may be off by seconds.
  const created = deployments.find((d) => d.id === input.deploymentId)?.createdAt;
  const since = created && created.getTime() < input.since.getTime() ? created : input.since;
  const events = eventsSince(input.service, since);
  const stoppedTasks: StoppedTaskReport[] = [...input.stoppedTasks]
    .sort((a, b) => (a.stoppedAt?.getTime() ?? 0) - (b.stoppedAt?.getTime() ?? 0))
    .map((t) => ({
      taskId: shortTaskId(t.taskArn),
      ...(t.stopCode ? { stopCode: t.stopCode } : {}),
      ...(t.stoppedReason ? { stoppedReason: t.stoppedReason } : {}),
      ...(t.stoppedAt ? { stoppedAt: t.stoppedAt } : {}),
      containers: (t.containers ?? []).map((c) => ({
        name: c.name ?? '',
        ...(c.exitCode !== undefined ? { exitCode: c.exitCode } : {}),
        ...(c.reason ? { reason: c.reason } : {}),
      })),
      hints: hintsForTask(t),
    }));
  const ours = deployments.find((d) => d.id === input.deploymentId);
  const hints: Hint[] = [];
  const add = (h: Hint) => {
    if (!hints.some((x) => x.id === h.id)) hints.push(h);
  };
  for (const t of stoppedTasks) t.hints.forEach(add);
  // Events carry ELB health-check failures and placement problems that tasks do not.
  for (const h of ruleHints(events.map((e) => e.message ?? '').join('\n'))) add(h);
  // rolloutStateReason names the circuit breaker; once our deployment is gone only the
  // events remain: "(deployment <id>) deployment failed: ..." and "rolling back to deployment".
  const breaker = [ours?.rolloutStateReason, ...events.map((e) => e.message)].find(
    (m) =>
      /circuit breaker/i.test(m ?? '') ||
      (m ?? '').includes(`(deployment ${input.deploymentId}) deployment failed`),
  );
  if (breaker || ours?.rolloutState === 'FAILED') {
    add({
      id: 'circuit-breaker',
      text: `ECS stopped the rollout: ${breaker ?? ours?.rolloutStateReason ?? 'deployment failed'}${
        hints.length ? '' : ' (see the stopped tasks and events for the cause)'
      }`,
    });
  }
  return { deployments, events, stoppedTasks, hints };
}
