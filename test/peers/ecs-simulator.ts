import type { DeploymentFrame, Scenario, StopSpec } from './ecs-scenarios.js';

/** An error shaped like the SDK's service exceptions (name, $metadata, $fault). */
export class SimulatedAwsError extends Error {
  readonly $metadata: { httpStatusCode: number };
  readonly $fault: 'client' | 'server';
  constructor(name: string, message: string, status: number) {
    super(message);
    this.name = name;
    this.$metadata = { httpStatusCode: status };
    this.$fault = status >= 500 ? 'server' : 'client';
  }
}

type Json = Record<string, unknown>;

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';
const EPOCH = Date.UTC(2026, 0, 15, 12, 0, 0);

export interface EcsSimulatorOptions {
  scenario: Scenario;
  /** The simulator's clock in ms (simulated time in unit tests and the bench). */
  now: () => number;
  cluster?: string;
  service?: string;
  /** The image the current task definition runs. */
  image?: string;
  /** A second container in the task definition (to test container-name). */
  sidecar?: boolean;
}

/**
 * An ECS service whose rollout follows a scripted scenario. It answers the operations the
 * image command uses with the real API's shapes; timestamps are Dates (as the SDK returns
 * them; the HTTP peer turns them into epoch seconds like the JSON 1.1 wire format).
 */
export class EcsSimulator {
  readonly calls: Record<string, number> = {};
  readonly cluster: string;
  readonly serviceName: string;
  readonly serviceArn: string;
  readonly clusterArn: string;
  readonly oldId = 'ecs-svc/1111111111111111111';
  readonly rollbackId = 'ecs-svc/3333333333333333333';
  oursId: string | undefined;
  /** When the roll happened, on `now`'s scale; undefined before it. */
  rolledAt: number | undefined;
  readonly taskDefinitions: Json[] = [];
  readonly requests: { operation: string; input: Json }[] = [];
  private rollCount = 0;
  private currentTaskDefinition: string;
  private oldTaskDefinition: string;
  private oursTaskDefinition: string | undefined;

  constructor(private readonly options: EcsSimulatorOptions) {
    this.cluster = options.cluster ?? 'app';
    this.serviceName = options.service ?? 'web';
    this.clusterArn = `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/${this.cluster}`;
    this.serviceArn = `arn:aws:ecs:${REGION}:${ACCOUNT}:service/${this.cluster}/${this.serviceName}`;
    const containers: Json[] = [
      {
        name: 'web',
        image: options.image ?? `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/app:latest`,
        essential: true,
        portMappings: [{ containerPort: 8080, hostPort: 8080, protocol: 'tcp' }],
        secrets: [{ name: 'DATABASE_URL', valueFrom: '/app/staging/DATABASE_URL' }],
        environment: [],
        mountPoints: [],
        volumesFrom: [],
      },
    ];
    if (options.sidecar)
      containers.push({
        name: 'log-router',
        image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:stable',
        essential: false,
      });
    this.oldTaskDefinition = this.register({
      family: 'web',
      taskRoleArn: `arn:aws:iam::${ACCOUNT}:role/web-task`,
      executionRoleArn: `arn:aws:iam::${ACCOUNT}:role/web-execution`,
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      runtimePlatform: { cpuArchitecture: 'X86_64', operatingSystemFamily: 'LINUX' },
      containerDefinitions: containers,
    });
    this.currentTaskDefinition = this.oldTaskDefinition;
  }

  get scenario(): Scenario {
    return this.options.scenario;
  }

  /** Seconds since the roll (negative before it). */
  elapsed(): number {
    return this.rolledAt === undefined ? -1 : (this.options.now() - this.rolledAt) / 1000;
  }

  private at(seconds: number): Date {
    return new Date(EPOCH + seconds * 1000);
  }

  private fill(text: string): string {
    return text
      .replace(/\{svc\}/g, this.serviceName)
      .replace(/\{ours\}/g, this.oursId ?? '')
      .replace(/\{old\}/g, this.oldId)
      .replace(/\{rollback\}/g, this.rollbackId);
  }

  private register(input: Json): string {
    const family = String(input.family);
    const revision = this.taskDefinitions.filter((t) => t.family === family).length + 1;
    const arn = `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/${family}:${revision}`;
    this.taskDefinitions.push({
      ...structuredClone(input),
      taskDefinitionArn: arn,
      revision,
      status: 'ACTIVE',
      compatibilities: ['EC2', 'FARGATE'],
      registeredAt: this.at(Math.max(0, this.elapsed())),
    });
    return arn;
  }

