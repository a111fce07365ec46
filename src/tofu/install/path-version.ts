import type { Host } from '../../github/host.js';
import { runTofu } from '../run-tofu.js';
import { formatVersion, parseVersion, satisfies, type VersionRequest } from './version-spec.js';

/**
 * The version a tofu executable reports (`tofu version -json`, falling back to the text form),
 * or undefined when it does not run or says nothing we can read. Extra lines around the JSON
 * (wrappers such as setup-opentofu's echo the command line) are tolerated.
 */
export async function reportedVersion(
  binary: string,
  host: Host,
  cwd: string,
): Promise<string | undefined> {
  let stdout: string;
  try {
    const result = await runTofu({ binary, args: ['version', '-json'], cwd, host, stream: false });
    if (result.exitCode !== 0 || result.cancelled) return undefined;
    stdout = result.stdout;
  } catch {
    return undefined;
  }
  const found =
    /"terraform_version"\s*:\s*"([^"]+)"/.exec(stdout)?.[1] ??
    /OpenTofu v(\d+\.\d+\.\d+\S*)/.exec(stdout)?.[1];
  const version = found === undefined ? undefined : parseVersion(found);
  return version && formatVersion(version);
}

/** True when `version` is one the request allows (`latest`: any release already at hand). */
export function versionAllowed(request: VersionRequest, version: string): boolean {
  const parsed = parseVersion(version);
  if (!parsed) return false;
  switch (request.kind) {
    case 'latest':
      return true;
    case 'exact':
      return formatVersion(parsed) === request.version;
    case 'constraint':
      return satisfies(parsed, request.clauses);
  }
}
