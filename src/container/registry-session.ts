import { awsFailure } from '../aws/aws-failure.js';
import type { AwsClientSettings } from '../aws/client-settings.js';
import { ecrClientSettings, ecrLogin } from '../aws/ecr.js';
import type { Host } from '../github/host.js';
import { ContainerCli, type ContainerCliName } from './container-cli.js';

/** Which registry the post step logs out of (saved by the login). */
const LOGOUT_STATE = 'image-registry-logout';

/**
 * Logs the container CLI in to ECR with a GetAuthorizationToken token (masked first) and
 * saves the state the post step needs to log out. Returns the registry logged in to: the
 * one given (config or ecr-repository), else the token's. The token is asked for in the
 * registry's own region (a token is valid for its region's registries only), else the run's.
 */
export async function loginToEcr(
  host: Pick<Host, 'group' | 'info' | 'setSecret' | 'saveState' | 'cancellation' | 'env'>,
  aws: AwsClientSettings,
  cli: ContainerCli,
  known: string | undefined,
): Promise<string> {
  const settings = ecrClientSettings(host.env, known, aws.region);
  return host.group('ECR login', async () => {
    const found = await ecrLogin(settings, (s) => host.setSecret(s)).catch((e: unknown) => {
      throw awsFailure('ECR GetAuthorizationToken', e);
    });
    const registry = known ?? found.registry;
    // Saved first: a job killed while the CLI logs in may leave the credential stored.
    host.saveState(LOGOUT_STATE, JSON.stringify({ cli: cli.name, registry }));
    try {
      await cli.login(registry, found.username, found.password);
    } catch (error) {
      // A login that failed by itself stored nothing: leave a credential of the user's alone.
      if (!host.cancellation.aborted) host.saveState(LOGOUT_STATE, '');
      throw error;
    }
    host.info(
      `Logged in to ${registry}${found.expiresAt ? ` (token valid until ${found.expiresAt.toISOString()})` : ''}.`,
    );
    return registry;
  });
}

/** Post step: log out of the registry the run logged in to, or began to (failures only warn). */
export async function logoutOfSavedRegistry(
  host: Pick<Host, 'getState' | 'env' | 'workspace' | 'info' | 'warning'>,
): Promise<void> {
  const saved = host.getState(LOGOUT_STATE);
  if (!saved) return;
  const { cli, registry } = JSON.parse(saved) as { cli: ContainerCliName; registry: string };
  const container = new ContainerCli(cli, { env: host.env, cwd: host.workspace });
  try {
    const { outcome, detail } = await container.logout(registry);
    host.info(
      outcome === 'logged-out'
        ? `Logged out of ${registry}.`
        : outcome === 'not-logged-in'
          ? `Not logged in to ${registry}: nothing to log out.`
          : `${cli} logout ${registry} failed (ignored): ${detail}`,
    );
  } catch (error) {
    host.warning(
      `Could not log out of ${registry}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
