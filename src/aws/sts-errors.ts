import type { RetryDecision } from '../util/retry.js';
import { claimText, formatClaims, type Claims } from './jwt-claims.js';
import { TRANSIENT_NETWORK_CODES } from '../util/network-errors.js';

// Classification of STS failures (DESIGN §2): transient ones are retried with backoff; a request
// STS refuses on its merits fails at once, with an explanation of what to change.

// Compared without a trailing "Exception": STS answers `ExpiredTokenException` for one call
// and `ExpiredToken` for another, and the SDK names its error classes `...Exception`.
const TRANSIENT_CODES = new Set([
  'Throttling',
  'Throttled',
  'RequestThrottled',
  'TooManyRequests',
  'RequestLimitExceeded',
  'IDPCommunicationError',
  'InternalFailure',
  'InternalError',
  'InternalServerError',
  'ServiceUnavailable',
  'RequestTimeout',
]);

/** An error STS itself answered (the SDK's ServiceException carries $metadata). */
export function isStsServiceError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && '$metadata' in error && '$fault' in error;
}

interface ErrorShape {
  name?: unknown;
  code?: unknown;
  Code?: unknown;
  message?: unknown;
  $metadata?: { httpStatusCode?: number; requestId?: string };
  $fault?: unknown;
}

/**
 * The STS error code as STS sent it (`AccessDenied`, `Throttling`; the SDK keeps it in `Code`,
 * its class name may add `Exception`), or the network error code.
 */
export function stsErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as ErrorShape;
  if (isStsServiceError(error)) {
    if (typeof e.Code === 'string' && e.Code) return e.Code;
    if (typeof e.name === 'string') return e.name;
  }
  if (typeof e.code === 'string') return e.code;
  if (e.name === 'TimeoutError') return 'TimeoutError';
  return undefined;
}

/** The code without a trailing `Exception`, for comparisons. */
function baseCode(error: unknown): string | undefined {
  return stsErrorCode(error)?.replace(/Exception$/, '');
}

function messageOf(error: unknown): string {
  const m = (error as ErrorShape | undefined)?.message;
  return typeof m === 'string' && m ? m : String(error);
}

export function classifyStsError(error: unknown): RetryDecision {
  const code = baseCode(error);
  if (code === undefined) return 'fail';
  // A host that does not resolve is a wrong region or endpoint, not a passing fault.
  const transientNetwork = TRANSIENT_NETWORK_CODES.has(code) && code !== 'ENOTFOUND';
  if (TRANSIENT_CODES.has(code) || transientNetwork || code === 'TimeoutError') {
    return 'retry';
  }
  // STS could not fetch the provider's keys (JWKS): a fault on the way, not in the token.
  if (
    code === 'InvalidIdentityToken' &&
    /couldn't retrieve verification key/i.test(messageOf(error))
  ) {
    return 'retry';
  }
  const status = (error as ErrorShape).$metadata?.httpStatusCode;
  if (isStsServiceError(error) && status !== undefined && status >= 500) return 'retry';
  return 'fail';
}

/** Something to report: one line for the failure, and lines to print above it. */
export interface Explanation {
  summary: string;
  details: string[];
}

export type StsStep =
  | { kind: 'web-identity'; roleArn: string; claims: Claims | undefined }
  | { kind: 'chain'; roleArn: string; fromRoleArn: string }
  | { kind: 'caller-identity' };

const OPERATION = {
  'web-identity': 'AssumeRoleWithWebIdentity',
  chain: 'AssumeRole',
  'caller-identity': 'GetCallerIdentity',
} as const;

function accountOf(roleArn: string): string {
  return /:(\d{12}):/.exec(roleArn)?.[1] ?? 'ACCOUNT';
}

function partitionOf(roleArn: string): string {
  return /^arn:([^:]+):/.exec(roleArn)?.[1] ?? 'aws';
}

/** The IAM OIDC provider a token's issuer corresponds to (`token.actions.githubusercontent.com`). */
function providerHost(claims: Claims | undefined): string {
  return (claimText(claims ?? {}, 'iss') ?? 'https://token.actions.githubusercontent.com').replace(
    /^https?:\/\//,
    '',
  );
}

/**
 * `repo:ORG/REPO` as this token's sub spells it: GitHub's immutable form
 * `repo:ORG@OWNER-ID/REPO@REPO-ID` included.
 */
