import { decodeClaims, claimText, type Claims } from '../aws/jwt-claims.js';
import { fetchOidcToken, tokenEndpoint, tokenFetchFailed } from '../aws/oidc-token.js';
import {
  accountOfArn,
  checkAccountId,
  checkRegion,
  parseRoleArn,
  type RoleArn,
} from '../aws/role-arn.js';
import {
  checkSessionName,
  defaultSessionName,
  MAX_CHAINED_DURATION_SECONDS,
  parseRoleDuration,
} from '../aws/session-params.js';
import { createStsApi, type AwsCredentials, type RoleSession, type StsApi } from '../aws/sts.js';
import {
  classifyStsError,
  explainStsError,
  isStsServiceError,
  missingTokenMessage,
  stsErrorCode,
  type StsStep,
} from '../aws/sts-errors.js';
import { nodeSupportsProxyEnv, proxyAgents, type ProxyAgents } from '../util/env-proxy.js';
import { ConfigurationError, invalidInput } from '../util/errors.js';
import { retry, type RetryOptions } from '../util/retry.js';
import type { CommandContext } from './command.js';

/**
 * assume-role: the job's OIDC token → AssumeRoleWithWebIdentity → AssumeRole for each role of
 * role-chain → GetCallerIdentity. Every secret is masked the moment it arrives; the account is
 * checked against allowed-account-ids before anything is exported or output.
 *
 * Nothing is written to disk but the runner's own files (GITHUB_ENV, GITHUB_OUTPUT, GITHUB_STATE,
 * which the runner reads and removes after the step); there is no credential file to leave
 * behind. The post step "clears" the exported variables: later steps get their environment
 * from GITHUB_ENV, so it exports the credential names with empty values (the AWS SDKs and CLI
 * treat an empty AWS_ACCESS_KEY_ID as unset), which keeps the credentials away from the post
 * steps of actions that ran before this one. AWS_REGION and AWS_DEFAULT_REGION get back the
 * values they had before this step (a workflow-level AWS_REGION survives; empty when unset).
 */

const EXPORTED_STATE = 'assume-role-exported';
const DEFAULT_AUDIENCE = 'sts.amazonaws.com';

/** Backoff for the token fetch and every STS call: 250 ms doubling to 8 s, 6 attempts, 60 s. */
export const RETRY_POLICY = {
  baseMs: 250,
  maxDelayMs: 8_000,
  maxAttempts: 6,
  maxElapsedMs: 60_000,
};

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

