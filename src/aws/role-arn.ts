import { invalidInput } from '../util/errors.js';

export type Partition = 'aws' | 'aws-cn' | 'aws-us-gov';

export interface RoleArn {
  arn: string;
  partition: Partition;
  accountId: string;
  /** `/` or `/path/to/`. */
  path: string;
  name: string;
}

// Region patterns of each partition, as in the AWS SDK's partitions.json (lower case only).
const REGION_PATTERNS: Record<Partition, RegExp> = {
  aws: /^(us|eu|ap|sa|ca|me|af|il|mx)-[a-z]+-\d+$/,
  'aws-cn': /^cn-[a-z]+-\d+$/,
  'aws-us-gov': /^us-gov-[a-z]+-\d+$/,
};

const PARTITIONS = Object.keys(REGION_PATTERNS) as Partition[];

const ROLE_ARN = /^arn:(aws|aws-cn|aws-us-gov):iam::(\d{12}):role(\/.*)$/;
// IAM: a role name is 1-64 of [\w+=,.@-]; a path is `/` or `/.../` of printable ASCII, up to 512.
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;
const ROLE_PATH = /^\/([\x21-\x7e]*\/)?$/;

const ARN_ALLOWED =
  'expected an IAM role ARN such as arn:aws:iam::123456789012:role/deploy (partition aws, aws-cn or aws-us-gov)';

/** Parses an IAM role ARN; a one-line error naming the input otherwise. */
export function parseRoleArn(input: string, value: string): RoleArn {
  const match = ROLE_ARN.exec(value.trim());
  if (!match) {
    const hint = /^arn:[^:]*:sts::\d+:assumed-role\//.test(value)
      ? ' (this is an assumed-role session ARN; give the role ARN arn:...:iam::ACCOUNT:role/NAME)'
      : '';
    throw invalidInput(input, value, `${ARN_ALLOWED}${hint}`);
  }
  const [, partition, accountId, rest] = match as unknown as [string, Partition, string, string];
  const cut = rest.lastIndexOf('/');
  const path = rest.slice(0, cut + 1);
  const name = rest.slice(cut + 1);
  if (!ROLE_NAME.test(name) || !ROLE_PATH.test(path) || path.length > 512) {
    throw invalidInput(
      input,
      value,
      `${ARN_ALLOWED}; a role name is 1-64 of letters, digits and +=,.@_-`,
    );
  }
  return { arn: value.trim(), partition, accountId, path, name };
}

/** The partition a region belongs to, or undefined when it matches none. */
export function partitionOfRegion(region: string): Partition | undefined {
  return PARTITIONS.find((p) => REGION_PATTERNS[p].test(region));
}

/** Checks a region against the role's partition: `us-east-1` cannot reach an aws-cn role. */
export function checkRegion(input: string, region: string, partition: Partition): string {
  const found = partitionOfRegion(region);
  if (found === undefined) {
    throw invalidInput(
      input,
      region,
      `expected an AWS region such as us-east-1, eu-west-2, cn-north-1 or us-gov-west-1`,
    );
  }
  if (found !== partition) {
    throw invalidInput(
      input,
      region,
      `it is a region of the ${found} partition but the role is in the ${partition} partition`,
    );
  }
  return region;
}

/** An AWS account id: exactly 12 digits. */
export function checkAccountId(input: string, value: string): string {
  if (!/^\d{12}$/.test(value)) throw invalidInput(input, value, 'expected 12-digit account ids');
  return value;
}

/** The account of an STS/IAM ARN (`arn:aws:sts::123456789012:assumed-role/...`). */
export function accountOfArn(arn: string): string | undefined {
  return /^arn:[^:]+:[^:]+:[^:]*:(\d{12}):/.exec(arn)?.[1];
}
