import { isAbsolute, join, resolve } from 'node:path';
import type { CommandContext } from '../../commands/command.js';
import { ConfigurationError } from '../../util/errors.js';
import { findOnPath } from './find-on-path.js';
import { reportedVersion, versionAllowed } from './path-version.js';
import { installRelease } from './install-release.js';
import { currentPlatform, type Platform } from './platform.js';
import { listReleasedVersions } from './releases.js';
import { releaseSources } from './sources.js';
import { readTofuInputs } from './tofu-inputs.js';
import { requestedVersion } from './version-source.js';
import { pickVersion } from './version-spec.js';

export interface EnsureTofuOptions {
  /** The root module (absolute, or relative to the workspace): `.opentofu-version` and
   *  `required_version` are looked up there. */
  workingDirectory: string;
  /** For tests: the platform to install for. */
  platform?: Platform;
  /** For tests: attempts per download (default 4). */
  maxAttempts?: number;
}

/**
 * The tofu to run, installing it only when tofu on PATH will not do (DESIGN §1):
 * - `tofu-binary` set: that (a path from the repository root, or a name on PATH); it goes with
 *   neither `tofu-version` nor `tofu-checksum`, and a checksum needs an exact `tofu-version`,
 *   whatever tofu is on PATH (readTofuInputs);
 * - tofu on PATH and no `tofu-version`: that one (it answers `required_version` itself);
 * - tofu on PATH and `tofu-version` set: that one when the version it reports is one the input
 *   allows and no `tofu-checksum` pins an archive; otherwise the requested release is installed,
 *   so that an explicit pin is never silently run with another version (state written by a
 *   newer tofu cannot be read by an older one);
 * - no tofu on PATH: the release `tofu-version`, `.opentofu-version` or the root module's
 *   `required_version` asks for, downloaded once, verified against its SHA256SUMS (or
 *   `tofu-checksum`), cached and put first on PATH; with none of these, an error that says how
 *   to get tofu.
 */
export async function ensureTofu(ctx: CommandContext, options: EnsureTofuOptions): Promise<string> {
  const { host, inputs } = ctx;
  const { binary, version: fromInput, checksum } = readTofuInputs(inputs, host.workspace);
  if (binary !== undefined) return binary;
  const platform = options.platform ?? currentPlatform();
  const onPath = findOnPath('tofu', host.env);
  if (onPath && fromInput === undefined) return onPath;

  const workingDirectory = isAbsolute(options.workingDirectory)
    ? options.workingDirectory
    : resolve(host.workspace, options.workingDirectory);
  const requested = fromInput ?? requestedVersion(undefined, workingDirectory, host.workspace);
  if (!requested) {
    throw new ConfigurationError(
      'tofu was not found on PATH: set the input tofu-version (e.g. 1.10.6) to let this action install a verified release, add a .opentofu-version file or a required_version constraint, install it with opentofu/setup-opentofu, or point tofu-binary at the executable.',
    );
  }

  if (onPath && checksum === undefined) {
    const found = await reportedVersion(onPath, host, workingDirectory);
    if (found !== undefined && versionAllowed(requested.request, found)) {
      host.info(`Using tofu on PATH (${onPath}): OpenTofu ${found} satisfies ${requested.source}.`);
      return onPath;
    }
    host.info(
      found === undefined
        ? `tofu on PATH (${onPath}) did not report its version: installing the release ${requested.source} asks for.`
        : `tofu on PATH (${onPath}) is OpenTofu ${found}, which ${requested.source} (${JSON.stringify(inputs.string('tofu-version'))}) does not allow: installing the requested release.`,
    );
  }

  const sources = releaseSources(host, inputs.string('github-token'));
  const http = { host, clock: ctx.clock, maxAttempts: options.maxAttempts };
  let version: string;
  if (requested.request.kind === 'exact') {
    version = requested.request.version;
  } else {
    const available = await listReleasedVersions(http, sources);
    const picked = pickVersion(requested.request, available);
    const wanted = requested.request.kind === 'latest' ? 'latest' : requested.request.text;
    if (!picked) {
      throw new ConfigurationError(
        `No OpenTofu release matches ${JSON.stringify(wanted)} (from ${requested.source}); newest published: ${pickVersion({ kind: 'latest' }, available) ?? 'none found'}.`,
      );
    }
    host.info(
      `OpenTofu ${JSON.stringify(wanted)} (from ${requested.source}) resolves to ${picked}.`,
    );
    version = picked;
  }

  const dir = await installRelease({
    host,
    clock: ctx.clock,
    version,
    platform,
    sources,
    pinnedChecksum: checksum,
    maxAttempts: options.maxAttempts,
  });
  host.addPath(dir);
  host.info(
    `Using OpenTofu ${version} from ${requested.source}: ${join(dir, platform.binaryName)}`,
  );
  return join(dir, platform.binaryName);
}
