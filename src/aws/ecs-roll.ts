import type { Clock } from '../github/host.js';
import { ConfigurationError, invalidInput } from '../util/errors.js';
import type { EcsCall } from './ecs-client.js';
import type { EcsService } from './ecs-model.js';

export type RollStrategy = 'force-new-deployment' | 'task-definition';

export interface RollOptions {
  call: EcsCall;
  clock: Clock;
  cluster: string;
  service: string;
  strategy: RollStrategy;
  /** The image to run, pinned by digest where we know it. */
  image: string;
  /** The repository part of the image (to pick the container among several). */
  repository?: string;
  containerName?: string;
  /**
   * The references the new tasks should run (the pushed tags, or the image input). With
   * force-new-deployment the current task definition must name one of them, else the roll
   * restarts the old image: that is warned about.
   */
  expectImages?: string[];
  log(message: string): void;
  warn?(message: string): void;
  /** The job's cancellation: once aborted, nothing more is changed in AWS. */
  signal?: AbortSignal;
}

export interface RollResult {
  deploymentId: string;
  taskDefinitionArn: string;
  /** An ECS Express Mode (express gateway) service: canary rollouts take minutes. */
  express: boolean;
  /** When the roll was requested (events from then on belong to this rollout). */
  rolledAt: Date;
}

type Json = Record<string, unknown>;

// The fields RegisterTaskDefinition accepts; DescribeTaskDefinition adds read-only ones.
const REGISTER_FIELDS = [
  'family',
  'taskRoleArn',
  'executionRoleArn',
  'networkMode',
  'containerDefinitions',
  'volumes',
  'placementConstraints',
  'requiresCompatibilities',
  'cpu',
  'memory',
  'pidMode',
  'ipcMode',
  'proxyConfiguration',
  'inferenceAccelerators',
  'ephemeralStorage',
  'runtimePlatform',
  'enableFaultInjection',
] as const;

/** `repo/name:tag` or `repo/name@sha256:...` without the tag or digest. */
export function imageRepository(image: string): string {
  const at = image.indexOf('@');
  const noDigest = at >= 0 ? image.slice(0, at) : image;
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  return colon > slash ? noDigest.slice(0, colon) : noDigest;
}

/** The container input 'container-name' names; a one-line input error listing them if none. */
function namedContainer(containers: Json[], taskDefinition: string, containerName: string): Json {
  const named = containers.find((c) => c.name === containerName);
  if (named) return named;
  throw invalidInput(
    'container-name',
    containerName,
    `task definition ${taskDefinition.split('/').pop()} has containers ${containers.map((c) => String(c.name)).join(', ')}`,
  );
}

/** The container whose image we replace: named, the only one, or the one from our repository. */
export function pickContainer(
  containers: Json[],
  taskDefinition: string,
  containerName: string | undefined,
  repository: string | undefined,
): Json {
  const names = containers.map((c) => String(c.name));
  const label = taskDefinition.split('/').pop();
  if (containerName) return namedContainer(containers, taskDefinition, containerName);
  if (containers.length === 1) return containers[0] as Json;
  const ours = repository
    ? containers.filter((c) => imageRepository(String(c.image ?? '')) === repository)
    : [];
  if (ours.length === 1) return ours[0] as Json;
  throw new ConfigurationError(
    `Task definition ${label} has several containers (${names.join(', ')}): set input 'container-name' to the one that runs this image.`,
  );
}

export function registerInput(taskDefinition: Json, tags: unknown): Json {
  const input: Json = {};
  for (const field of REGISTER_FIELDS) {
    if (taskDefinition[field] !== undefined) input[field] = structuredClone(taskDefinition[field]);
  }
  if (Array.isArray(tags) && tags.length > 0) input.tags = tags;
  return input;
}

async function describe(call: EcsCall, cluster: string, service: string): Promise<EcsService> {
  const out = (await call('DescribeServices', { cluster, services: [service] })) as {
    services?: EcsService[];
  };
  const found = out.services?.[0];
  if (!found || found.status === 'INACTIVE') {
    throw new ConfigurationError(
      `ECS service '${service}' was not found in cluster '${cluster}' (check ecs-service / ecs_service_name and the region).`,
    );
  }
  return found;
}

