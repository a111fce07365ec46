import { isAbsolute, resolve, sep } from 'node:path';
import type { Inputs } from '../../github/inputs.js';
import { invalidInput } from '../../util/errors.js';
import { requestFromInput, type RequestedVersion } from './version-source.js';

/** tofu-binary, tofu-version and tofu-checksum, checked together. */
export interface TofuInputs {
  /** tofu-binary; a relative path is resolved against the repository root. */
  binary: string | undefined;
  version: RequestedVersion | undefined;
  /** Only ever set together with an exact version. */
  checksum: string | undefined;
}

export function isSha256(text: string): boolean {
  return /^[0-9a-fA-F]{64}$/.test(text);
}

/**
 * The three inputs that choose the tofu to run, read before anything is looked up on PATH or
 * downloaded, so that none is silently ignored whatever is installed:
 * - tofu-binary runs an executable as it is, so it cannot go with the two that choose a release;
 * - tofu-checksum is the archive of one release for one OS/arch: it needs an exact tofu-version.
 * A tofu-binary with a path separator is a path from the repository root, as every path input
 * is (tofu runs in the working directory, where it would otherwise resolve); a bare name is
 * looked up on PATH.
 */
export function readTofuInputs(inputs: Inputs, workspace: string): TofuInputs {
  const binary = inputs.string('tofu-binary');
  const versionText = inputs.string('tofu-version');
  const checksum = inputs.string('tofu-checksum');
  if (binary !== undefined && (versionText !== undefined || checksum !== undefined)) {
    const other = versionText !== undefined ? 'tofu-version' : 'tofu-checksum';
    throw invalidInput(
      'tofu-binary',
      binary,
      `it runs that executable as it is, while ${other} chooses a release to install: set one or the other`,
    );
  }
  const version = versionText === undefined ? undefined : requestFromInput(versionText);
  if (checksum !== undefined) {
    if (!isSha256(checksum)) {
      throw invalidInput(
        'tofu-checksum',
        checksum,
        'expected the 64-character hex SHA-256 of the release archive for this runner',
      );
    }
    if (version?.request.kind !== 'exact') {
      throw invalidInput(
        'tofu-checksum',
        checksum,
        versionText === undefined
          ? 'a pinned checksum needs an exact tofu-version such as 1.10.6 (the archive of one release), whatever tofu is on PATH'
          : `a pinned checksum needs an exact tofu-version such as 1.10.6, not ${JSON.stringify(versionText)}`,
      );
    }
  }
  return {
    binary: binary === undefined ? undefined : binaryPath(binary, workspace),
    version,
    checksum,
  };
}

function binaryPath(binary: string, workspace: string): string {
  if (isAbsolute(binary) || !(binary.includes('/') || binary.includes(sep))) return binary;
  return resolve(workspace, binary);
}