function subjectPrefix(claims: Claims | undefined): string {
  const sub = claimText(claims ?? {}, 'sub');
  const match = sub === undefined ? null : /^(repo:[^:]+):/.exec(sub);
  return match?.[1] ?? `repo:${claimText(claims ?? {}, 'repository') ?? 'ORG/REPO'}`;
}

/** GitHub's default sub: the repository, then the environment, pull_request or the ref. */
const DEFAULT_SUBJECT = /^repo:[^:]+:(pull_request|environment:[^:]+|ref:refs\/.+)$/;

/** `org/shared/.github/workflows/deploy.yml` of `org/shared/.github/workflows/deploy.yml@ref`. */
const workflowPath = (ref: string) => ref.replace(/@[^@]*$/, '');

function subjectForms(claims: Claims | undefined): string[] {
  const repo = subjectPrefix(claims);
  const sub = claimText(claims ?? {}, 'sub');
  const lines = [
    'The sub claim depends on how the job runs; the trust policy must list the ones it allows:',
    `  job with an environment:   ${repo}:environment:NAME   (e.g. production; wins over the forms below, on pull requests too)`,
    `  pull request:              ${repo}:pull_request`,
    `  push to a branch:          ${repo}:ref:refs/heads/BRANCH`,
    `  tag:                       ${repo}:ref:refs/tags/TAG`,
  ];
  if (sub !== undefined && !DEFAULT_SUBJECT.test(sub)) {
    lines.push(
      `This token's sub is not in GitHub's default form: the organization or repository customised its OIDC subject template (include_claim_keys), and the trust policy must match the customised form, e.g. "${sub}".`,
    );
  }
  const jobWorkflow = claimText(claims ?? {}, 'job_workflow_ref');
  const workflow = claimText(claims ?? {}, 'workflow_ref');
  if (
    jobWorkflow !== undefined &&
    workflow !== undefined &&
    workflowPath(jobWorkflow) !== workflowPath(workflow) &&
    !sub?.includes(':job_workflow_ref:')
  ) {
    lines.push(
      `This job runs the reusable workflow ${jobWorkflow} (job_workflow_ref): the sub names the calling repository and job, not that workflow. To let only that workflow assume the role, customise the subject template to include job_workflow_ref (the sub then reads ${repo}:CONTEXT:job_workflow_ref:${jobWorkflow}) and match that form.`,
    );
  }
  return lines;
}

function webIdentityTrust(roleArn: string, claims: Claims | undefined): string[] {
  const host = providerHost(claims);
  const sub = claimText(claims ?? {}, 'sub') ?? 'repo:ORG/REPO:...';
  const aud = claimText(claims ?? {}, 'aud') ?? 'sts.amazonaws.com';
  const provider = `arn:${partitionOf(roleArn)}:iam::${accountOf(roleArn)}:oidc-provider/${host}`;
  return [
    `The trust policy of ${roleArn} must allow this token, e.g.:`,
    `  "Effect": "Allow",`,
    `  "Principal": { "Federated": "${provider}" },`,
    `  "Action": "sts:AssumeRoleWithWebIdentity",`,
    `  "Condition": {`,
    `    "StringEquals": { "${host}:aud": "${aud}" },`,
    `    "StringLike": { "${host}:sub": "${sub}" }`,
    `  }`,
  ];
}

function claimsBlock(claims: Claims | undefined): string[] {
  if (!claims) return ['The token could not be decoded to show its claims.'];
  return ["The token's claims:", ...formatClaims(claims)];
}

/**
 * Turns a final STS failure into an explanation: what STS said, and what to change (trust
 * policy, permissions, provider, inputs). `attempts` > 1 means it was retried until the budget
 * ran out.
 */
