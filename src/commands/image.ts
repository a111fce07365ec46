import { awsClientSettings } from '../aws/client-settings.js';
import { classifyAwsError, describeAwsError } from '../aws/aws-error-class.js';
import { diagnoseRollout } from '../aws/ecs-diagnose.js';
import { createEcsCall, ecsReadApi, type EcsCall } from '../aws/ecs-client.js';
import { imageRepository, rollService, type RollResult } from '../aws/ecs-roll.js';
import { waitForRollout, type WaitResult } from '../aws/ecs-wait.js';
import { ecrAccount, ecrImageDigest, ecrLogin, ecrRegion, parseTaggedImage } from '../aws/ecr.js';
import type { AwsClientSettings } from '../aws/client-settings.js';
import { ContainerCli, type ContainerCliName } from '../container/container-cli.js';
import { renderDiagnosisLog, renderRolloutSummary } from '../render/rollout-summary.js';
import { ConfigurationError, invalidInput } from '../util/errors.js';
import { formatDuration } from '../util/duration.js';
import { retry } from '../util/retry.js';
import type { CommandContext } from './command.js';
import { readImageSettings, type ImageSettings } from './image-inputs.js';

const LOGOUT_STATE = 'image-registry-logout';

/** Express canary rollouts bake twice for 3 minutes; shorter waits cannot see them finish. */
const EXPRESS_MIN_WAIT_MS = 10 * 60_000;

function regionOf(settings: ImageSettings): string {
  const region = settings.region ?? (settings.registry ? ecrRegion(settings.registry) : undefined);
  if (!region) {
    throw new ConfigurationError(
      "No AWS region: set input 'aws-region' (or AWS_REGION in the environment, as assume-role exports it).",
    );
  }
  return region;
}

/** AWS errors of the roll: credentials and client errors are the user's to fix. */
function awsFailure(what: string, error: unknown): Error {
  if (error instanceof ConfigurationError) return error;
  const kind = classifyAwsError(error);
  const isServiceError = typeof error === 'object' && error !== null && '$metadata' in error;
  if (kind === 'credentials' || isServiceError) {
    return new ConfigurationError(`${what} failed: ${describeAwsError(error)}`);
  }
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * For strategy task-definition: the digest ECR stores for a tag (DescribeImages), so that the
 * new revision pins the image instead of a tag that may move. Only for ECR references (an ECR
 * host, or the registry the config / ecr-repository names); undefined elsewhere.
 */
async function resolveDigest(
  ctx: CommandContext,
  aws: AwsClientSettings,
  image: string,
  knownRegistry: string | undefined,
  fromInput: boolean,
): Promise<string | undefined> {
  const parsed = parseTaggedImage(image);
  if (!parsed) return undefined;
  if (!ecrAccount(parsed.registry) && parsed.registry !== knownRegistry) return undefined;
  const region = ecrRegion(parsed.registry) ?? aws.region;
  const settings = awsClientSettings(ctx.host.env, region);
  try {
    const digest = await ecrImageDigest(settings, parsed);
    if (digest) ctx.host.info(`ECR: ${image} is ${digest}.`);
    return digest;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'ImageNotFoundException' || name === 'RepositoryNotFoundException') {
      const what =
        name === 'ImageNotFoundException'
          ? `tag ${parsed.tag} in repository ${parsed.repository}`
          : `repository ${parsed.repository}`;
      const why = `ECR has no ${what} (${describeAwsError(error)})`;
      throw fromInput
        ? invalidInput('image', image, why)
        : new ConfigurationError(`${image}: ${why}.`);
    }
    if (classifyAwsError(error) === 'credentials') {
      ctx.host.warning(
        `Could not resolve ${image} to a digest (${describeAwsError(error)}): the task definition names the tag. Allow ecr:DescribeImages to pin by digest.`,
      );
      return undefined;
    }
    throw awsFailure('ECR DescribeImages', error);
  }
}

/** ECS calls of the roll, with throttling and 5xx retried (the wait has its own policy). */
function retrying(call: EcsCall, ctx: CommandContext): EcsCall {
  return (operation, input) =>
    retry(() => call(operation, input), {
      classify: (e) => (classifyAwsError(e) === 'transient' ? 'retry' : 'fail'),
      maxAttempts: 5,
      maxElapsedMs: 60_000,
      baseMs: 1000,
      sleep: (ms, s) => ctx.clock.sleep(ms, s),
      now: () => ctx.clock.now(),
      signal: ctx.host.cancellation,
    });
}

