import { startAwsJsonPeer, type AwsJsonPeer } from './aws-json-peer.js';

export interface EcrPeer extends AwsJsonPeer {
  calls: string[];
}

/**
 * ECR's GetAuthorizationToken (AWS JSON 1.1, AmazonEC2ContainerRegistry_V20150921) handing out
 * the credentials of a real local registry, the way ECR hands out `AWS:<password>`.
 */
export async function startEcrPeer(registry: {
  url: string;
  username: string;
  password: string;
}): Promise<EcrPeer> {
  const calls: string[] = [];
  const peer = await startAwsJsonPeer('AmazonEC2ContainerRegistry_V20150921', (operation) => {
    calls.push(operation);
    if (operation !== 'GetAuthorizationToken') {
      throw Object.assign(new Error(`not simulated: ${operation}`), {
        name: 'UnknownOperationException',
        $metadata: { httpStatusCode: 400 },
      });
    }
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
  });
  return { ...peer, calls };
}
