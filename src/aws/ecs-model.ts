/**
 * The parts of the ECS API that roll and wait read, shaped like the SDK's output (timestamps are
 * Dates, every field optional) so that DescribeServices / DescribeTasks results pass straight
 * through, and so that recorded snapshots can be replayed in tests.
 */
export interface EcsDeployment {
  id?: string;
  /** PRIMARY (the newest), ACTIVE (older ones still running or draining), INACTIVE. */
  status?: string;
  taskDefinition?: string;
  desiredCount?: number;
  pendingCount?: number;
  runningCount?: number;
  failedTasks?: number;
  createdAt?: Date;
  updatedAt?: Date;
  /** IN_PROGRESS, COMPLETED or FAILED; absent for deployments that predate rollout states. */
  rolloutState?: string;
  rolloutStateReason?: string;
}

export interface EcsServiceEvent {
  id?: string;
  createdAt?: Date;
  message?: string;
}

export interface EcsService {
  serviceArn?: string;
  serviceName?: string;
  clusterArn?: string;
  /** ACTIVE, DRAINING or INACTIVE. */
  status?: string;
  desiredCount?: number;
  runningCount?: number;
  pendingCount?: number;
  taskDefinition?: string;
  deployments?: EcsDeployment[];
  /** Newest first, as ECS returns them. */
  events?: EcsServiceEvent[];
  deploymentConfiguration?: {
    deploymentCircuitBreaker?: { enable?: boolean; rollback?: boolean };
  };
  /** ECS (rolling, canary, ...), CODE_DEPLOY (blue/green through CodeDeploy) or EXTERNAL. */
  deploymentController?: { type?: string };
  /** ECS for services managed by Express Mode (express gateway services), CUSTOMER otherwise. */
  resourceManagementType?: string;
}

export interface EcsContainer {
  name?: string;
  image?: string;
  lastStatus?: string;
  exitCode?: number;
  reason?: string;
  healthStatus?: string;
}

export interface EcsTask {
  taskArn?: string;
  taskDefinitionArn?: string;
  lastStatus?: string;
  desiredStatus?: string;
  /** For tasks a service started: the ID of the deployment that started them. */
  startedBy?: string;
  group?: string;
  stopCode?: string;
  stoppedReason?: string;
  stoppedAt?: Date;
  createdAt?: Date;
  containers?: EcsContainer[];
}

/** One DescribeServices answer for our service. */
export interface ServiceLookup {
  service?: EcsService;
  /** DescribeServices' failures[].reason, e.g. MISSING. */
  failureReason?: string;
}

/** What the wait reads; the SDK adapter (ecs-client.ts) and test simulators implement it. */
export interface EcsReadApi {
  describeService(cluster: string, service: string): Promise<ServiceLookup>;
  /** ARNs of the service's STOPPED tasks (ECS keeps them for about an hour). */
  listStoppedTaskArns(cluster: string, service: string): Promise<string[]>;
  describeTasks(cluster: string, taskArns: string[]): Promise<EcsTask[]>;
}

export function shortTaskId(arn: string | undefined): string {
  return (arn ?? '').split('/').pop() ?? '';
}
