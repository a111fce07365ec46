import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { RollStrategy } from '../aws/ecs-roll.js';
import { ecrRegion } from '../aws/ecr.js';
import { partitionOfRegion } from '../aws/role-arn.js';
import type { GitHubContext } from '../github/context.js';
import type { Host } from '../github/host.js';
import type { Inputs } from '../github/inputs.js';
import type { ContainerCliName } from '../container/container-cli.js';
import { ConfigurationError, invalidInput } from '../util/errors.js';
import { pathKind } from '../util/path-input.js';

/** The deploy config `output` writes (output-file): the keys the image command reads. */
export const CONFIG_KEYS = {
  registry: 'ecr_endpoint',
  repository: 'ecr_repository_name',
  cluster: 'ecs_cluster_name',
  service: 'ecs_service_name',
} as const;

export interface ImageSettings {
  cli: ContainerCliName;
  build: boolean;
  push: boolean;
  roll: boolean;
  wait: boolean;
  /** Registry host from the config or the repository URI; else GetAuthorizationToken's. */
  registry?: string;
  repositoryName?: string;
  /** An existing image to deploy (build and push skipped). */
  image?: string;
  cluster?: string;
  service?: string;
  context: string;
  dockerfile: string;
  platform: string;
  tags: string[];
  buildArgs: string[];
  strategy: RollStrategy;
  containerName?: string;
  waitTimeoutMs: number;
  pollIntervalMs: number;
  region?: string;
}

/**
 * Each poll is a DescribeServices call: at most one a second. The end-to-end tests, whose ECS
 * peer moves its simulated time with each call, lower the floor through this variable (it is
 * not an input).
 */
function minPollIntervalMs(env: Host['env']): number {
  const ms = Number(env.TOFU_AWS_ACTION_MIN_POLL_INTERVAL_MS);
  return ms > 0 ? ms : 1000;
}
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
/** ECR's rule for repository names: lowercase parts joined by one `.`, `_` or `-`, slashes between. */
const ECR_REPOSITORY = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;

function readConfig(path: string, shown: string): Record<string, unknown> {
  if (!existsSync(path))
    throw invalidInput(
      'config-file',
      shown,
      'the file does not exist (run output with output-file first)',
    );
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new Error('not an object');
    return parsed as Record<string, unknown>;
  } catch {
    throw invalidInput(
      'config-file',
      shown,
      'expected a JSON object such as the file output writes',
    );
  }
}

