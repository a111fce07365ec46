import { proxyAgents } from '../util/env-proxy.js';

/**
 * Region, endpoint and credentials for an AWS SDK client, taken from the host's environment
 * (never process.env deep inside): AWS_ENDPOINT_URL_<SERVICE> / AWS_ENDPOINT_URL point clients
 * at local peers in tests, AWS_ACCESS_KEY_ID & co. are the credentials assume-role exported.
 * Without keys in the environment the SDK's default chain applies.
 */
export interface AwsClientSettings {
  region: string;
  /** SDK client config for one service ('ECS', 'ECR', ...). */
  config(service: string): Record<string, unknown>;
}

export function awsClientSettings(
  env: Readonly<Record<string, string | undefined>>,
  region: string,
): AwsClientSettings {
  // Self-hosted runners behind a proxy: HTTPS_PROXY / HTTP_PROXY / NO_PROXY, as for STS.
  const agents = proxyAgents(env);
  return {
    region,
    config(service) {
      const endpoint = env[`AWS_ENDPOINT_URL_${service.toUpperCase()}`] || env.AWS_ENDPOINT_URL;
      const credentials =
        env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
          ? {
              accessKeyId: env.AWS_ACCESS_KEY_ID,
              secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
              ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
            }
          : undefined;
      return {
        region,
        ...(endpoint ? { endpoint } : {}),
        ...(credentials ? { credentials } : {}),
        ...(agents
          ? { requestHandler: { httpAgent: agents.httpAgent, httpsAgent: agents.httpsAgent } }
          : {}),
      };
    },
  };
}
