import type { AwsClientSettings } from './client-settings.js';
import type { EcsReadApi, EcsService, EcsTask } from './ecs-model.js';

export type EcsOperation =
  | 'DescribeServices'
  | 'UpdateService'
  | 'ListTasks'
  | 'DescribeTasks'
  | 'DescribeTaskDefinition'
  | 'RegisterTaskDefinition'
  | 'DescribeExpressGatewayService'
  | 'UpdateExpressGatewayService';

/**
 * One ECS API call by operation name. The SDK adapter below and the test simulator both
 * implement it, so roll and wait run the same code against AWS and against scripted rollouts.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type EcsCall = (operation: EcsOperation, input: Record<string, unknown>) => Promise<any>;

/** @aws-sdk/client-ecs, loaded only by the image command. The SDK's own retries are off. */
export async function createEcsCall(settings: AwsClientSettings): Promise<EcsCall> {
  const ecs = await import('@aws-sdk/client-ecs');
  const client = new ecs.ECSClient({ ...settings.config('ECS'), maxAttempts: 1 });
  const commands = {
    DescribeServices: ecs.DescribeServicesCommand,
    UpdateService: ecs.UpdateServiceCommand,
    ListTasks: ecs.ListTasksCommand,
    DescribeTasks: ecs.DescribeTasksCommand,
    DescribeTaskDefinition: ecs.DescribeTaskDefinitionCommand,
    RegisterTaskDefinition: ecs.RegisterTaskDefinitionCommand,
    DescribeExpressGatewayService: ecs.DescribeExpressGatewayServiceCommand,
    UpdateExpressGatewayService: ecs.UpdateExpressGatewayServiceCommand,
  } as const;
  return (operation, input) => {
    const Command = commands[operation] as unknown as new (input: unknown) => never;
    return client.send(new Command(input));
  };
}

/** ListTasks pages (100 ARNs each) read per poll: enough for a busy service's last hour. */
const STOPPED_TASK_PAGES = 3;

/** The wait's read operations over an EcsCall. */
export function ecsReadApi(call: EcsCall): EcsReadApi {
  return {
    async describeService(cluster, service) {
      const out = (await call('DescribeServices', { cluster, services: [service] })) as {
        services?: EcsService[];
        failures?: { reason?: string }[];
      };
      const found = out.services?.[0];
      return found ? { service: found } : { failureReason: out.failures?.[0]?.reason ?? 'MISSING' };
    },
    async listStoppedTaskArns(cluster, service) {
      // ListTasks cannot combine startedBy with other filters: list the service's stopped
      // tasks (a few pages at most) and let the caller keep those of its deployment.
      const arns: string[] = [];
      let nextToken: string | undefined;
      for (let page = 0; page < STOPPED_TASK_PAGES; page++) {
        const out = (await call('ListTasks', {
          cluster,
          serviceName: service,
          desiredStatus: 'STOPPED',
          maxResults: 100,
          ...(nextToken ? { nextToken } : {}),
        })) as { taskArns?: string[]; nextToken?: string };
        arns.push(...(out.taskArns ?? []));
        nextToken = out.nextToken;
        if (!nextToken) break;
      }
      return arns;
    },
    async describeTasks(cluster, taskArns) {
      const out = (await call('DescribeTasks', { cluster, tasks: taskArns })) as {
        tasks?: EcsTask[];
      };
      return out.tasks ?? [];
    },
  };
}