export function explainStsError(error: unknown, step: StsStep, attempts: number): Explanation {
  const code = stsErrorCode(error) ?? 'Error';
  const base = baseCode(error);
  const message = messageOf(error);
  const op = OPERATION[step.kind];
  const target = step.kind === 'caller-identity' ? '' : ` for ${step.roleArn}`;
  const said = `STS ${op}${target} failed: ${code}: ${message}`;

  if (classifyStsError(error) === 'retry') {
    return {
      summary: `${said} (still failing after ${attempts} attempts; STS or the network is having trouble, re-run the job).`,
      details: [],
    };
  }

  if (step.kind === 'web-identity') {
    const sub = claimText(step.claims ?? {}, 'sub');
    const aud = claimText(step.claims ?? {}, 'aud');
    if (base === 'AccessDenied' || base === 'IDPRejectedClaim') {
      return {
        summary: `${said}. The role does not exist, or its trust policy does not accept this job's token (sub "${sub ?? '?'}", aud "${aud ?? '?'}"); the token's claims and the condition the trust policy needs are printed above.`,
        details: [
          ...claimsBlock(step.claims),
          ...webIdentityTrust(step.roleArn, step.claims),
          ...subjectForms(step.claims),
        ],
      };
    }
    if (base === 'InvalidIdentityToken') {
      const issuer =
        claimText(step.claims ?? {}, 'iss') ?? 'https://token.actions.githubusercontent.com';
      const account = accountOf(step.roleArn);
      const fix = /audience/i.test(message)
        ? `The IAM OpenID Connect provider for ${issuer} in account ${account} does not list the token's audience "${aud ?? '?'}": add it to the provider's audiences (client IDs), or set the audience input to one it lists (usually sts.amazonaws.com).`
        : /provider found/i.test(message)
          ? `Account ${account} needs an IAM OpenID Connect provider for ${issuer} with the audience "${aud ?? 'sts.amazonaws.com'}".`
          : `Check that account ${account} has an IAM OpenID Connect provider for ${issuer} with the audience "${aud ?? 'sts.amazonaws.com'}".`;
      return { summary: `${said}. ${fix}`, details: claimsBlock(step.claims) };
    }
    if (base === 'ExpiredToken') {
      return {
        summary: `${said}. The job's OIDC token expired before STS checked it (tokens live a few minutes); re-run the job, and check the runner's clock.`,
        details: [],
      };
    }
  }

  if (step.kind === 'chain' && base === 'AccessDenied') {
    const next = step.roleArn;
    return {
      summary: `${said}. Role chaining needs two policies: the permissions policy of ${step.fromRoleArn} must allow sts:AssumeRole (and sts:TagSession when session tags are passed on) on ${next}, and the trust policy of ${next} must trust ${step.fromRoleArn}.`,
      details: [
        `Permissions policy of ${step.fromRoleArn}:`,
        `  { "Effect": "Allow", "Action": ["sts:AssumeRole", "sts:TagSession"], "Resource": "${next}" }`,
        `Trust policy of ${next}:`,
        `  { "Effect": "Allow", "Principal": { "AWS": "${step.fromRoleArn}" }, "Action": ["sts:AssumeRole", "sts:TagSession"] }`,
      ],
    };
  }

  if (base === 'ValidationError' && /DurationSeconds exceeds/i.test(message)) {
    return {
      summary: `${said}. Lower role-duration, or raise the role's maximum session duration (role chaining is capped at 1h).`,
      details: [],
    };
  }

  if (base === 'ENOTFOUND') {
    return {
      summary: `${said}. The STS host name does not resolve: check aws-region (a region that exists and is enabled) and AWS_ENDPOINT_URL_STS; a runner that reaches AWS only through a proxy needs HTTPS_PROXY (and NO_PROXY) in its environment.`,
      details: [],
    };
  }

  if (base === 'ERR_PROXY_TUNNEL') {
    return {
      summary: `${said}. The proxy from HTTPS_PROXY refused the tunnel to STS: allow the STS endpoint (port 443) on the proxy, or list it in NO_PROXY when the runner reaches it directly.`,
      details: [],
    };
  }

  if (base === 'RegionDisabled') {
    return {
      summary: `${said}. Activate STS in this region (IAM account settings) or use another aws-region.`,
      details: [],
    };
  }

  return { summary: `${said}.`, details: [] };
}

/** The job has no OIDC token: the permission is missing, or GitHub never gives one (forks). */
export function missingTokenMessage(fork: string | undefined): string {
  const forkNote = fork
    ? ` This run is for a pull request from the fork ${fork}: GitHub never gives pull requests from forks an OIDC token, so assume a role only in workflows that do not run fork code with credentials.`
    : ' Pull requests from forks never get a token, whatever the permissions say.';
  return `The runner gave this job no OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set): add "permissions: id-token: write" (and "contents: read") to the job or the workflow.${forkNote}`;
}
