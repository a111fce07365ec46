import type { Clock, Host } from '../github/host.js';
import { ConfigurationError } from '../util/errors.js';
import { awsFailure } from './aws-failure.js';
import type { EcsCall } from './ecs-client.js';
import { imageRepository, rollService, type RollResult, type RollStrategy } from './ecs-roll.js';

/** The image to roll out: what this run pushed, or the existing image. */
export interface ImageToRoll {
  repository?: string;
  refs: string[];
  uri?: string;
  digest?: string;
}

export interface RollImageOptions {
  host: Pick<Host, 'group' | 'info' | 'warning' | 'cancellation'>;
  clock: Clock;
  call: EcsCall;
  cluster: string;
  service: string;
  strategy: RollStrategy;
  containerName?: string;
  image: ImageToRoll;
}

/** Starts the ECS deployment of the image, pinned by digest where the digest is known. */
export async function rollImage(options: RollImageOptions): Promise<RollResult> {
  const { host, cluster, service, strategy, image } = options;
  const base = image.repository ?? (image.uri ? imageRepository(image.uri) : undefined);
  const pinned = image.digest && base ? `${base}@${image.digest}` : image.uri;
  if (strategy === 'task-definition' && !pinned) {
    throw new ConfigurationError(
      "strategy task-definition needs an image: push one or give input 'image'.",
    );
  }
  if (strategy === 'task-definition' && !image.digest) {
    host.warning(`The image ${pinned} is not pinned by digest: the task definition names a tag.`);
  }
  const rolled = await host
    .group(`Roll ${cluster}/${service} (${strategy})`, () =>
      rollService({
        call: options.call,
        clock: options.clock,
        cluster,
        service,
        strategy,
        image: pinned ?? '',
        ...(image.repository ? { repository: image.repository } : {}),
        ...(options.containerName ? { containerName: options.containerName } : {}),
        expectImages: image.refs.length > 0 ? image.refs : image.uri ? [image.uri] : [],
        log: (m) => host.info(m),
        warn: (m) => host.warning(m),
        signal: host.cancellation,
      }),
    )
    .catch((e: unknown) => {
      throw awsFailure(`Rolling ECS service ${service}`, e);
    });
  host.info(
    `Deployment ${rolled.deploymentId} started${rolled.express ? ' (Express gateway service: canary rollout)' : ''}.`,
  );
  return rolled;
}
