import type { Host } from '../github/host.js';
import { ConfigurationError, invalidInput } from '../util/errors.js';
import { classifyAwsError, describeAwsError } from './aws-error-class.js';
import { awsFailure } from './aws-failure.js';
import { ecrAccount, ecrClientSettings, ecrImageDigest, parseTaggedImage } from './ecr.js';

export interface TagDigestOptions {
  host: Pick<Host, 'env' | 'info' | 'warning'>;
  /** The region of the run (for a registry host that names none). */
  region: string;
  image: string;
  /** The registry the config or ecr-repository names (an ECR registry behind another host). */
  knownRegistry: string | undefined;
  /** The image came from input 'image' (errors name that input). */
  fromInput: boolean;
}

/**
 * For strategy task-definition: the digest ECR stores for a tag (DescribeImages), so that the
 * new revision pins the image instead of a tag that may move. Only for ECR references (an ECR
 * host, or the registry the config / ecr-repository names); undefined elsewhere.
 */
export async function resolveTagDigest(options: TagDigestOptions): Promise<string | undefined> {
  const { host, image } = options;
  const parsed = parseTaggedImage(image);
  if (!parsed) return undefined;
  if (!ecrAccount(parsed.registry) && parsed.registry !== options.knownRegistry) return undefined;
  const settings = ecrClientSettings(host.env, parsed.registry, options.region);
  try {
    const digest = await ecrImageDigest(settings, parsed);
    if (digest) host.info(`ECR: ${image} is ${digest}.`);
    return digest;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'ImageNotFoundException' || name === 'RepositoryNotFoundException') {
      const what =
        name === 'ImageNotFoundException'
          ? `tag ${parsed.tag} in repository ${parsed.repository}`
          : `repository ${parsed.repository}`;
      const why = `ECR has no ${what} (${describeAwsError(error)})`;
      throw options.fromInput
        ? invalidInput('image', image, why)
        : new ConfigurationError(`${image}: ${why}.`);
    }
    if (classifyAwsError(error) === 'credentials') {
      host.warning(
        `Could not resolve ${image} to a digest (${describeAwsError(error)}): the task definition names the tag. Allow ecr:DescribeImages to pin by digest.`,
      );
      return undefined;
    }
    throw awsFailure('ECR DescribeImages', error);
  }
}
