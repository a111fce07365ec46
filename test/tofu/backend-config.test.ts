import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBackendConfig } from '../../src/tofu/backend-config.js';

function dir(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'backend-config-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(d, name, '..'), { recursive: true });
    writeFileSync(join(d, name), text);
  }
  return d;
}

const BLOCK = `terraform {
  required_version = ">= 1.8"
  backend "s3" {
    bucket         = "tf-state-staging" # the bucket
    key            = "staging/terraform.tfstate"
    region         = "eu-west-1"
    dynamodb_table = "tf-locks"
    use_lockfile   = true
    encrypt        = true
  }
}
`;

describe('readBackendConfig', () => {
  it('reads literal values from the backend block', () => {
    const result = readBackendConfig({
      workingDirectory: dir({ 'backend.tf': BLOCK }),
      backendConfig: [],
      env: {},
    });
    expect(result).toEqual({
      kind: 's3',
      config: {
        type: 's3',
        bucket: 'tf-state-staging',
        stateKey: 'staging/terraform.tfstate',
        region: 'eu-west-1',
        dynamodbTable: 'tf-locks',
        useLockfile: true,
        usePathStyle: false,
        source: 'backend block',
      },
    });
  });

  it('lets backend-config values and files override the block (partial configuration)', () => {
    const d = dir({
      'main.tf': 'terraform {\n  backend "s3" {}\n}\n',
      'staging.s3.tfbackend': 'bucket = "from-file"\nkey = "k/state"\n',
    });
    const result = readBackendConfig({
      workingDirectory: d,
      backendConfig: ['staging.s3.tfbackend', 'dynamodb_table=locks', 'use_lockfile=false'],
      env: { TF_WORKSPACE: 'blue' },
    });
    expect(result).toMatchObject({
      kind: 's3',
      config: {
        bucket: 'from-file',
        stateKey: 'env:/blue/k/state',
        dynamodbTable: 'locks',
        useLockfile: false,
      },
    });
  });

  it('prefers what tofu init recorded in .terraform/terraform.tfstate', () => {
    const d = dir({
      'backend.tf': BLOCK,
      '.terraform/terraform.tfstate': JSON.stringify({
        version: 3,
        backend: {
          type: 's3',
          config: {
            bucket: 'inited',
            key: 'x.tfstate',
            dynamodb_table: null,
            use_lockfile: true,
            endpoints: { s3: 'http://127.0.0.1:9' },
          },
        },
      }),
    });
    const result = readBackendConfig({ workingDirectory: d, backendConfig: [], env: {} });
    expect(result).toMatchObject({
      kind: 's3',
      config: {
        bucket: 'inited',
        stateKey: 'x.tfstate',
        dynamodbTable: 'tf-locks',
        useLockfile: true,
        s3Endpoint: 'http://127.0.0.1:9',
      },
    });
  });

  it('says when the backend is not s3 or not known', () => {
    expect(
      readBackendConfig({
        workingDirectory: dir({ 'a.tf': 'terraform {\n  backend "gcs" {\n  }\n}\n' }),
        backendConfig: [],
        env: {},
      }),
    ).toEqual({ kind: 'other', type: 'gcs' });
    expect(
      readBackendConfig({
        workingDirectory: dir({ 'a.tf': 'resource "x" "y" {}\n' }),
        backendConfig: [],
        env: {},
      }).kind,
    ).toBe('unknown');
  });
});
