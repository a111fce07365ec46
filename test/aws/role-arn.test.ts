import { partition } from '@aws-sdk/core/client';
import { describe, expect, it } from 'vitest';
import {
  accountOfArn,
  checkAccountId,
  checkRegion,
  parseRoleArn,
  partitionOfRegion,
} from '../../src/aws/role-arn.js';

describe('role ARNs', () => {
  it.each([
    ['arn:aws:iam::123456789012:role/deploy', 'aws', '/', 'deploy'],
    ['arn:aws-cn:iam::123456789012:role/cn-plan', 'aws-cn', '/', 'cn-plan'],
    ['arn:aws-us-gov:iam::123456789012:role/gov.apply@x', 'aws-us-gov', '/', 'gov.apply@x'],
    [
      'arn:aws:iam::123456789012:role/ci/github/tofu+plan=1,2',
      'aws',
      '/ci/github/',
      'tofu+plan=1,2',
    ],
  ])('parses %s', (arn, partition, path, name) => {
    expect(parseRoleArn('role-arn', arn)).toEqual({
      arn,
      partition,
      accountId: '123456789012',
      path,
      name,
    });
  });

  it.each([
    'deploy',
    'arn:aws:iam::12345678901:role/deploy',
    'arn:aws:iam::123456789012:user/alice',
    'arn:aws:iam:us-east-1:123456789012:role/deploy',
    'arn:aws-iso:iam::123456789012:role/deploy',
    'arn:aws:iam::123456789012:role/',
    'arn:aws:iam::123456789012:role/has space',
    `arn:aws:iam::123456789012:role/${'x'.repeat(65)}`,
    'arn:aws:sts::123456789012:assumed-role/deploy/session',
  ])('rejects %s with a one-line error naming the input', (arn) => {
    expect(() => parseRoleArn('role-arn', arn)).toThrow(
      /^Input 'role-arn' has value ".*": expected an IAM role ARN/,
    );
  });

  it('points out an assumed-role session ARN given instead of the role', () => {
    expect(() =>
      parseRoleArn('role-arn', 'arn:aws:sts::123456789012:assumed-role/deploy/s'),
    ).toThrow(/assumed-role session ARN/);
  });

  it('reads the account of an STS ARN', () => {
    expect(accountOfArn('arn:aws:sts::123456789012:assumed-role/deploy/s')).toBe('123456789012');
    expect(accountOfArn('not an arn')).toBeUndefined();
  });
});

describe('regions', () => {
  it.each([
    ['us-east-1', 'aws'],
    ['eu-central-2', 'aws'],
    ['ap-southeast-7', 'aws'],
    ['mx-central-1', 'aws'],
    ['cn-northwest-1', 'aws-cn'],
    ['us-gov-west-1', 'aws-us-gov'],
  ])('%s belongs to %s', (region, partition) => {
    expect(partitionOfRegion(region)).toBe(partition);
  });

  it.each(['europe', 'us-east', 'US-EAST-1', 'us_east_1', 'xx-east-1', ''])(
    '%s is no region',
    (region) => {
      expect(partitionOfRegion(region)).toBeUndefined();
      expect(() => checkRegion('aws-region', region, 'aws')).toThrow(
        /^Input 'aws-region' has value/,
      );
    },
  );

  // Every region of the partitions table the installed SDK resolves endpoints with (2026).
  const KNOWN = {
    aws: 'af-south-1 ap-east-1 ap-east-2 ap-northeast-1 ap-northeast-2 ap-northeast-3 ap-south-1 ap-south-2 ap-southeast-1 ap-southeast-2 ap-southeast-3 ap-southeast-4 ap-southeast-5 ap-southeast-6 ap-southeast-7 ca-central-1 ca-west-1 eu-central-1 eu-central-2 eu-north-1 eu-south-1 eu-south-2 eu-west-1 eu-west-2 eu-west-3 il-central-1 me-central-1 me-south-1 me-west-1 mx-central-1 sa-east-1 sa-west-1 us-east-1 us-east-2 us-west-1 us-west-2',
    'aws-cn': 'cn-north-1 cn-northwest-1',
    'aws-us-gov': 'us-gov-east-1 us-gov-west-1',
  };
  it.each(Object.entries(KNOWN))('puts every %s region where the SDK puts it', (name, regions) => {
    for (const region of regions.split(' ')) {
      expect(partitionOfRegion(region), region).toBe(name);
      expect(partition(region).name, region).toBe(name);
    }
  });

  it.each([
    'us-iso-east-1',
    'us-isob-east-1',
    'us-isof-south-1',
    'eu-isoe-west-1',
    'eusc-de-east-1',
  ])('refuses %s, a region of a partition the action does not support', (region) => {
    expect(partition(region).name).not.toMatch(/^(aws|aws-cn|aws-us-gov)$/);
    expect(partitionOfRegion(region)).toBeUndefined();
    expect(() => checkRegion('aws-region', region, 'aws')).toThrow(
      /^Input 'aws-region' has value ".*": expected an AWS region/,
    );
  });

  it('refuses a region of another partition than the role', () => {
    expect(checkRegion('aws-region', 'cn-north-1', 'aws-cn')).toBe('cn-north-1');
    expect(() => checkRegion('aws-region', 'us-east-1', 'aws-cn')).toThrow(
      /region of the aws partition but the role is in the aws-cn partition/,
    );
    expect(() => checkRegion('aws-region', 'us-gov-east-1', 'aws')).toThrow(/aws-us-gov partition/);
  });
});

describe('account ids', () => {
  it('accepts 12 digits only', () => {
    expect(checkAccountId('allowed-account-ids', '012345678901')).toBe('012345678901');
    for (const bad of ['12345678901', '1234567890123', 'abcdefghijkl'])
      expect(() => checkAccountId('allowed-account-ids', bad)).toThrow(/12-digit/);
  });
});