  /** The deployments' frames at the current time. */
  private frames(): { ours?: DeploymentFrame; old?: DeploymentFrame; rollback?: DeploymentFrame } {
    const t = this.elapsed();
    if (this.rolledAt === undefined) {
      return {
        old: {
          status: 'PRIMARY',
          rolloutState: 'COMPLETED',
          reason: 'ECS deployment {old} completed.',
          running: this.scenario.desiredCount,
          pending: 0,
        },
      };
    }
    const state: Record<string, DeploymentFrame | undefined> = {};
    for (const frame of this.scenario.frames) {
      if (frame.at > t) break;
      for (const key of ['ours', 'old', 'rollback'] as const) {
        if (key in frame) state[key] = frame[key] ?? undefined;
      }
    }
    return state;
  }

  private deployment(
    id: string,
    frame: DeploymentFrame,
    taskDefinition: string,
    createdAt: number,
  ): Json {
    return {
      id,
      status: frame.status,
      taskDefinition,
      desiredCount: this.scenario.desiredCount,
      pendingCount: frame.pending,
      runningCount: frame.running,
      failedTasks: frame.failedTasks ?? 0,
      createdAt: this.at(createdAt),
      updatedAt: this.at(Math.max(createdAt, this.elapsed())),
      launchType: 'FARGATE',
      platformVersion: '1.4.0',
      networkConfiguration: {
        awsvpcConfiguration: {
          subnets: ['subnet-0a1b2c3d'],
          securityGroups: ['sg-0a1b2c3d'],
          assignPublicIp: 'DISABLED',
        },
      },
      ...(frame.rolloutState ? { rolloutState: frame.rolloutState } : {}),
      ...(frame.reason ? { rolloutStateReason: this.fill(frame.reason) } : {}),
    };
  }

