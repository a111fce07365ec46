import { parseGoTime } from '../tofu/lock-error.js';
import type { S3BackendConfig } from '../tofu/backend-config.js';
import { errorMessage } from '../util/errors.js';
import { awsClientSettings } from './client-settings.js';

/**
 * Reads a state lock straight from the S3 backend's storage, to confirm what tofu reported
 * before anything is released: the DynamoDB lock table item (`LockID = <bucket>/<key>`, its
 * `Info` attribute holds the lock JSON) and the S3 lockfile `<key>.tflock` (use_lockfile).
 * SDK clients are imported lazily; endpoints come from AWS_ENDPOINT_URL_DYNAMODB /
 * AWS_ENDPOINT_URL_S3 (or AWS_ENDPOINT_URL), then from the backend's own endpoint settings.
 */

/** The lock JSON tofu writes (statemgr.LockInfo). */
export interface BackendLockInfo {
  ID: string;
  Operation?: string;
  Info?: string;
  Who?: string;
  Version?: string;
  Created?: string;
  Path?: string;
}

export interface ObservedLock {
  /** `DynamoDB table X item Y` or `s3://bucket/key.tflock`. */
  where: string;
  kind: 'dynamodb' | 's3-lockfile';
  info: BackendLockInfo;
  createdAt: Date | undefined;
}

export interface LockInspection {
  /** The places that were read (with or without a lock in them). */
  checked: string[];
  locks: ObservedLock[];
  /** Places that could not be read, with the reason. */
  errors: string[];
}

type Env = Readonly<Record<string, string | undefined>>;

function clientSettings(config: S3BackendConfig, env: Env) {
  const region = config.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1';
  return awsClientSettings(env, region);
}

export function dynamodbLockId(config: S3BackendConfig): string {
  return `${config.bucket}/${config.stateKey}`;
}

export function lockfileKey(config: S3BackendConfig): string {
  return `${config.stateKey}.tflock`;
}

function parseLockJson(text: string | undefined): BackendLockInfo | undefined {
  if (!text) return undefined;
  try {
    const info = JSON.parse(text) as BackendLockInfo;
    return info && typeof info.ID === 'string' && info.ID ? info : undefined;
  } catch {
    return undefined;
  }
}

function observed(kind: ObservedLock['kind'], where: string, info: BackendLockInfo): ObservedLock {
  return { kind, where, info, createdAt: info.Created ? parseGoTime(info.Created) : undefined };
}

async function readDynamoDbLock(
  config: S3BackendConfig,
  table: string,
  env: Env,
): Promise<ObservedLock | undefined> {
  const { DynamoDBClient, GetItemCommand } = await import('@aws-sdk/client-dynamodb');
  const client = new DynamoDBClient({
    ...(config.dynamodbEndpoint ? { endpoint: config.dynamodbEndpoint } : {}),
    ...clientSettings(config, env).config('DYNAMODB'),
    maxAttempts: 3,
  });
  try {
    const lockId = dynamodbLockId(config);
    const out = await client.send(
      new GetItemCommand({
        TableName: table,
        Key: { LockID: { S: lockId } },
        ConsistentRead: true,
      }),
    );
    const info = parseLockJson(out.Item?.Info?.S);
    return info ? observed('dynamodb', `DynamoDB table ${table} item ${lockId}`, info) : undefined;
  } finally {
    client.destroy();
  }
}

async function readS3Lockfile(
  config: S3BackendConfig,
  env: Env,
): Promise<ObservedLock | undefined> {
  const { S3Client, GetObjectCommand } = await import('@aws-sdk/client-s3');
  const endpoint = env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || config.s3Endpoint;
  const client = new S3Client({
    ...(config.s3Endpoint ? { endpoint: config.s3Endpoint } : {}),
    ...clientSettings(config, env).config('S3'),
    maxAttempts: 3,
    // A local or custom endpoint (s3rver, MinIO) has no per-bucket host names.
    forcePathStyle: config.usePathStyle || !!endpoint,
  });
  const key = lockfileKey(config);
  try {
    const out = await client.send(new GetObjectCommand({ Bucket: config.bucket, Key: key }));
    const text = await out.Body?.transformToString('utf8');
    const info = parseLockJson(text);
    return info ? observed('s3-lockfile', `s3://${config.bucket}/${key}`, info) : undefined;
  } catch (error) {
    const name = (error as { name?: string }).name;
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    if (name === 'NoSuchKey' || name === 'NotFound' || status === 404) return undefined;
    throw error;
  } finally {
    client.destroy();
  }
}

/** Reads every lock place the backend uses. Never throws: unreadable places land in `errors`. */
export async function inspectBackendLocks(
  config: S3BackendConfig,
  env: Env,
): Promise<LockInspection> {
  const result: LockInspection = { checked: [], locks: [], errors: [] };
  const tasks: Promise<void>[] = [];
  if (config.dynamodbTable) {
    const table = config.dynamodbTable;
    const where = `DynamoDB table ${table} item ${dynamodbLockId(config)}`;
    tasks.push(
      readDynamoDbLock(config, table, env).then(
        (lock) => {
          result.checked.push(where);
          if (lock) result.locks.push(lock);
        },
        (error: unknown) => void result.errors.push(`${where}: ${errorMessage(error)}`),
      ),
    );
  }
  if (config.useLockfile) {
    const where = `s3://${config.bucket}/${lockfileKey(config)}`;
    tasks.push(
      readS3Lockfile(config, env).then(
        (lock) => {
          result.checked.push(where);
          if (lock) result.locks.push(lock);
        },
        (error: unknown) => void result.errors.push(`${where}: ${errorMessage(error)}`),
      ),
    );
  }
  await Promise.all(tasks);
  return result;
}

/** True when the backend uses a lock place this module can read. */
export function hasInspectableLock(config: S3BackendConfig): boolean {
  return !!config.dynamodbTable || config.useLockfile;
}
