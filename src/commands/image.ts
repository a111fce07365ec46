import { awsClientSettings, type AwsClientSettings } from '../aws/client-settings.js';
import { ecrRegion } from '../aws/ecr.js';
import { resolveTagDigest } from '../aws/ecr-tag-digest.js';
import { createEcsCall, ecsReadApi } from '../aws/ecs-client.js';
import { retryingEcsCall } from '../aws/ecs-retrying-call.js';
import { startedBeforeCancel } from '../aws/ecs-roll.js';
import { rollImage, type ImageToRoll } from '../aws/ecs-roll-image.js';
import { reportRollout } from '../aws/ecs-rollout-report.js';
import { watchRollout } from '../aws/ecs-watch-rollout.js';
import { ContainerCli } from '../container/container-cli.js';
import { publishImage, type PublishedImage } from '../container/publish-image.js';
import { loginToEcr, logoutOfSavedRegistry } from '../container/registry-session.js';
import { ConfigurationError } from '../util/errors.js';
import type { CommandContext } from './command.js';
import { readImageSettings, type ImageSettings } from './image-inputs.js';

/**
 * The run's region, for ECS. ECR calls use the registry host's own region where it names one
 * (loginToEcr, resolveTagDigest): a token from another region is refused.
 */
function regionOf(settings: ImageSettings): string {
  const region = settings.region ?? (settings.registry ? ecrRegion(settings.registry) : undefined);
  if (!region) {
    throw new ConfigurationError(
      "No AWS region: set input 'aws-region' (or AWS_REGION in the environment, as assume-role exports it).",
    );
  }
  return region;
}

/** Build, push (ECR login first), roll the ECS service and wait for the rollout. */
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

  const registry =
    settings.push && aws ? await loginToEcr(host, aws, cli, settings.registry) : settings.registry;
  const published = await publishImage(host, cli, settings, registry);
  const image = {
    ...published,
    digest: await digestToPin(ctx, settings, aws, published, registry),
  };
  if (image.uri) host.setOutput('image-uri', image.uri);
  if (image.digest) host.setOutput('image-digest', image.digest);

  if (!settings.roll && !settings.wait) return;
  if (!aws) return;
  await rollOut(ctx, settings, aws, image);
}

/** Roll the ECS service to the image (unless roll is off), then wait for the rollout. */
async function rollOut(
  ctx: CommandContext,
  settings: ImageSettings,
  aws: AwsClientSettings,
  image: ImageToRoll,
): Promise<void> {
  const { host } = ctx;
  const call = await createEcsCall(aws);
  const cluster = settings.cluster ?? '';
  const service = settings.service ?? '';

  const rolled = settings.roll
    ? await rollImage({
        host,
        clock: ctx.clock,
        call: retryingEcsCall(call, ctx.clock, host.cancellation),
        cluster,
        service,
        strategy: settings.strategy,
        containerName: settings.containerName,
        image,
      }).catch((error: unknown) => {
        if (host.cancellation.aborted) host.setOutput('rollout-state', 'cancelled');
        throw error;
      })
    : undefined;
  if (rolled) {
    host.setOutput('deployment-id', rolled.deploymentId);
    host.setOutput('task-definition-arn', rolled.taskDefinitionArn);
  }
  if (rolled && !settings.wait && host.cancellation.aborted) {
    host.setOutput('rollout-state', 'cancelled');
    throw new ConfigurationError(
      `ECS service ${service}: ${startedBeforeCancel(rolled.deploymentId)}.`,
    );
  }
  if (!settings.wait) {
    host.setOutput('rollout-state', 'not-waited');
    return;
  }

  const watched = await watchRollout({
    host,
    clock: ctx.clock,
    read: ecsReadApi(call),
    cluster,
    service,
    rolled,
    timeoutMs: settings.waitTimeoutMs,
    intervalMs: settings.pollIntervalMs,
  });
  host.setOutput('rollout-state', watched.result.verdict);
  host.setOutput('wait-seconds', String(Math.round(watched.result.elapsedMs / 1000)));
  await reportRollout({ host, cluster, service, imageUri: image.uri, watched });
}

/** Strategy task-definition pins a digest: the pushed one, else the one ECR stores for the tag. */
async function digestToPin(
  ctx: CommandContext,
  settings: ImageSettings,
  aws: AwsClientSettings | undefined,
  published: PublishedImage,
  registry: string | undefined,
): Promise<string | undefined> {
  const { uri, digest } = published;
  if (!aws || !settings.roll || settings.strategy !== 'task-definition') return digest;
  if (digest || uri === undefined) return digest;
  return resolveTagDigest({
    host: ctx.host,
    region: aws.region,
    image: uri,
    knownRegistry: registry,
    fromInput: settings.image !== undefined,
  });
}

/** Post step: log out of the registry this run logged in to. */
export async function post(ctx: CommandContext): Promise<void> {
  await logoutOfSavedRegistry(ctx.host);
}
