import type { Host } from '../github/host.js';
import type { ContainerCli } from './container-cli.js';

/** What to build and push (the image settings' part of it). */
export interface PublishSpec {
  build: boolean;
  push: boolean;
  /** An existing image to deploy (nothing built or pushed). */
  image?: string;
  repositoryName?: string;
  tags: string[];
  context: string;
  dockerfile: string;
  platform: string;
  buildArgs: string[];
}

export interface PublishedImage {
  /** registry/repository of the built image. */
  repository?: string;
  /** The references built (and pushed): one per tag. */
  refs: string[];
  /** The image to deploy: the first reference, or the existing image. */
  uri?: string;
  /** Its digest, when the push (or a digest reference) tells it. */
  digest?: string;
}

type PublishHost = Pick<Host, 'group' | 'info'>;

/** Builds and pushes the image as the spec says, or passes an existing image through. */
export async function publishImage(
  host: PublishHost,
  cli: ContainerCli,
  spec: PublishSpec,
  registry: string | undefined,
): Promise<PublishedImage> {
  const repository = spec.repositoryName
    ? `${registry ?? ''}${registry ? '/' : ''}${spec.repositoryName}`
    : undefined;
  const refs = repository ? spec.tags.map((t) => `${repository}:${t}`) : [];
  let uri = spec.image;
  let digest = spec.image?.match(/@(sha256:[0-9a-f]{64})$/)?.[1];

  // docker pushes from the build itself (buildx --push): every tag, one or several platforms.
  const buildPushes = spec.build && spec.push && cli.buildPushes;
  if (spec.build) {
    if (!registry) {
      // Building without pushing still needs a name; the registry comes from the config or URI.
      host.info('No registry known (push is off): tagging with the repository name only.');
    }
    const built = await buildImage(host, cli, spec, refs, buildPushes);
    if (buildPushes) digest ??= built;
    uri = refs[0];
  }
  if (spec.push && !buildPushes) {
    digest ??= await pushTags(host, cli, refs);
    uri = refs[0];
  }
  return { repository, refs, uri, digest };
}

/** Builds every tag; with `andPush` (docker buildx --push) pushes too and returns the digest. */
async function buildImage(
  host: PublishHost,
  cli: ContainerCli,
  spec: PublishSpec,
  refs: string[],
  andPush: boolean,
): Promise<string | undefined> {
  const { context, dockerfile, platform, buildArgs } = spec;
  const built = await host.group(
    `Build ${andPush ? 'and push ' : ''}${refs[0] ?? ''} (${platform})`,
    () => cli.build({ context, dockerfile, platform, refs, buildArgs }, andPush),
  );
  if (andPush) host.info(`Pushed ${refs.join(', ')}${built ? ` (${built})` : ''}.`);
  return built;
}

/** Pushes every reference; returns the first digest a push reported. */
async function pushTags(
  host: PublishHost,
  cli: ContainerCli,
  refs: string[],
): Promise<string | undefined> {
  return host.group(`Push ${refs.length} tag(s)`, async () => {
    let digest: string | undefined;
    for (const ref of refs) {
      const pushed = await cli.push(ref);
      digest ??= pushed;
      host.info(`Pushed ${ref}${pushed ? ` (${pushed})` : ''}.`);
    }
    return digest;
  });
}
