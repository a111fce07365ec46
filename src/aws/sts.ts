/**
 * The three STS calls assume-role makes, through @aws-sdk/client-sts (imported lazily, so only
 * this command pays for it). The SDK's own retries are off: retries are classified by
 * sts-errors.ts and run by util/retry.ts. The endpoint is the SDK's: AWS_ENDPOINT_URL_STS when
 * set (tests point it at the STS peer), else the regional endpoint of `region`. With `agents`
 * (util/env-proxy.ts) the requests go through the runner's HTTPS_PROXY.
 */
import type { ProxyAgents } from '../util/env-proxy.js';

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
}

export interface RoleSession {
  credentials: AwsCredentials;
  /** arn:aws:sts::123456789012:assumed-role/NAME/SESSION */
  assumedRoleArn: string;
}

export interface CallerIdentity {
  account: string;
  arn: string;
  userId: string;
}

export interface AssumeParams {
  roleArn: string;
  sessionName: string;
  durationSeconds: number;
}

export interface StsApi {
  assumeRoleWithWebIdentity(
    params: AssumeParams & { webIdentityToken: string },
    signal?: AbortSignal,
  ): Promise<RoleSession>;
  assumeRole(
    from: AwsCredentials,
    params: AssumeParams,
    signal?: AbortSignal,
  ): Promise<RoleSession>;
  getCallerIdentity(credentials: AwsCredentials, signal?: AbortSignal): Promise<CallerIdentity>;
}

interface SdkCredentials {
  AccessKeyId?: string;
  SecretAccessKey?: string;
  SessionToken?: string;
  Expiration?: Date;
}

function session(
  operation: string,
  output: { Credentials?: SdkCredentials; AssumedRoleUser?: { Arn?: string } },
): RoleSession {
  const c = output.Credentials;
  const arn = output.AssumedRoleUser?.Arn;
  if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !c.Expiration || !arn) {
    throw new Error(`STS ${operation} answered without credentials or an assumed-role ARN`);
  }
  return {
    credentials: {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
      expiration: c.Expiration,
    },
    assumedRoleArn: arn,
  };
}

export async function createStsApi(region: string, agents?: ProxyAgents): Promise<StsApi> {
  const sdk = await import('@aws-sdk/client-sts');
  const requestHandler = {
    connectionTimeout: 5_000,
    requestTimeout: 15_000,
    ...(agents ? { httpAgent: agents.httpAgent, httpsAgent: agents.httpsAgent } : {}),
  };
  const client = (credentials?: AwsCredentials) =>
    new sdk.STSClient({
      region,
      maxAttempts: 1,
      customUserAgent: 'tofu-aws-action',
      requestHandler,
      ...(credentials ? { credentials } : {}),
    });
  const anonymous = client();
  return {
    async assumeRoleWithWebIdentity(params, signal) {
      const output = await anonymous.send(
        new sdk.AssumeRoleWithWebIdentityCommand({
          RoleArn: params.roleArn,
          RoleSessionName: params.sessionName,
          DurationSeconds: params.durationSeconds,
          WebIdentityToken: params.webIdentityToken,
        }),
        { abortSignal: signal },
      );
      return session('AssumeRoleWithWebIdentity', output);
    },
    async assumeRole(from, params, signal) {
      const output = await client(from).send(
        new sdk.AssumeRoleCommand({
          RoleArn: params.roleArn,
          RoleSessionName: params.sessionName,
          DurationSeconds: params.durationSeconds,
        }),
        { abortSignal: signal },
      );
      return session('AssumeRole', output);
    },
    async getCallerIdentity(credentials, signal) {
      const output = await client(credentials).send(new sdk.GetCallerIdentityCommand({}), {
        abortSignal: signal,
      });
      if (!output.Account || !output.Arn || !output.UserId) {
        throw new Error('STS GetCallerIdentity answered without an account or ARN');
      }
      return { account: output.Account, arn: output.Arn, userId: output.UserId };
    },
  };
}