const primaryOf = (s: EcsService | undefined) =>
  s?.deployments?.find((d) => d.status === 'PRIMARY');

/**
 * The job was cancelled before the roll started a deployment: nothing more is changed. Names
 * the task definition revision when one was already registered (it stays unused).
 */
function throwIfCancelled(options: RollOptions, registered?: string): void {
  if (!options.signal?.aborted) return;
  throw new ConfigurationError(
    registered
      ? `Rolling ECS service ${options.service} was cancelled after task definition ${registered} was registered: the service was not updated, no deployment was started.`
      : `Rolling ECS service ${options.service} was cancelled before anything was changed: no deployment was started.`,
  );
}

/** What a cancel leaves behind once this run started a deployment. */
export function startedBeforeCancel(deploymentId: string): string {
  return `the job was cancelled, but deployment ${deploymentId}, which this run started, goes on in ECS (cancelling the job does not stop it)`;
}

/** After an Express update the new deployment appears shortly; poll until it does. */
async function newPrimary(
  options: RollOptions,
  previous: string | undefined,
  target: string,
): Promise<string> {
  for (let attempt = 0; attempt < 30; attempt++) {
    const primary = primaryOf(await describe(options.call, options.cluster, options.service));
    if (primary?.id && primary.id !== previous) return primary.id;
    await options.clock.sleep(2000, options.signal);
    if (options.signal?.aborted) {
      throw new ConfigurationError(
        `The job was cancelled after UpdateExpressGatewayService started a new deployment of ECS service ${options.service}${target ? ` (task definition ${target})` : ''}: it goes on in ECS (cancelling the job does not stop it); its deployment ID was not seen yet.`,
      );
    }
  }
  throw new Error(`no new deployment of ${options.service} appeared after the update`);
}

async function newRevision(options: RollOptions, current: string): Promise<string> {
  const described = (await options.call('DescribeTaskDefinition', {
    taskDefinition: current,
    include: ['TAGS'],
  })) as { taskDefinition?: Json; tags?: unknown };
  const td = described.taskDefinition;
  if (!td) throw new Error(`DescribeTaskDefinition returned nothing for ${current}`);
  const input = registerInput(td, described.tags);
  const containers = input.containerDefinitions as Json[];
  const container = pickContainer(containers, current, options.containerName, options.repository);
  options.log(
    `container ${String(container.name)}: ${String(container.image)} -> ${options.image}`,
  );
  container.image = options.image;
  throwIfCancelled(options);
  const registered = (await options.call('RegisterTaskDefinition', input)) as {
    taskDefinition?: { taskDefinitionArn?: string };
  };
  const arn = registered.taskDefinition?.taskDefinitionArn;
  if (!arn) throw new Error('RegisterTaskDefinition returned no taskDefinitionArn');
  return arn;
}

/**
 * force-new-deployment restarts the task definition as it is: warns when its container does
 * not name the image we pushed (say it pins an older tag or a digest), because the rollout
 * would then "succeed" with the old image, and refuses a container-name it does not have.
 * Best effort: a failed describe is only logged.
 */
async function checkRestartedImage(options: RollOptions, taskDefinition: string): Promise<void> {
  const expected = options.expectImages ?? [];
  const first = expected[0];
  if ((!first && !options.containerName) || !taskDefinition) return;
  let containers: Json[];
  try {
    const described = (await options.call('DescribeTaskDefinition', { taskDefinition })) as {
      taskDefinition?: { containerDefinitions?: Json[] };
    };
    containers = described.taskDefinition?.containerDefinitions ?? [];
  } catch (error) {
    options.log(
      `Could not read task definition ${taskDefinition} to check its image: ${error instanceof Error ? error.message : String(error)}`,
    );
    return;
  }
  const named =
    options.containerName && containers.length > 0
      ? namedContainer(containers, taskDefinition, options.containerName)
      : undefined;
  if (!first) return;
  const repository = imageRepository(first);
  const label = taskDefinition.split('/').pop();
  const container =
    named ??
    containers.find((c) => imageRepository(String(c.image ?? '')) === repository) ??
    (containers.length === 1 ? containers[0] : undefined);
  const current = String(container?.image ?? '');
  if (container && expected.includes(current)) return;
  options.warn?.(
    container
      ? `force-new-deployment restarts task definition ${label} as it is: container ${String(container.name)} runs ${current}, not ${expected.join(' or ')}, so the new image is not deployed. Use strategy task-definition, or make the task definition name a tag you push (such as latest).`
      : `force-new-deployment restarts task definition ${label} as it is, and none of its containers runs ${repository}: the new image is not deployed. Use strategy task-definition (with container-name).`,
  );
}

