import type { Host } from '../../github/host.js';
import { runTofu } from '../run-tofu.js';
import { formatVersion, parseVersion, satisfies, type VersionRequest } from './version-spec.js';

/** What each executable said its version was, per run (one host per run). */
const versions = new WeakMap<Host, Map<string, Promise<string | undefined>>>();

function versionsOf(host: Host): Map<string, Promise<string | undefined>> {
  let known = versions.get(host);
  if (!known) versions.set(host, (known = new Map()));
  return known;
}

/** Records the version of an executable this run installed: nobody needs to ask it. */
export function rememberVersion(host: Host, binary: string, version: string): void {
  versionsOf(host).set(binary, Promise.resolve(version));
}

/**
 * The version a tofu executable reports (`tofu version -json`, falling back to the text form),
 * or undefined when it does not run or says nothing we can read. Extra lines around the JSON
 * (wrappers such as setup-opentofu's echo the command line) are tolerated. Asked once per
 * executable and run: the PATH check, each init that takes var-files and every lock retry
 * share the answer.
 */
export function reportedVersion(
  binary: string,
  host: Host,
  cwd: string,
): Promise<string | undefined> {
  const known = versionsOf(host);
  let version = known.get(binary);
  if (!version) known.set(binary, (version = askVersion(binary, host, cwd)));
  return version;
}

async function askVersion(binary: string, host: Host, cwd: string): Promise<string | undefined> {
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
