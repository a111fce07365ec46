import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve } from 'node:path';
import type { CommandContext } from '../commands/command.js';
import type { Host } from '../github/host.js';
import type { Inputs } from '../github/inputs.js';
import type { EnsureTofuOptions } from './install/ensure-tofu.js';
import { invalidInput } from '../util/errors.js';

/** The inputs every tofu-running command shares. */
export interface TofuSettings {
  binary: string;
  /** Absolute path of the root module. */
  workingDirectory: string;
  /** The same, relative to the repository root (for annotations and comments). */
  workingDirectoryRelative: string;
  environment: string;
  varFiles: string[];
  backendConfig: string[];
  lockTimeoutMs: number | undefined;
}

export function readTofuSettings(inputs: Inputs, host: Host): TofuSettings {
  const dirInput = inputs.string('working-directory') ?? '.';
  const workingDirectory = isAbsolute(dirInput) ? dirInput : resolve(host.workspace, dirInput);
  if (!existsSync(workingDirectory) || !statSync(workingDirectory).isDirectory()) {
    throw invalidInput('working-directory', dirInput, `no such directory under ${host.workspace}`);
  }
  const environment = inputs.string('environment') ?? (basename(workingDirectory) || 'default');
  const varFiles = inputs.lines('var-files');
  for (const file of varFiles) {
    if (!existsSync(resolve(workingDirectory, file))) {
      throw invalidInput('var-files', file, `no such file in ${dirInput}`);
    }
  }
  return {
    // What tofu-binary says; resolveTofuBinary decides the tofu that runs.
    binary: inputs.string('tofu-binary') ?? 'tofu',
    workingDirectory,
    workingDirectoryRelative: relative(host.workspace, workingDirectory) || '.',
    environment,
    varFiles,
    backendConfig: inputs.lines('backend-config'),
    lockTimeoutMs: inputs.duration('lock-timeout'),
  };
}

/** True when the directory holds OpenTofu configuration (.tf, .tofu or .tf.json files). */
export function hasTofuFiles(dir: string): boolean {
  return readdirSync(dir).some((f) => /\.(tf|tofu|tf\.json|tofu\.json)$/.test(f));
}

/**
 * The tofu to run (ensureTofu): `tofu-binary` (checked with tofu-version and tofu-checksum),
 * else tofu on PATH, else a verified release installed from `tofu-version` /
 * `.opentofu-version` / `required_version` (for fmt, `versionFromDirectoriesBelow`: else the
 * newest release the required_version of any directory below allows).
 */
export async function resolveTofuBinary(
  ctx: CommandContext,
  settings: TofuSettings,
  options: Pick<EnsureTofuOptions, 'versionFromDirectoriesBelow'> = {},
): Promise<string> {
  // Loaded here: rendering an existing plan needs none of it.
  const { ensureTofu } = await import('./install/ensure-tofu.js');
  return ensureTofu(ctx, { ...options, workingDirectory: settings.workingDirectory });
}
