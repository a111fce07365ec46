import type { IncomingMessage } from 'node:http';
import { startAwsJsonPeer, type AwsJsonPeer } from './aws-json-peer.js';

export interface EcrPeer extends AwsJsonPeer {
  calls: string[];
  /** `<operation> <region>` of each request, the region from its SigV4 credential scope. */
  signedFor: string[];
  /** The inputs of DescribeImages calls, in order. */
  describeImages: Record<string, unknown>[];
}

function awsError(name: string, message: string, status = 400): Error {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } });
}

/**
 * ECR (AWS JSON 1.1, AmazonEC2ContainerRegistry_V20150921) in front of a real local registry:
 * GetAuthorizationToken hands out the registry's credentials the way ECR hands out
 * `AWS:<password>`, and DescribeImages answers a tag with the digest the registry stores
 * (`manifestDigest`, e.g. LocalRegistry.manifestDigest or a fixed map in unit tests).
 */
export async function startEcrPeer(registry: {
  url: string;
  username: string;
  password: string;
  manifestDigest?: (repository: string, tag: string) => Promise<string | undefined>;
}): Promise<EcrPeer> {
  const calls: string[] = [];
  const describeImages: Record<string, unknown>[] = [];
  const peer = await startAwsJsonPeer(
    'AmazonEC2ContainerRegistry_V20150921',
    async (operation, input) => {
      calls.push(operation);
      if (operation === 'GetAuthorizationToken') {
        return {
          authorizationData: [
            {
              authorizationToken: Buffer.from(`${registry.username}:${registry.password}`).toString(
                'base64',
              ),
              expiresAt: new Date(Date.now() + 12 * 3600_000),
              proxyEndpoint: registry.url,
            },
          ],
        };
      }
      if (operation === 'DescribeImages' && registry.manifestDigest) {
        describeImages.push(input);
        const repositoryName = String(input.repositoryName ?? '');
        const ids = (input.imageIds as { imageTag?: string; imageDigest?: string }[]) ?? [];
        const details = [];
        for (const id of ids) {
          const digest =
            id.imageDigest ?? (await registry.manifestDigest(repositoryName, id.imageTag ?? ''));
          if (!digest) {
            throw awsError(
              'ImageNotFoundException',
              `The image with imageId {imageDigest:'null', imageTag:'${id.imageTag}'} does not exist within the repository with name '${repositoryName}' in the registry with id '123456789012'`,
            );
          }
          details.push({
            registryId: String(input.registryId ?? '123456789012'),
            repositoryName,
            imageDigest: digest,
            imageTags: id.imageTag ? [id.imageTag] : [],
            imagePushedAt: new Date(),
            imageManifestMediaType: 'application/vnd.oci.image.manifest.v1+json',
          });
        }
        return { imageDetails: details };
      }
      throw awsError('UnknownOperationException', `not simulated: ${operation}`);
    },
  );
  const signedFor: string[] = [];
  peer.server.prependListener('request', (req: IncomingMessage) => {
    const operation = String(req.headers['x-amz-target'] ?? '')
      .split('.')
      .pop();
    const scope = /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(String(req.headers.authorization));
    signedFor.push(`${operation} ${scope?.[1] ?? '(unsigned)'}`);
  });
  return { ...peer, calls, describeImages, signedFor };
}
