import { awsClientSettings, type AwsClientSettings } from './client-settings.js';

export interface RegistryLogin {
  /** host[:port] as the container CLI wants it, e.g. 123456789012.dkr.ecr.us-east-1.amazonaws.com */
  registry: string;
  username: string;
  password: string;
  expiresAt?: Date;
}

/** `https://123.dkr.ecr.us-east-1.amazonaws.com` → `123.dkr.ecr.us-east-1.amazonaws.com`. */
export function registryHost(endpoint: string): string {
  return endpoint.replace(/^[a-z]+:\/\//i, '').replace(/\/+$/, '');
}

/** The region in an ECR registry host, when it is one. */
export function ecrRegion(host: string): string | undefined {
  return /\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/.exec(host)?.[1];
}

/**
 * Client settings for ECR calls about `registry`: in the registry's own region (a token or an
 * image belongs to its region's registries only), else in `region`.
 */
export function ecrClientSettings(
  env: Readonly<Record<string, string | undefined>>,
  registry: string | undefined,
  region: string,
): AwsClientSettings {
  return awsClientSettings(env, (registry ? ecrRegion(registry) : undefined) ?? region);
}

/** Decodes GetAuthorizationToken's base64 `AWS:<password>`. */
export function decodeAuthorizationToken(token: string): { username: string; password: string } {
  const text = Buffer.from(token, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  if (colon <= 0) throw new Error('ECR authorization token is not user:password');
  return { username: text.slice(0, colon), password: text.slice(colon + 1) };
}

/**
 * ECR GetAuthorizationToken through @aws-sdk/client-ecr (loaded lazily). `mask` is called with
 * the token and the password before they go anywhere else.
 */
export async function ecrLogin(
  settings: AwsClientSettings,
  mask: (secret: string) => void,
): Promise<RegistryLogin> {
  const ecr = await import('@aws-sdk/client-ecr');
  const client = new ecr.ECRClient({ ...settings.config('ECR'), maxAttempts: 3 });
  const out = await client.send(new ecr.GetAuthorizationTokenCommand({}));
  const data = out.authorizationData?.[0];
  if (!data?.authorizationToken || !data.proxyEndpoint) {
    throw new Error('ECR GetAuthorizationToken returned no authorization data');
  }
  mask(data.authorizationToken);
  const { username, password } = decodeAuthorizationToken(data.authorizationToken);
  mask(password);
  return {
    registry: registryHost(data.proxyEndpoint),
    username,
    password,
    ...(data.expiresAt ? { expiresAt: data.expiresAt } : {}),
  };
}

/** `host/name:tag` → its parts, when the reference names a registry host and a tag. */
export function parseTaggedImage(
  image: string,
): { registry: string; repository: string; tag: string } | undefined {
  if (image.includes('@')) return undefined;
  const slash = image.indexOf('/');
  if (slash <= 0) return undefined;
  const registry = image.slice(0, slash);
  if (!/[.:]/.test(registry) && registry !== 'localhost') return undefined;
  const rest = image.slice(slash + 1);
  const colon = rest.lastIndexOf(':');
  if (colon <= 0 || rest.indexOf('/', colon) >= 0) return undefined;
  return { registry, repository: rest.slice(0, colon), tag: rest.slice(colon + 1) };
}

/** The account ID in an ECR registry host (DescribeImages' registryId). */
export function ecrAccount(host: string): string | undefined {
  return /^(\d{12})\.dkr\.ecr(?:-fips)?\./.exec(host)?.[1];
}

/**
 * The digest ECR stores for `repository:tag` (DescribeImages), so that a task definition can
 * pin what the tag names now instead of whatever it will name at the next task start.
 */
export async function ecrImageDigest(
  settings: AwsClientSettings,
  image: { registry: string; repository: string; tag: string },
): Promise<string | undefined> {
  const ecr = await import('@aws-sdk/client-ecr');
  const client = new ecr.ECRClient({ ...settings.config('ECR'), maxAttempts: 3 });
  const registryId = ecrAccount(image.registry);
  const out = await client.send(
    new ecr.DescribeImagesCommand({
      repositoryName: image.repository,
      ...(registryId ? { registryId } : {}),
      imageIds: [{ imageTag: image.tag }],
    }),
  );
  return out.imageDetails?.[0]?.imageDigest;
}
