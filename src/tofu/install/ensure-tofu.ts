import { isAbsolute, join, resolve } from 'node:path';
import type { CommandContext } from '../../commands/command.js';
import { ConfigurationError } from '../../util/errors.js';
import { findOnPath } from './find-on-path.js';
import { rememberVersion, reportedVersion, versionAllowed } from './path-version.js';
import { chooseRelease } from './choose-release.js';
import { installRelease } from './install-release.js';
import { currentPlatform, type Platform } from './platform.js';
import { releaseSources } from './sources.js';
import { readTofuInputs } from './tofu-inputs.js';
import { requestedVersion, requiredVersionsBelow } from './version-source.js';

export interface EnsureTofuOptions {
  /** The root module (absolute, or relative to the workspace): `.opentofu-version` and
   *  `required_version` are looked up there. */
  workingDirectory: string;
  /**
   * `fmt`: when nothing names a version for the working directory, the newest release that
   * the required_version of any directory below it allows (formatting needs no providers and
   * no state, and the newest tofu reads every directory's syntax).
   */
  versionFromDirectoriesBelow?: boolean;
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
 *   `required_version` asks for (for fmt, else the newest any directory below allows),
 *   downloaded once, verified against its SHA256SUMS (or `tofu-checksum`), cached and put
 *   first on PATH; with none of these, an error that says how to get tofu.
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
  const forWorkingDirectory =
    fromInput ?? requestedVersion(undefined, workingDirectory, host.workspace);
  const requests = forWorkingDirectory
    ? [forWorkingDirectory]
    : options.versionFromDirectoriesBelow
      ? requiredVersionsBelow(workingDirectory, host.workspace, (reason) =>
          host.info(`Not used to choose the tofu release for fmt: ${reason}`),
        )
      : [];
  if (requests.length === 0) {
    throw new ConfigurationError(
      options.versionFromDirectoriesBelow
        ? 'tofu was not found on PATH, and no version is named for fmt: set the input tofu-version (e.g. 1.10.6; fmt needs no providers, so any recent release formats the files), add a .opentofu-version file or a required_version constraint in the working directory or a directory below it, install tofu with opentofu/setup-opentofu, or point tofu-binary at the executable.'
        : 'tofu was not found on PATH: set the input tofu-version (e.g. 1.10.6) to let this action install a verified release, add a .opentofu-version file or a required_version constraint, install it with opentofu/setup-opentofu, or point tofu-binary at the executable.',
    );
  }

  if (onPath && fromInput && checksum === undefined) {
    const found = await reportedVersion(onPath, host, workingDirectory);
    if (found !== undefined && versionAllowed(fromInput.request, found)) {
      host.info(`Using tofu on PATH (${onPath}): OpenTofu ${found} satisfies ${fromInput.source}.`);
      return onPath;
    }
    host.info(
      found === undefined
        ? `tofu on PATH (${onPath}) did not report its version: installing the release ${fromInput.source} asks for.`
        : `tofu on PATH (${onPath}) is OpenTofu ${found}, which ${fromInput.source} (${JSON.stringify(inputs.string('tofu-version'))}) does not allow: installing the requested release.`,
    );
  }

  const sources = releaseSources(host, inputs.string('github-token'));
  const http = { host, clock: ctx.clock, maxAttempts: options.maxAttempts };
  const { version, source } = await chooseRelease(requests, http, sources);

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
  const installed = join(dir, platform.binaryName);
  rememberVersion(host, installed, version);
  host.info(`Using OpenTofu ${version} from ${source}: ${installed}`);
  return installed;
}
