import type { AwsCredentials } from '../aws/sts.js';
import type { Host } from './host.js';

/**
 * The AWS_* variables assume-role exports for the following steps, and their clearing in the
 * post step. Later steps get their environment from GITHUB_ENV, so clearing means exporting
 * the credential names again with empty values (the AWS SDKs and CLI treat an empty
 * AWS_ACCESS_KEY_ID as unset); AWS_REGION and AWS_DEFAULT_REGION get back the values they had
 * before (empty when unset).
 */

const EXPORTED_STATE = 'assume-role-exported';

/** Exports the credentials and region, after saving what the post step is to export. */
export function exportCredentialEnv(host: Host, c: AwsCredentials, region: string): void {
  const exported: Record<string, string> = {
    AWS_ACCESS_KEY_ID: c.accessKeyId,
    AWS_SECRET_ACCESS_KEY: c.secretAccessKey,
    AWS_SESSION_TOKEN: c.sessionToken,
    AWS_REGION: region,
    AWS_DEFAULT_REGION: region,
  };
  // What the post step exports: nothing secret, only names, empties and earlier regions.
  const afterPost: Record<string, string> = {};
  for (const name of Object.keys(exported)) {
    afterPost[name] = name.endsWith('REGION') ? (host.env[name] ?? '') : '';
  }
  host.saveState(EXPORTED_STATE, JSON.stringify(afterPost));
  for (const [name, value] of Object.entries(exported)) host.exportVariable(name, value);
}

/** Post step: exports again what exportCredentialEnv saved, and says what it did. */
export function restoreCredentialEnv(host: Host): void {
  const entries = savedExports(host.getState(EXPORTED_STATE));
  for (const [name, value] of entries) host.exportVariable(name, value);
  const cleared = entries.filter(([, value]) => !value).map(([name]) => name);
  const restored = entries.filter(([, value]) => value).map(([name, value]) => `${name}=${value}`);
  if (cleared.length) host.info(`Cleared ${cleared.join(', ')} for the rest of the job.`);
  if (restored.length) host.info(`Restored ${restored.join(', ')}.`);
}

/**
 * The saved name/value pairs, keeping only AWS_* names whose value is empty or a region: the
 * state is not trusted to export anything secret.
 */
export function savedExports(state: string | undefined): [string, string][] {
  let saved: unknown;
  try {
    saved = JSON.parse(state ?? '{}');
  } catch {
    saved = {};
  }
  return Object.entries(
    saved && typeof saved === 'object' && !Array.isArray(saved) ? saved : {},
  ).filter(
    (e): e is [string, string] =>
      /^AWS_[A-Z_]+$/.test(e[0]) && typeof e[1] === 'string' && (!e[1] || /REGION$/.test(e[0])),
  );
}