/** Every input, validated before any work starts. */
export function readSettings(ctx: CommandContext): AssumeRoleSettings {
  const { inputs, host, github } = ctx;
  // With mask-account-id, every account id is masked the moment it is read, so that not even
  // an error about these inputs shows one.
  const maskAccountId = inputs.bool('mask-account-id', false);
  const maskAccounts = (text: string) => {
    if (maskAccountId) for (const [id] of text.matchAll(/\d{12}/g)) host.setSecret(id);
    return text;
  };
  const role = parseRoleArn('role-arn', maskAccounts(inputs.required('role-arn')));
  const chainArns = inputs.list('role-chain');
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

  const regionInput = inputs.string('aws-region');
  const regionVar = ['AWS_REGION', 'AWS_DEFAULT_REGION'].find((name) => host.env[name]);
  const region = regionInput ?? (regionVar ? host.env[regionVar] : undefined);
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

  const durationText = inputs.string('role-duration');
  const durationSeconds =
    durationText === undefined ? 3600 : parseRoleDuration('role-duration', durationText);
  if (chain.length > 0 && durationSeconds > MAX_CHAINED_DURATION_SECONDS) {
    throw invalidInput(
      'role-duration',
      durationText ?? '',
      'AWS caps sessions obtained by role chaining at 1h (3600 seconds); use 1h or less with role-chain',
    );
  }

  const sessionText = inputs.string('role-session-name');
  const sessionName =
    sessionText === undefined
      ? defaultSessionName(
          github.owner && github.repo ? `${github.owner}/${github.repo}` : undefined,
          github.runId,
          github.runAttempt,
        )
      : checkSessionName('role-session-name', sessionText);

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

export interface AssumeRoleDeps {
  sts(region: string, agents?: ProxyAgents): Promise<StsApi>;
}

export async function run(ctx: CommandContext): Promise<void> {
  await assumeRole(ctx, { sts: createStsApi });
}

export async function assumeRole(ctx: CommandContext, deps: AssumeRoleDeps): Promise<void> {
  const { host, clock } = ctx;
  const settings = readSettings(ctx);

  const retryBase: Omit<RetryOptions, 'classify'> = {
    ...RETRY_POLICY,
    sleep: (ms, signal) => clock.sleep(ms, signal),
    now: () => clock.now(),
    signal: host.cancellation,
  };

  // 1. The job's OIDC token.
  const endpoint = tokenEndpoint(host.env);
  if (!endpoint) {
    throw new ConfigurationError(missingTokenMessage(forkOf(ctx)));
  }
  const agents = proxyAgents(host.env);
  if (agents) {
    if (!agents.usable) {
      host.warning(
        'HTTPS_PROXY/HTTP_PROXY is not an http:// or https:// proxy URL (Node cannot use other kinds, such as SOCKS); connecting directly.',
      );
    } else if (nodeSupportsProxyEnv()) {
      host.info(`Reaching the token service and STS through the proxy ${agents.proxyHost}.`);
    } else {
      host.warning(
        `HTTPS_PROXY is set but Node ${process.versions.node} cannot tunnel through it (Node 24.5 or later can); connecting directly. Update the runner.`,
      );
    }
  }
  // Load the SDK while the token is on its way (the two take about as long).
  const stsReady = deps.sts(settings.region, agents);
  stsReady.catch(() => {});
  let tokenAttempts = 0;
  let token: string;
  try {
    token = await fetchOidcToken({
      endpoint,
      audience: settings.audience,
      setSecret: (v) => host.setSecret(v),
      ...(agents ? { agents } : {}),
      retry: {
        ...retryBase,
        onRetry: ({ attempt, delayMs, error }) => {
          tokenAttempts = attempt + 1;
          host.info(
            `Getting the OIDC token failed (attempt ${attempt}): ${(error as Error).message}; retrying in ${delayMs} ms.`,
          );
        },
      },
    });
  } catch (error) {
    checkCancelled(ctx);
    throw tokenFetchFailed(error, Math.max(1, tokenAttempts));
  }
  const claims = decodeClaims(token);

  // 2. Web identity, then the chain. Credentials are masked before anything else sees them.
  const sts = await stsReady;
  const call = callWithRetry(ctx, retryBase);
  const mask = (s: RoleSession): RoleSession => {
    host.setSecret(s.credentials.accessKeyId);
    host.setSecret(s.credentials.secretAccessKey);
    host.setSecret(s.credentials.sessionToken);
    return s;
  };
  host.info(
    `Assuming ${settings.role.arn} with the job's OIDC token (sub ${describeClaim(claims, 'sub')}, aud ${describeClaim(claims, 'aud')}), session ${settings.sessionName}, ${settings.durationSeconds} s.`,
  );
  let session = await call({ kind: 'web-identity', roleArn: settings.role.arn, claims }, async () =>
    mask(
      await sts.assumeRoleWithWebIdentity(
        {
          roleArn: settings.role.arn,
          sessionName: settings.sessionName,
          durationSeconds: settings.durationSeconds,
          webIdentityToken: token,
        },
        host.cancellation,
      ),
    ),
  );
  let fromRoleArn = settings.role.arn;
  for (const next of settings.chain) {
    host.info(`Chaining from ${fromRoleArn} to ${next.arn}.`);
    const from: AwsCredentials = session.credentials;
    session = await call({ kind: 'chain', roleArn: next.arn, fromRoleArn }, async () =>
      mask(
        await sts.assumeRole(
          from,
          {
            roleArn: next.arn,
            sessionName: settings.sessionName,
            durationSeconds: settings.durationSeconds,
          },
          host.cancellation,
        ),
      ),
    );
    fromRoleArn = next.arn;
  }

  // 3. Whose credentials these are, checked before anything leaves this process.
  const final = session;
  const identity = await call({ kind: 'caller-identity' }, () =>
    sts.getCallerIdentity(final.credentials, host.cancellation),
  );
  if (settings.maskAccountId) host.setSecret(identity.account);
  const arnAccount = accountOfArn(final.assumedRoleArn);
  if (arnAccount !== undefined && arnAccount !== identity.account) {
    throw new ConfigurationError(
      `Refusing the credentials: STS returned a session in account ${arnAccount} (${final.assumedRoleArn}) but GetCallerIdentity says account ${identity.account}; nothing was exported.`,
    );
  }
  if (
    settings.allowedAccountIds.length > 0 &&
    !settings.allowedAccountIds.includes(identity.account)
  ) {
    throw new ConfigurationError(
      `Refusing the credentials of ${identity.arn}: account ${identity.account} is not in allowed-account-ids (${settings.allowedAccountIds.join(', ')}); nothing was exported.`,
    );
  }

  // 4. Export and output.
  const c = final.credentials;
  if (settings.exportCredentials) {
    const exported: Record<string, string> = {
      AWS_ACCESS_KEY_ID: c.accessKeyId,
      AWS_SECRET_ACCESS_KEY: c.secretAccessKey,
      AWS_SESSION_TOKEN: c.sessionToken,
      AWS_REGION: settings.region,
      AWS_DEFAULT_REGION: settings.region,
    };
    // What the post step exports: nothing secret, only names, empties and earlier regions.
    const afterPost: Record<string, string> = {};
    for (const name of Object.keys(exported)) {
      afterPost[name] = name.endsWith('REGION') ? (host.env[name] ?? '') : '';
    }
    host.saveState(EXPORTED_STATE, JSON.stringify(afterPost));
    for (const [name, value] of Object.entries(exported)) host.exportVariable(name, value);
  }
  host.setOutput('aws-account-id', identity.account);
  host.setOutput('authenticated-arn', identity.arn);
  host.setOutput('expiration', c.expiration.toISOString());
  if (settings.outputCredentials) {
    host.setOutput('aws-access-key-id', c.accessKeyId);
    host.setOutput('aws-secret-access-key', c.secretAccessKey);
    host.setOutput('aws-session-token', c.sessionToken);
  }
  host.info(
    `Authenticated as ${identity.arn} (account ${identity.account}) until ${c.expiration.toISOString()}${settings.exportCredentials ? '; AWS_* credentials exported for the following steps' : ''}.`,
  );
}

/**
 * Post step: export the names main exported again, the credentials empty and the regions as
 * they were before (see the comment at the top).
 */
export async function post(ctx: CommandContext): Promise<void> {
  const { host } = ctx;
  let saved: unknown;
  try {
    saved = JSON.parse(host.getState(EXPORTED_STATE) ?? '{}');
  } catch {
    saved = {};
  }
  const entries = Object.entries(
    saved && typeof saved === 'object' && !Array.isArray(saved) ? saved : {},
  ).filter(
    (e): e is [string, string] =>
      /^AWS_[A-Z_]+$/.test(e[0]) && typeof e[1] === 'string' && (!e[1] || /REGION$/.test(e[0])),
  );
  for (const [name, value] of entries) host.exportVariable(name, value);
  const cleared = entries.filter(([, value]) => !value).map(([name]) => name);
  const restored = entries.filter(([, value]) => value).map(([name, value]) => `${name}=${value}`);
  if (cleared.length) host.info(`Cleared ${cleared.join(', ')} for the rest of the job.`);
  if (restored.length) host.info(`Restored ${restored.join(', ')}.`);
}

/** The fork a pull_request run comes from (such runs get no OIDC token), if it is one. */
function forkOf(ctx: CommandContext): string | undefined {
  const pr = ctx.github.pullRequest;
  // pull_request_target runs in the base repository and can get a token.
  if (!pr || ctx.github.eventName === 'pull_request_target') return undefined;
  return pr.headRepo && pr.baseRepo && pr.headRepo !== pr.baseRepo ? pr.headRepo : undefined;
}

function describeClaim(claims: Claims | undefined, name: string): string {
  return claims ? (claimText(claims, name) ?? '(none)') : '(undecodable token)';
}

function checkCancelled(ctx: CommandContext): void {
  if (ctx.host.cancellation.aborted) {
    throw new ConfigurationError(
      'assume-role was cancelled before it finished; nothing was exported.',
    );
  }
}

/** Runs one STS call with classified retries; a final failure becomes an explanation. */
function callWithRetry(ctx: CommandContext, retryBase: Omit<RetryOptions, 'classify'>) {
  const { host } = ctx;
  return async <T>(step: StsStep, fn: () => Promise<T>): Promise<T> => {
    let attempts = 1;
    try {
      return await retry(fn, {
        ...retryBase,
        classify: classifyStsError,
        onRetry: ({ attempt, delayMs, error }) => {
          attempts = attempt + 1;
          host.info(
            `STS answered ${stsErrorCode(error) ?? 'an error'} (attempt ${attempt}); retrying in ${delayMs} ms.`,
          );
        },
      });
    } catch (error) {
      checkCancelled(ctx);
      if (!isStsServiceError(error) && stsErrorCode(error) === undefined) throw error;
      const { summary, details } = explainStsError(error, step, attempts);
      for (const line of details) host.info(line);
      throw new ConfigurationError(summary);
    }
  };
}