/**
 * Starts a new deployment of the service and returns its ID. force-new-deployment restarts
 * the current task definition (tags such as `latest` are resolved again); task-definition
 * registers a revision with the image pinned. Express gateway services (resourceManagementType
 * ECS) take the image through UpdateExpressGatewayService, which owns their task definition.
 */
export async function rollService(options: RollOptions): Promise<RollResult> {
  const { call, cluster, service } = options;
  const before = await describe(call, cluster, service);
  const express = before.resourceManagementType === 'ECS';
  const controller = before.deploymentController?.type ?? 'ECS';
  if (controller !== 'ECS') {
    throw new ConfigurationError(
      `ECS service '${service}' uses the ${controller} deployment controller: this action rolls services with the ECS controller only (${controller === 'CODE_DEPLOY' ? 'CodeDeploy blue/green deploys through CodeDeploy CreateDeployment' : 'an external controller deploys through task sets'}).`,
    );
  }
  const previous = primaryOf(before)?.id;
  const rolledAt = new Date(options.clock.now());

  if (options.strategy === 'force-new-deployment') {
    await checkRestartedImage(options, before.taskDefinition ?? '');
    throwIfCancelled(options);
    const out = (await call('UpdateService', { cluster, service, forceNewDeployment: true })) as {
      service?: EcsService;
    };
    const primary = primaryOf(out.service);
    if (!primary?.id) throw new Error('UpdateService returned no PRIMARY deployment');
    return {
      deploymentId: primary.id,
      taskDefinitionArn: primary.taskDefinition ?? out.service?.taskDefinition ?? '',
      express,
      rolledAt,
    };
  }

  if (express) {
    const serviceArn = before.serviceArn ?? service;
    const described = (await call('DescribeExpressGatewayService', { serviceArn })) as {
      service?: {
        activeConfigurations?: { taskDefinitionArn?: string; primaryContainer?: Json }[];
      };
    };
    const configs = described.service?.activeConfigurations ?? [];
    const active =
      configs.find((c) => c.taskDefinitionArn === before.taskDefinition) ??
      configs[configs.length - 1];
    let update: Json;
    let registered: string | undefined;
    if (active?.primaryContainer) {
      options.log(
        `express service: primaryContainer.image ${String(active.primaryContainer.image)} -> ${options.image}`,
      );
      update = {
        serviceArn,
        primaryContainer: { ...active.primaryContainer, image: options.image },
      };
    } else {
      registered = await newRevision(
        options,
        active?.taskDefinitionArn ?? before.taskDefinition ?? '',
      );
      update = { serviceArn, taskDefinitionArn: registered };
    }
    throwIfCancelled(options, registered);
    const out = (await call('UpdateExpressGatewayService', update)) as {
      service?: { targetConfiguration?: { taskDefinitionArn?: string } };
    };
    const target = out.service?.targetConfiguration?.taskDefinitionArn ?? '';
    const deploymentId = await newPrimary(options, previous, target);
    return { deploymentId, taskDefinitionArn: target, express, rolledAt };
  }

  const arn = await newRevision(options, before.taskDefinition ?? '');
  throwIfCancelled(options, arn);
  const out = (await call('UpdateService', { cluster, service, taskDefinition: arn })) as {
    service?: EcsService;
  };
  const primary = primaryOf(out.service);
  if (!primary?.id) throw new Error('UpdateService returned no PRIMARY deployment');
  return { deploymentId: primary.id, taskDefinitionArn: arn, express, rolledAt };
}