/** A string value, or the `{ value }` of a raw `tofu output -json` entry. */
function configString(config: Record<string, unknown>, key: string): string | undefined {
  const raw = config[key];
  const value =
    typeof raw === 'object' && raw !== null && 'value' in raw
      ? (raw as { value: unknown }).value
      : raw;
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** aws-region, else AWS_REGION / AWS_DEFAULT_REGION (unset: the SDK's own resolution). */
function readRegion(inputs: Inputs, env: Host['env']): string | undefined {
  const regionInput = inputs.string('aws-region');
  const regionVar = ['AWS_REGION', 'AWS_DEFAULT_REGION'].find((name) => env[name]);
  const region = regionInput ?? (regionVar ? env[regionVar] : undefined);
  if (region !== undefined && partitionOfRegion(region) === undefined) {
    throw invalidInput(
      regionInput === undefined ? `aws-region (from ${regionVar})` : 'aws-region',
      region,
      'expected an AWS region such as us-east-1, eu-west-2, cn-north-1 or us-gov-west-1',
    );
  }
  return region;
}

/**
 * An ECR registry of another partition than the run's region cannot be reached with the run's
 * credentials (aws, aws-cn and aws-us-gov are separate): a one-line error before any call.
 */
function checkRegistryPartition(
  input: string,
  value: string,
  registry: string | undefined,
  region: string | undefined,
): void {
  const registryRegion = registry ? ecrRegion(registry) : undefined;
  if (!registryRegion || !region) return;
  const theirs = partitionOfRegion(registryRegion);
  const ours = partitionOfRegion(region);
  if (theirs && ours && theirs !== ours) {
    throw invalidInput(
      input,
      value,
      `its registry is in ${registryRegion} (partition ${theirs}), but the run's region ${region} (aws-region / AWS_REGION) is in partition ${ours}, whose credentials ECR there refuses: use a registry in the ${ours} partition, or an aws-region in ${theirs}`,
    );
  }
}

/**
 * Reads and checks every image input before any work starts: one-line errors naming the
 * input (or the config key), the value and what is allowed.
 */
export function readImageSettings(
  inputs: Inputs,
  host: Pick<Host, 'workspace' | 'env'>,
  github: GitHubContext,
): ImageSettings {
  const cli = inputs.oneOf('container-cli', ['docker', 'podman'] as const, 'docker');
  const strategy = inputs.oneOf(
    'strategy',
    ['force-new-deployment', 'task-definition'] as const,
    'force-new-deployment',
  );
  const image = inputs.string('image');
  const buildInput = inputs.optionalBool('build');
  const pushInput = inputs.optionalBool('push');
  if (image !== undefined && (buildInput === true || pushInput === true)) {
    throw invalidInput(
      'image',
      image,
      'an existing image is deployed as it is: leave build and push unset (or false) with it',
    );
  }
  const build = image === undefined ? (buildInput ?? true) : false;
  const push = image === undefined ? (pushInput ?? true) : false;
  const roll = inputs.bool('roll', true);
  const wait = inputs.bool('wait', true);

  const platformInput = inputs.string('platform') ?? 'linux/amd64';
  const platforms = platformInput.split(',').map((p) => p.trim());
  for (const p of platforms) {
    if (!PLATFORM.test(p))
      throw invalidInput(
        'platform',
        platformInput,
        'expected os/arch such as linux/amd64 or linux/arm64 (several, comma-separated, with docker and push)',
      );
  }
  if (platforms.length > 1 && (cli !== 'docker' || !push)) {
    throw invalidInput(
      'platform',
      platformInput,
      'several platforms need container-cli docker with push: true (buildx pushes one multi-platform index; --load and podman build take one platform)',
    );
  }
  const platform = platforms.join(',');

  const tagsInput = inputs.list('tags');
  for (const tag of tagsInput) {
    if (!TAG.test(tag))
      throw invalidInput(
        'tags',
        tag,
        'a tag is 1-128 of letters, digits, _ . - and does not start with . or -',
      );
  }
  const tags = tagsInput.length > 0 ? tagsInput : [...(github.sha ? [github.sha] : []), 'latest'];

  const buildArgs = inputs.lines('build-args');
  for (const arg of buildArgs) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(arg))
      throw invalidInput('build-args', arg, 'expected NAME=value, one per line');
  }

  const waitTimeoutMs = inputs.duration('wait-timeout', '20m');
  const pollIntervalMs = inputs.duration('poll-interval', '15s');
  const minPollMs = minPollIntervalMs(host.env);
  if (pollIntervalMs < minPollMs)
    throw invalidInput(
      'poll-interval',
      inputs.string('poll-interval') ?? '',
      `expected ${minPollMs % 1000 ? `${minPollMs}ms` : `${minPollMs / 1000}s`} or more (each poll is a DescribeServices call)`,
    );
  if (waitTimeoutMs <= 0)
    throw invalidInput('wait-timeout', inputs.string('wait-timeout') ?? '', 'expected more than 0');

  const contextInput = inputs.string('context') ?? '.';
  const context = isAbsolute(contextInput) ? contextInput : resolve(host.workspace, contextInput);
  const dockerfileInput = inputs.string('dockerfile');
  const dockerfile =
    dockerfileInput === undefined
      ? join(context, 'Dockerfile')
      : isAbsolute(dockerfileInput)
        ? dockerfileInput
        : resolve(host.workspace, dockerfileInput);
  if (build && pathKind(context) !== 'directory') {
    throw invalidInput('context', contextInput, `no such directory under ${host.workspace}`);
  }
  if (build && !existsSync(dockerfile)) {
    throw invalidInput(
      dockerfileInput === undefined ? 'context' : 'dockerfile',
      dockerfileInput ?? contextInput,
      `no Dockerfile at ${dockerfile}`,
    );
  }

  // Config file first, explicit inputs win.
  const configFile = inputs.string('config-file');
  const config =
    configFile === undefined ? {} : readConfig(resolve(host.workspace, configFile), configFile);
  const fromConfig = (key: string, needed: string): string | undefined => {
    if (configFile === undefined) return undefined;
    const value = configString(config, key);
    if (value === undefined) {
      throw new ConfigurationError(
        `Config file ${configFile} has no key '${key}' (needed to ${needed}): add it to the output-file keys, or give the matching input.`,
      );
    }
    return value;
  };

  let registry: string | undefined;
  let registrySource: { input: string; value: string } | undefined;
  let repositoryName: string | undefined;
  if (push || build) {
    const repoInput = inputs.string('ecr-repository');
    if (repoInput !== undefined) {
      registrySource = { input: 'ecr-repository', value: repoInput };
      const slash = repoInput.indexOf('/');
      if (slash > 0 && /[.:]/.test(repoInput.slice(0, slash))) {
        registry = repoInput.slice(0, slash);
        repositoryName = repoInput.slice(slash + 1);
      } else {
        repositoryName = repoInput;
      }
      if (!ECR_REPOSITORY.test(repositoryName) || repositoryName.length > 256) {
        throw invalidInput(
          'ecr-repository',
          repoInput,
          'expected a repository name (app/web) or URI (123456789012.dkr.ecr.us-east-1.amazonaws.com/app/web)',
        );
      }
    } else if (configFile !== undefined) {
      repositoryName = fromConfig(CONFIG_KEYS.repository, 'push the image');
      const endpoint = fromConfig(CONFIG_KEYS.registry, 'push the image');
      registry = endpoint?.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '');
      if (endpoint)
        registrySource = { input: `config-file (${CONFIG_KEYS.registry})`, value: endpoint };
    } else {
      throw new ConfigurationError(
        `No ECR repository to push to: set input 'ecr-repository', or 'config-file' with keys ${CONFIG_KEYS.registry} and ${CONFIG_KEYS.repository} (or give 'image' to deploy an existing image).`,
      );
    }
  } else if (configFile !== undefined) {
    // An existing image: the config's registry tells ECR references apart (tag → digest).
    registry = configString(config, CONFIG_KEYS.registry)
      ?.replace(/^[a-z]+:\/\//i, '')
      .replace(/\/.*$/, '');
  }

  let cluster: string | undefined;
  let service: string | undefined;
  if (roll || wait) {
    cluster = inputs.string('ecs-cluster');
    service = inputs.string('ecs-service');
    if (configFile === undefined && (cluster === undefined || service === undefined)) {
      throw new ConfigurationError(
        `No ECS ${cluster === undefined ? 'cluster' : 'service'} to roll: set inputs 'ecs-cluster' and 'ecs-service', or 'config-file' with keys ${CONFIG_KEYS.cluster} and ${CONFIG_KEYS.service} (or set roll and wait to false).`,
      );
    }
    cluster ??= fromConfig(CONFIG_KEYS.cluster, 'roll the service');
    service ??= fromConfig(CONFIG_KEYS.service, 'roll the service');
  }

  if (!build && !push && !roll && !wait) {
    throw new ConfigurationError('Nothing to do: build, push, roll and wait are all false.');
  }
  if (roll && !push && image === undefined && strategy === 'task-definition') {
    throw invalidInput(
      'strategy',
      strategy,
      'task-definition pins the pushed digest: it needs push: true or an existing image in input image',
    );
  }

  const containerName = inputs.string('container-name');
  const region = readRegion(inputs, host.env);
  if (push && registrySource) {
    checkRegistryPartition(registrySource.input, registrySource.value, registry, region);
  }
  if (image !== undefined && roll && strategy === 'task-definition' && !image.includes('@')) {
    checkRegistryPartition('image', image, image.split('/')[0], region);
  }
  return {
    cli,
    build,
    push,
    roll,
    wait,
    ...(registry ? { registry } : {}),
    ...(repositoryName ? { repositoryName } : {}),
    ...(image ? { image } : {}),
    ...(cluster ? { cluster } : {}),
    ...(service ? { service } : {}),
    context,
    dockerfile,
    platform,
    tags,
    buildArgs,
    strategy,
    ...(containerName ? { containerName } : {}),
    waitTimeoutMs,
    pollIntervalMs,
    ...(region ? { region } : {}),
  };
}
