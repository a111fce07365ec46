import type { GitHubContext } from '../github/context.js';
import type { Host } from '../github/host.js';
import type { Inputs } from '../github/inputs.js';
import { ConfigurationError, invalidInput } from '../util/errors.js';
import { checkAccountId, checkRegion, parseRoleArn, type RoleArn } from './role-arn.js';
import {
  checkSessionName,
  defaultSessionName,
  MAX_CHAINED_DURATION_SECONDS,
  parseRoleDuration,
} from './session-params.js';

/** The inputs of assume-role, validated before any work starts. */
export interface AssumeRoleSettings {
  role: RoleArn;
  chain: RoleArn[];
  region: string;
  audience: string;
  sessionName: string;
  durationSeconds: number;
  allowedAccountIds: string[];
  exportCredentials: boolean;
  outputCredentials: boolean;
  maskAccountId: boolean;
}

const DEFAULT_AUDIENCE = 'sts.amazonaws.com';

type MaskAccounts = (text: string) => string;

/**
 * Every input, validated before any work starts. The inputs are read in a fixed order (the
 * first invalid one is the one reported).
 */
export function readSettings(ctx: {
  inputs: Inputs;
  host: Host;
  github: GitHubContext;
}): AssumeRoleSettings {
  const { inputs, host, github } = ctx;
  // With mask-account-id, every account id is masked the moment it is read, so that not even
  // an error about these inputs shows one.
  const maskAccountId = inputs.bool('mask-account-id', false);
  const maskAccounts: MaskAccounts = (text) => {
    if (maskAccountId) for (const [id] of text.matchAll(/\d{12}/g)) host.setSecret(id);
    return text;
  };
  const { role, chain } = readRoles(inputs, maskAccounts);
  const region = readRegion(inputs, host.env, role);
  const durationSeconds = readDuration(inputs, chain.length > 0);
  const sessionName = readSessionName(inputs, github);
  const allowedAccountIds = readAllowedAccountIds(inputs, maskAccounts, role, chain);
  return {
    role,
    chain,
    region,
    audience: inputs.string('audience') ?? DEFAULT_AUDIENCE,
    sessionName,
    durationSeconds,
    allowedAccountIds,
    exportCredentials: inputs.bool('export-credentials', true),
    outputCredentials: inputs.bool('output-credentials', false),
    maskAccountId,
  };
}

/** role-arn and role-chain, all in one partition. */
function readRoles(inputs: Inputs, maskAccounts: MaskAccounts) {
  const role = parseRoleArn('role-arn', maskAccounts(inputs.required('role-arn')));
  // One per line only: an IAM role name may contain commas.
  const chainArns = inputs.lines('role-chain');
  const chain = chainArns.map((arn) => parseRoleArn('role-chain', maskAccounts(arn)));
  for (const next of chain) {
    if (next.partition !== role.partition) {
      throw invalidInput(
        'role-chain',
        next.arn,
        `a chained role must be in the partition of role-arn (${role.partition})`,
      );
    }
  }
  return { role, chain };
}

/** aws-region, else AWS_REGION / AWS_DEFAULT_REGION, in the partition of role-arn. */
function readRegion(inputs: Inputs, env: Host['env'], role: RoleArn): string {
  const regionInput = inputs.string('aws-region');
  const regionVar = ['AWS_REGION', 'AWS_DEFAULT_REGION'].find((name) => env[name]);
  const region = regionInput ?? (regionVar ? env[regionVar] : undefined);
  if (region === undefined) {
    throw new ConfigurationError(
      `Input 'aws-region' is required for assume-role (or AWS_REGION in the environment), e.g. us-east-1.`,
    );
  }
  checkRegion(
    regionInput === undefined ? `aws-region (from ${regionVar})` : 'aws-region',
    region,
    role.partition,
  );
  return region;
}

/** role-duration in seconds (default 1h); AWS allows at most 1h for chained sessions. */
function readDuration(inputs: Inputs, chained: boolean): number {
  const durationText = inputs.string('role-duration');
  const durationSeconds =
    durationText === undefined ? 3600 : parseRoleDuration('role-duration', durationText);
  if (chained && durationSeconds > MAX_CHAINED_DURATION_SECONDS) {
    throw invalidInput(
      'role-duration',
      durationText ?? '',
      'AWS caps sessions obtained by role chaining at 1h (3600 seconds); use 1h or less with role-chain',
    );
  }
  return durationSeconds;
}

/** role-session-name, else one naming the repository and the run. */
function readSessionName(inputs: Inputs, github: GitHubContext): string {
  const sessionText = inputs.string('role-session-name');
  return sessionText === undefined
    ? defaultSessionName(
        github.owner && github.repo ? `${github.owner}/${github.repo}` : undefined,
        github.runId,
        github.runAttempt,
      )
    : checkSessionName('role-session-name', sessionText);
}

/** allowed-account-ids, which must include the account of the last role assumed. */
function readAllowedAccountIds(
  inputs: Inputs,
  maskAccounts: MaskAccounts,
  role: RoleArn,
  chain: RoleArn[],
): string[] {
  const allowed = inputs.list('allowed-account-ids');
  for (const id of allowed) maskAccounts(id);
  const allowedAccountIds = allowed.map((id) => checkAccountId('allowed-account-ids', id));
  const final = chain.at(-1) ?? role;
  if (allowedAccountIds.length > 0 && !allowedAccountIds.includes(final.accountId)) {
    throw invalidInput(
      chain.length ? 'role-chain' : 'role-arn',
      final.arn,
      `its account ${final.accountId} is not in allowed-account-ids (${allowedAccountIds.join(', ')}); nothing was assumed or exported`,
    );
  }
  return allowedAccountIds;
}
