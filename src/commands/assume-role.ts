import { readSettings, type AssumeRoleSettings } from '../aws/assume-role-settings.js';
import { fetchJobToken, requireTokenEndpoint } from '../aws/job-token.js';
import { assumeRoleChain } from '../aws/role-chain.js';
import { createStsApi, type AwsCredentials, type CallerIdentity, type StsApi } from '../aws/sts.js';
import { retryTiming, stsCaller } from '../aws/sts-retry.js';
import { verifiedIdentity } from '../aws/verified-identity.js';
import { exportCredentialEnv, restoreCredentialEnv } from '../github/credential-env.js';
import type { Host } from '../github/host.js';
import { nodeSupportsProxyEnv, proxyAgents, type ProxyAgents } from '../util/env-proxy.js';
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

export interface AssumeRoleDeps {
  sts(region: string, agents?: ProxyAgents): Promise<StsApi>;
}

export async function run(ctx: CommandContext): Promise<void> {
  await assumeRole(ctx, { sts: createStsApi });
}

export async function assumeRole(ctx: CommandContext, deps: AssumeRoleDeps): Promise<void> {
  const { host, clock } = ctx;
  const settings = readSettings(ctx);
  const timing = retryTiming(clock, host.cancellation);
  const endpoint = requireTokenEndpoint(host, ctx.github);
  const agents = proxyAgents(host.env);
  reportProxy(host, agents);
  // Load the SDK while the token is on its way (the two take about as long).
  const stsReady = deps.sts(settings.region, agents);
  stsReady.catch(() => {});
  const token = await fetchJobToken(host, {
    endpoint,
    audience: settings.audience,
    agents,
    timing,
  });
  const sts = await stsReady;
  const call = stsCaller(host, timing);
  const session = await assumeRoleChain(host, sts, call, settings, token);
  const identity = await verifiedIdentity(host, sts, call, session, settings);
  const c = session.credentials;
  if (settings.exportCredentials) exportCredentialEnv(host, c, settings.region);
  setOutputs(host, settings, identity, c);
  host.info(
    `Authenticated as ${identity.arn} (account ${identity.account}) until ${c.expiration.toISOString()}${settings.exportCredentials ? '; AWS_* credentials exported for the following steps' : ''}.`,
  );
}

/**
 * Post step: export the names main exported again, the credentials empty and the regions as
 * they were before (see the comment at the top).
 */
export async function post(ctx: CommandContext): Promise<void> {
  restoreCredentialEnv(ctx.host);
}

/** Says whether the token service and STS are reached through the runner's proxy. */
function reportProxy(host: Host, agents: ProxyAgents | undefined): void {
  if (!agents) return;
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

function setOutputs(
  host: Host,
  settings: AssumeRoleSettings,
  identity: CallerIdentity,
  c: AwsCredentials,
): void {
  host.setOutput('aws-account-id', identity.account);
  host.setOutput('authenticated-arn', identity.arn);
  host.setOutput('expiration', c.expiration.toISOString());
  if (settings.outputCredentials) {
    host.setOutput('aws-access-key-id', c.accessKeyId);
    host.setOutput('aws-secret-access-key', c.secretAccessKey);
    host.setOutput('aws-session-token', c.sessionToken);
  }
}