export async function run(ctx: CommandContext): Promise<void> {
  const { host } = ctx;
  const settings = readImageSettings(ctx.inputs, host, ctx.github);
  const aws =
    settings.push || settings.roll || settings.wait
      ? awsClientSettings(host.env, regionOf(settings))
      : undefined;
  const cli = new ContainerCli(settings.cli, {
    env: host.env,
    cwd: settings.context,
    onOutput: (chunk) => host.write(chunk),
    signal: host.cancellation,
  });
  if (settings.build || settings.push) await cli.ensureInstalled(settings.build);

  let imageUri = settings.image;
  let digest = settings.image?.match(/@(sha256:[0-9a-f]{64})$/)?.[1];
  let registry = settings.registry;

  if (settings.push && aws) {
    await host.group('ECR login', async () => {
      const found = await ecrLogin(aws, (s) => host.setSecret(s)).catch((e: unknown) => {
        throw awsFailure('ECR GetAuthorizationToken', e);
      });
      registry ??= found.registry;
      await cli.login(registry, found.username, found.password);
      host.saveState(LOGOUT_STATE, JSON.stringify({ cli: settings.cli, registry }));
      host.info(
        `Logged in to ${registry}${found.expiresAt ? ` (token valid until ${found.expiresAt.toISOString()})` : ''}.`,
      );
    });
  }

  const repository = settings.repositoryName
    ? `${registry ?? ''}${registry ? '/' : ''}${settings.repositoryName}`
    : undefined;
  const refs = repository ? settings.tags.map((t) => `${repository}:${t}`) : [];

  // docker pushes from the build itself (buildx --push): every tag, one or several platforms.
  const buildPushes = settings.build && settings.push && cli.buildPushes;
  if (settings.build) {
    if (!registry) {
      // Building without pushing still needs a name; the registry comes from the config or URI.
      host.info('No registry known (push is off): tagging with the repository name only.');
    }
    const built = await host.group(
      `Build ${buildPushes ? 'and push ' : ''}${refs[0] ?? ''} (${settings.platform})`,
      () =>
        cli.build(
          {
            context: settings.context,
            dockerfile: settings.dockerfile,
            platform: settings.platform,
            refs,
            buildArgs: settings.buildArgs,
          },
          buildPushes,
        ),
    );
    if (buildPushes) {
      digest ??= built;
      host.info(`Pushed ${refs.join(', ')}${built ? ` (${built})` : ''}.`);
    }
    imageUri = refs[0];
  }

  if (settings.push && !buildPushes) {
    await host.group(`Push ${refs.length} tag(s)`, async () => {
      for (const ref of refs) {
        const pushed = await cli.push(ref);
        digest ??= pushed;
        host.info(`Pushed ${ref}${pushed ? ` (${pushed})` : ''}.`);
      }
    });
    imageUri = refs[0];
  }
  if (
    aws &&
    settings.roll &&
    settings.strategy === 'task-definition' &&
    !digest &&
    imageUri !== undefined
  ) {
    digest = await resolveDigest(ctx, aws, imageUri, registry, settings.image !== undefined);
  }
  if (imageUri) host.setOutput('image-uri', imageUri);
  if (digest) host.setOutput('image-digest', digest);

  const cluster = settings.cluster ?? '';
  const service = settings.service ?? '';
  if (!settings.roll && !settings.wait) return;
  if (!aws) return;
  const call = await createEcsCall(aws);

  let rolled: RollResult | undefined;
  if (settings.roll) {
    const base = repository ?? (imageUri ? imageRepository(imageUri) : undefined);
    const pinned = digest && base ? `${base}@${digest}` : imageUri;
    if (settings.strategy === 'task-definition' && !pinned) {
      throw new ConfigurationError(
        "strategy task-definition needs an image: push one or give input 'image'.",
      );
    }
    if (settings.strategy === 'task-definition' && !digest) {
      host.warning(`The image ${pinned} is not pinned by digest: the task definition names a tag.`);
    }
    rolled = await host
      .group(`Roll ${cluster}/${service} (${settings.strategy})`, () =>
        rollService({
          call: retrying(call, ctx),
          clock: ctx.clock,
          cluster,
          service,
          strategy: settings.strategy,
          image: pinned ?? '',
          ...(repository ? { repository } : {}),
          ...(settings.containerName ? { containerName: settings.containerName } : {}),
          expectImages: refs.length > 0 ? refs : imageUri ? [imageUri] : [],
          log: (m) => host.info(m),
          warn: (m) => host.warning(m),
        }),
      )
      .catch((e: unknown) => {
        throw awsFailure(`Rolling ECS service ${service}`, e);
      });
    host.info(
      `Deployment ${rolled.deploymentId} started${rolled.express ? ' (Express gateway service: canary rollout)' : ''}.`,
    );
    host.setOutput('deployment-id', rolled.deploymentId);
    host.setOutput('task-definition-arn', rolled.taskDefinitionArn);
  }

  if (!settings.wait) {
    host.setOutput('rollout-state', 'not-waited');
    return;
  }

  const read = ecsReadApi(call);
  let deploymentId = rolled?.deploymentId;
  let express = rolled?.express ?? false;
  const since = rolled?.rolledAt ?? new Date(ctx.clock.now());
  if (!deploymentId) {
    // wait without roll: the service's current PRIMARY deployment.
    const lookup = await read.describeService(cluster, service).catch((e: unknown) => {
      throw awsFailure('ECS DescribeServices', e);
    });
    deploymentId = lookup.service?.deployments?.find((d) => d.status === 'PRIMARY')?.id;
    express = lookup.service?.resourceManagementType === 'ECS';
    if (!deploymentId) {
      throw new ConfigurationError(
        `ECS service '${service}' was not found in cluster '${cluster}' or has no PRIMARY deployment.`,
      );
    }
  }
  if (express && settings.waitTimeoutMs < EXPRESS_MIN_WAIT_MS) {
    host.warning(
      `${service} is an Express gateway service: its canary rollout bakes for about 6 minutes; wait-timeout ${formatDuration(settings.waitTimeoutMs)} may end before it completes.`,
    );
  }

  const result: WaitResult = await host.group(`Wait for ${deploymentId}`, () =>
    waitForRollout({
      api: read,
      clock: ctx.clock,
      cluster,
      service,
      deploymentId,
      intervalMs: settings.pollIntervalMs,
      timeoutMs: settings.waitTimeoutMs,
      signal: host.cancellation,
      onPoll: (line) => host.info(line),
    }),
  );
  host.setOutput('rollout-state', result.verdict);
  host.setOutput('wait-seconds', String(Math.round(result.elapsedMs / 1000)));

  const report = {
    cluster,
    service,
    deploymentId,
    ...(imageUri ? { imageUri } : {}),
    verdict: result.verdict,
    detail: result.detail,
    elapsedMs: result.elapsedMs,
    express,
  };
  if (result.verdict === 'completed') {
    await host.appendSummary(renderRolloutSummary(report));
    host.info(`Rollout of ${service} completed in ${formatDuration(result.elapsedMs)}.`);
    return;
  }
  const diagnosis = diagnoseRollout({
    ...(result.last?.service ? { service: result.last.service } : {}),
    deploymentId,
    stoppedTasks: result.last?.stoppedTasks ?? [],
    since,
  });
  for (const line of renderDiagnosisLog(diagnosis)) host.info(line);
  await host.appendSummary(renderRolloutSummary({ ...report, diagnosis }));
  const hint = diagnosis.hints[0];
  throw new ConfigurationError(
    `Rollout of ECS service ${service} ${result.verdict}: ${result.detail.replace(/\.$/, '')}${hint ? `. Hint (${hint.id}): ${hint.text}` : ''}`,
  );
}

/** Post step: log out of the registry this run logged in to. */
export async function post(ctx: CommandContext): Promise<void> {
  const saved = ctx.host.getState(LOGOUT_STATE);
  if (!saved) return;
  const { cli, registry } = JSON.parse(saved) as { cli: ContainerCliName; registry: string };
  const container = new ContainerCli(cli, { env: ctx.host.env, cwd: ctx.host.workspace });
  try {
    const ok = await container.logout(registry);
    ctx.host.info(
      ok ? `Logged out of ${registry}.` : `${cli} logout ${registry} failed (ignored).`,
    );
  } catch (error) {
    ctx.host.warning(
      `Could not log out of ${registry}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
