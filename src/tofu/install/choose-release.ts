import { ConfigurationError } from '../../util/errors.js';
import type { HttpContext } from './http.js';
import { listReleasedVersions } from './releases.js';
import type { ReleaseSources } from './sources.js';
import type { RequestedVersion } from './version-source.js';
import {
  compareVersions,
  parseVersion,
  pickVersion,
  type Version,
  type VersionRequest,
} from './version-spec.js';

export interface ChosenRelease {
  version: string;
  /** The request it answers, for the log. */
  source: string;
}

/**
 * The release to install: an exact request as it is, else the newest published release the
 * request allows. Given several (fmt: the required_version of each directory below), the
 * newest release that any of them allows.
 */
export async function chooseRelease(
  requests: readonly RequestedVersion[],
  http: HttpContext,
  sources: ReleaseSources,
): Promise<ChosenRelease> {
  const only = requests.length === 1 ? requests[0] : undefined;
  if (only?.request.kind === 'exact') return { version: only.request.version, source: only.source };
  const available = await listReleasedVersions(http, sources);
  const picked = newestAllowed(requests, available);
  const wanted = requests.map((r) => JSON.stringify(requestText(r.request)));
  if (!picked) {
    throw new ConfigurationError(
      `No OpenTofu release matches ${wanted.join(' or ')} (from ${requests.map((r) => r.source).join('; ')}); newest published: ${pickVersion({ kind: 'latest' }, available) ?? 'none found'}.`,
    );
  }
  const { from } = picked;
  http.host.info(
    requests.length === 1
      ? `OpenTofu ${wanted[0]} (from ${from.source}) resolves to ${picked.version}.`
      : `The newest OpenTofu release any of ${wanted.join(', ')} allows is ${picked.version} (from ${from.source}).`,
  );
  return { version: picked.version, source: from.source };
}

function requestText(request: VersionRequest): string {
  if (request.kind === 'latest') return 'latest';
  return request.kind === 'exact' ? request.version : request.text;
}

function newestAllowed(
  requests: readonly RequestedVersion[],
  available: readonly string[],
): { version: string; from: RequestedVersion } | undefined {
  let best: { version: string; from: RequestedVersion; parsed: Version } | undefined;
  for (const from of requests) {
    const version = pickVersion(from.request, available);
    const parsed = version === undefined ? undefined : parseVersion(version);
    if (version === undefined || !parsed) continue;
    if (!best || compareVersions(parsed, best.parsed) > 0) best = { version, from, parsed };
  }
  return best && { version: best.version, from: best.from };
}
