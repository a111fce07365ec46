import { DeleteItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectBackendLocks } from '../../src/aws/lock-inspect.js';
import type { S3BackendConfig } from '../../src/tofu/backend-config.js';
import {
  LOCAL_AWS_ENV,
  startDynalite,
  startS3rver,
  type LocalDynamoDb,
  type LocalS3,
} from '../peers/lock-backends.js';

const lockJson = (id: string, who: string) =>
  JSON.stringify({
    ID: id,
    Operation: 'OperationTypeApply',
    Info: '',
    Who: who,
    Version: '1.10.6',
    Created: '2025-05-06T07:08:09.123456789Z',
    Path: 'state-bucket/envs/staging.tfstate',
  });

const base: S3BackendConfig = {
  type: 's3',
  bucket: 'state-bucket',
  stateKey: 'envs/staging.tfstate',
  useLockfile: false,
  usePathStyle: false,
  source: 'test',
};

let ddb: LocalDynamoDb;
let s3: LocalS3;
beforeAll(async () => {
  [ddb, s3] = await Promise.all([startDynalite(), startS3rver(['state-bucket'])]);
  await ddb.createLockTable('locks');
});
afterAll(async () => {
  await Promise.all([ddb?.close(), s3?.close()]);
});

describe('inspectBackendLocks against dynalite', () => {
  const env = () => ({ ...LOCAL_AWS_ENV, AWS_ENDPOINT_URL_DYNAMODB: ddb.endpoint });
  const config = { ...base, dynamodbTable: 'locks' };

  it('finds the lock item <bucket>/<key> and reads its Info', async () => {
    await ddb.client.send(
      new PutItemCommand({
        TableName: 'locks',
        Item: {
          LockID: { S: 'state-bucket/envs/staging.tfstate' },
          Info: { S: lockJson('lock-1', 'runner@host-a') },
        },
      }),
    );
    const seen = await inspectBackendLocks(config, env());
    expect(seen.errors).toEqual([]);
    expect(seen.locks).toEqual([
      {
        kind: 'dynamodb',
        where: 'DynamoDB table locks item state-bucket/envs/staging.tfstate',
        info: expect.objectContaining({ ID: 'lock-1', Who: 'runner@host-a' }),
        createdAt: new Date('2025-05-06T07:08:09.123Z'),
      },
    ]);
  });

  it('ignores the digest item and reports no lock once the item is gone', async () => {
    await ddb.client.send(
      new PutItemCommand({
        TableName: 'locks',
        Item: { LockID: { S: 'state-bucket/envs/staging.tfstate-md5' }, Digest: { S: 'abc' } },
      }),
    );
    await ddb.client.send(
      new DeleteItemCommand({
        TableName: 'locks',
        Key: { LockID: { S: 'state-bucket/envs/staging.tfstate' } },
      }),
    );
    const seen = await inspectBackendLocks(config, env());
    expect(seen).toEqual({
      checked: ['DynamoDB table locks item state-bucket/envs/staging.tfstate'],
      locks: [],
      errors: [],
    });
  });

  it('reports an unreadable table as an error, not as "no lock"', async () => {
    const seen = await inspectBackendLocks({ ...config, dynamodbTable: 'missing' }, env());
    expect(seen.locks).toEqual([]);
    expect(seen.checked).toEqual([]);
    expect(seen.errors[0]).toMatch(/missing/);
  });
});

describe('inspectBackendLocks against s3rver (use_lockfile)', () => {
  const env = () => ({ ...LOCAL_AWS_ENV, AWS_ENDPOINT_URL_S3: s3.endpoint });
  const config = { ...base, useLockfile: true };

  it('finds <key>.tflock (path-style addressing on a local endpoint)', async () => {
    const client = new S3Client({
      endpoint: s3.endpoint,
      forcePathStyle: true,
      region: 'us-east-1',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    expect((await inspectBackendLocks(config, env())).locks).toEqual([]);
    await client.send(
      new PutObjectCommand({
        Bucket: 'state-bucket',
        Key: 'envs/staging.tfstate.tflock',
        Body: lockJson('lock-2', 'alice@laptop'),
      }),
    );
    client.destroy();
    const seen = await inspectBackendLocks(config, env());
    expect(seen.errors).toEqual([]);
    expect(seen.locks).toEqual([
      expect.objectContaining({
        kind: 's3-lockfile',
        where: 's3://state-bucket/envs/staging.tfstate.tflock',
        info: expect.objectContaining({ ID: 'lock-2', Who: 'alice@laptop' }),
      }),
    ]);
  });
});