  private serviceShape(): Json {
    const f = this.frames();
    const deployments: Json[] = [];
    if (f.rollback)
      deployments.push(this.deployment(this.rollbackId, f.rollback, this.oldTaskDefinition, 100));
    if (f.ours && this.oursId)
      deployments.push(
        this.deployment(this.oursId, f.ours, this.oursTaskDefinition ?? this.oldTaskDefinition, 0),
      );
    if (f.old) deployments.push(this.deployment(this.oldId, f.old, this.oldTaskDefinition, -86400));
    deployments.sort((a, b) => (a.status === 'PRIMARY' ? -1 : b.status === 'PRIMARY' ? 1 : 0));
    const t = this.elapsed();
    const events = this.rolledAt === undefined ? [] : this.scenario.events.filter((e) => e.at <= t);
    const running = deployments.reduce((n, d) => n + Number(d.runningCount), 0);
    const pending = deployments.reduce((n, d) => n + Number(d.pendingCount), 0);
    return {
      serviceArn: this.serviceArn,
      serviceName: this.serviceName,
      clusterArn: this.clusterArn,
      status: 'ACTIVE',
      desiredCount: this.scenario.desiredCount,
      runningCount: running,
      pendingCount: pending,
      launchType: 'FARGATE',
      taskDefinition: this.currentTaskDefinition,
      deploymentConfiguration: {
        deploymentCircuitBreaker: {
          enable: this.scenario.circuitBreaker,
          rollback: this.scenario.circuitBreaker,
        },
        maximumPercent: 200,
        minimumHealthyPercent: 100,
        ...(this.scenario.express ? { strategy: 'CANARY' } : {}),
      },
      deployments,
      events: [
        ...events.map((e, i) => ({
          id: `evt-${i}`,
          createdAt: this.at(e.at),
          message: this.fill(e.message),
        })),
        {
          id: 'evt-before',
          createdAt: this.at(-3600),
          message: `(service ${this.serviceName}) has reached a steady state.`,
        },
      ].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()),
      createdAt: this.at(-864000),
      schedulingStrategy: 'REPLICA',
      deploymentController: { type: 'ECS' },
      resourceManagementType: this.scenario.express ? 'ECS' : 'CUSTOMER',
    };
  }

  private stoppedTasks(): (StopSpec & { arn: string })[] {
    if (this.rolledAt === undefined) return [];
    const t = this.elapsed();
    return this.scenario.stops
      .map((s, i) => ({
        ...s,
        arn: `arn:aws:ecs:${REGION}:${ACCOUNT}:task/${this.cluster}/${(0xabc000 + i).toString(16).padStart(32, '0')}`,
      }))
      .filter((s) => s.at <= t);
  }

  private task(s: StopSpec & { arn: string }): Json {
    const ours = (s.who ?? 'ours') === 'ours';
    const image = ours
      ? this.imageOf(this.oursTaskDefinition)
      : this.imageOf(this.oldTaskDefinition);
    const stopped = this.elapsed() >= s.at + (s.stoppingFor ?? 0);
    return {
      taskArn: s.arn,
      clusterArn: this.clusterArn,
      taskDefinitionArn: ours ? this.oursTaskDefinition : this.oldTaskDefinition,
      lastStatus: stopped ? 'STOPPED' : 'DEACTIVATING',
      desiredStatus: 'STOPPED',
      startedBy: ours ? this.oursId : this.oldId,
      group: `service:${this.serviceName}`,
      launchType: 'FARGATE',
      stopCode: s.stopCode,
      stoppedReason: this.fill(s.stoppedReason),
      createdAt: this.at(s.at - 15),
      stoppingAt: this.at(s.at - 1),
      ...(stopped ? { stoppedAt: this.at(s.at + (s.stoppingFor ?? 0)) } : {}),
      containers: s.containers.map((c) => ({
        containerArn: `${s.arn.replace(':task/', ':container/')}/${c.name}`,
        taskArn: s.arn,
        name: c.name,
        image,
        lastStatus: stopped ? 'STOPPED' : 'RUNNING',
        ...(stopped && c.exitCode !== undefined ? { exitCode: c.exitCode } : {}),
        ...(stopped && c.reason ? { reason: c.reason } : {}),
      })),
    };
  }

  private imageOf(arn: string | undefined): string | undefined {
    const td = this.taskDefinitions.find((t) => t.taskDefinitionArn === arn);
    return (td?.containerDefinitions as Json[] | undefined)?.[0]?.image as string | undefined;
  }

  private roll(taskDefinition: string | undefined): void {
    this.rollCount++;
    this.oursId = `ecs-svc/${String(2222222222222222222n + BigInt(this.rollCount))}`;
    this.rolledAt = this.options.now();
    if (taskDefinition) this.currentTaskDefinition = taskDefinition;
    this.oursTaskDefinition = this.currentTaskDefinition;
  }

  private checkErrors(): void {
    const t = this.elapsed();
    for (const e of this.scenario.errors ?? []) {
      if (this.rolledAt !== undefined && t >= e.from && (e.to === undefined || t < e.to)) {
        throw new SimulatedAwsError(e.name, e.message, e.status);
      }
    }
  }

  private checkService(input: Json, key: string): void {
    const name = String(input[key] ?? '');
    if (name !== this.serviceName && name !== this.serviceArn)
      throw new SimulatedAwsError('ServiceNotFoundException', 'Service not found.', 400);
    const cluster = String(input.cluster ?? 'default');
    if (key !== 'serviceArn' && cluster !== this.cluster && cluster !== this.clusterArn)
      throw new SimulatedAwsError('ClusterNotFoundException', 'Cluster not found.', 400);
  }

  /** One API call: the operation name (as in X-Amz-Target) and its JSON input. */
  handle(operation: string, input: Json): Json {
    this.calls[operation] = (this.calls[operation] ?? 0) + 1;
    this.requests.push({ operation, input: structuredClone(input) });
    this.checkErrors();
    switch (operation) {
      case 'DescribeServices': {
        const names = (input.services as string[] | undefined) ?? [];
        const cluster = String(input.cluster ?? 'default');
        const wrongCluster = cluster !== this.cluster && cluster !== this.clusterArn;
        if (wrongCluster)
          throw new SimulatedAwsError('ClusterNotFoundException', 'Cluster not found.', 400);
        const services: Json[] = [];
        const failures: Json[] = [];
        for (const name of names) {
          if (name === this.serviceName || name === this.serviceArn)
            services.push(this.serviceShape());
          else
            failures.push({
              arn: `arn:aws:ecs:${REGION}:${ACCOUNT}:service/${this.cluster}/${name}`,
              reason: 'MISSING',
            });
        }
        return { services, failures };
      }
      case 'UpdateService': {
        this.checkService(input, 'service');
        if (input.taskDefinition) {
          const arn = String(input.taskDefinition);
          if (!this.taskDefinitions.some((t) => t.taskDefinitionArn === arn))
            throw new SimulatedAwsError('ClientException', 'TaskDefinition not found.', 400);
          this.roll(arn);
        } else if (input.forceNewDeployment) {
          this.roll(undefined);
        } else {
          throw new SimulatedAwsError('InvalidParameterException', 'Nothing to update.', 400);
        }
        return { service: this.serviceShape() };
      }
      case 'ListTasks': {
        if (input.desiredStatus !== 'STOPPED') return { taskArns: [] };
        if (input.serviceName && input.serviceName !== this.serviceName) return { taskArns: [] };
        return {
          taskArns: this.stoppedTasks()
            .map((s) => s.arn)
            .reverse(),
        };
      }
      case 'DescribeTasks': {
        const wanted = new Set((input.tasks as string[] | undefined) ?? []);
        const all = this.stoppedTasks();
        return {
          tasks: all.filter((s) => wanted.has(s.arn)).map((s) => this.task(s)),
          failures: [...wanted]
            .filter((a) => !all.some((s) => s.arn === a))
            .map((arn) => ({ arn, reason: 'MISSING' })),
        };
      }
      case 'DescribeTaskDefinition': {
        const ref = String(input.taskDefinition);
        const td = this.taskDefinitions.find(
          (t) => t.taskDefinitionArn === ref || `${t.family}:${t.revision}` === ref,
        );
        if (!td)
          throw new SimulatedAwsError(
            'ClientException',
            'Unable to describe task definition.',
            400,
          );
        return { taskDefinition: structuredClone(td), tags: [] };
      }
      case 'RegisterTaskDefinition': {
        if (!input.family || !Array.isArray(input.containerDefinitions))
          throw new SimulatedAwsError(
            'ClientException',
            'Family and containerDefinitions are required.',
            400,
          );
        for (const key of Object.keys(input)) {
          if (
            [
              'taskDefinitionArn',
              'revision',
              'status',
              'compatibilities',
              'registeredAt',
              'registeredBy',
              'requiresAttributes',
              'deregisteredAt',
            ].includes(key)
          )
            throw new SimulatedAwsError('SerializationException', `Unknown field ${key}`, 400);
        }
        const arn = this.register(input);
        return {
          taskDefinition: structuredClone(
            this.taskDefinitions.find((t) => t.taskDefinitionArn === arn),
          ),
          tags: input.tags ?? [],
        };
      }
      case 'DescribeExpressGatewayService': {
        this.checkService(input, 'serviceArn');
        if (!this.scenario.express)
          throw new SimulatedAwsError(
            'InvalidParameterException',
            'The service is not an Express service.',
            400,
          );
        return { service: this.expressShape() };
      }
      case 'UpdateExpressGatewayService': {
        this.checkService(input, 'serviceArn');
        if (!this.scenario.express)
          throw new SimulatedAwsError(
            'InvalidParameterException',
            'The service is not an Express service.',
            400,
          );
        const container = input.primaryContainer as Json | undefined;
        if (!container?.image)
          throw new SimulatedAwsError(
            'InvalidParameterException',
            'primaryContainer.image is required.',
            400,
          );
        const current = this.taskDefinitions.find(
          (t) => t.taskDefinitionArn === this.currentTaskDefinition,
        ) as Json;
        const defs = structuredClone(current.containerDefinitions as Json[]);
        (defs[0] as Json).image = container.image;
        const {
          taskDefinitionArn: _a,
          revision: _r,
          status: _s,
          compatibilities: _c,
          registeredAt: _t,
          ...rest
        } = current;
        const arn = this.register({ ...rest, containerDefinitions: defs });
        this.roll(arn);
        const shape = this.expressShape();
        return {
          service: {
            serviceArn: this.serviceArn,
            cluster: this.clusterArn,
            serviceName: this.serviceName,
            status: { statusCode: 'ACTIVE' },
            targetConfiguration: (shape.activeConfigurations as Json[])[0],
            createdAt: this.at(-864000),
            updatedAt: this.at(0),
          },
        };
      }
      default:
        throw new SimulatedAwsError(
          'UnknownOperationException',
          `Unknown operation ${operation}`,
          400,
        );
    }
  }

  private expressShape(): Json {
    const image = this.imageOf(this.currentTaskDefinition);
    return {
      cluster: this.clusterArn,
      serviceName: this.serviceName,
      serviceArn: this.serviceArn,
      infrastructureRoleArn: `arn:aws:iam::${ACCOUNT}:role/ecsInfrastructureRoleForExpressServices`,
      status: { statusCode: 'ACTIVE' },
      currentDeployment: this.oursId ?? this.oldId,
      activeConfigurations: [
        {
          serviceRevisionArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:service-revision/${this.cluster}/${this.serviceName}/${1000 + this.rollCount}`,
          executionRoleArn: `arn:aws:iam::${ACCOUNT}:role/web-execution`,
          taskRoleArn: `arn:aws:iam::${ACCOUNT}:role/web-task`,
          taskDefinitionArn: this.currentTaskDefinition,
          cpu: '256',
          memory: '512',
          healthCheckPath: '/health',
          primaryContainer: {
            image,
            containerPort: 8080,
            secrets: [{ name: 'DATABASE_URL', valueFrom: '/app/staging/DATABASE_URL' }],
            environment: [{ name: 'NODE_ENV', value: 'production' }],
          },
          scalingTarget: {
            minTaskCount: 1,
            maxTaskCount: 4,
            autoScalingMetric: 'AVERAGE_CPU',
            autoScalingTargetValue: 60,
          },
          ingressPaths: [
            { accessType: 'PUBLIC', endpoint: `${this.serviceName}.ecs.${REGION}.on.aws` },
          ],
          createdAt: this.at(0),
        },
      ],
      createdAt: this.at(-864000),
      updatedAt: this.at(0),
    };
  }
}
