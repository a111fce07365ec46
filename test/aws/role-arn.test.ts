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
