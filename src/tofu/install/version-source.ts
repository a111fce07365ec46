import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ConfigurationError, invalidInput } from '../../util/errors.js';
import { fmtDirectories } from '../config-files.js';
import {
  parseConstraint,
  parseRequiredVersion,
  parseVersionRequest,
  type VersionRequest,
} from './version-spec.js';

export interface RequestedVersion {
  request: VersionRequest;
  /** Where it came from, for the log: `input tofu-version`, `.opentofu-version`, `main.tf`. */
  source: string;
}

const ALLOWED =
  'expected an exact version such as 1.9.0, a partial one such as 1.9 (newest 1.9.x), a constraint such as "~> 1.9" or ">= 1.8, < 2.0", or latest';

/** Reads the `tofu-version` input's value; a bad value is a one-line error naming the input. */
export function requestFromInput(value: string): RequestedVersion {
  const request = parseVersionRequest(value);
  if (!request) throw invalidInput('tofu-version', value, ALLOWED);
  return { request, source: 'input tofu-version' };
}

function firstLine(text: string): string | undefined {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l && !l.startsWith('#'));
}

/** A dangling symlink or a directory named like a .tf file holds no constraint. */
function readIfFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * `required_version` of the root module in `dir` (all files' constraints together). `names`:
 * the directory's listing when the caller has read it already.
 */
export function requiredVersionOf(
  dir: string,
  workspace: string,
  names?: readonly string[],
): RequestedVersion | undefined {
  if (!names && (!existsSync(dir) || !statSync(dir).isDirectory())) return undefined;
  const found: { file: string; text: string }[] = [];
  for (const name of [...(names ?? readdirSync(dir))].sort()) {
    const isHcl = /\.(tf|tofu)$/.test(name);
    const isJson = /\.(tf|tofu)\.json$/.test(name);
    if (!isHcl && !isJson) continue;
    const path = join(dir, name);
    const text = readIfFile(path);
    if (text === undefined) continue;
    const re = isJson
      ? /"required_version"\s*:\s*"([^"]*)"/g
      : /^[ \t]*required_version[ \t]*=[ \t]*"([^"]*)"/gm;
    for (const m of text.matchAll(re)) found.push({ file: path, text: m[1] as string });
  }
  if (found.length === 0) return undefined;
  const files = [...new Set(found.map((f) => relative(workspace, f.file) || f.file))].join(', ');
  for (const f of found) {
    if (!parseConstraint(f.text)) {
      throw new ConfigurationError(
        `required_version ${JSON.stringify(f.text)} in ${relative(workspace, f.file)} is not a version constraint; set the input tofu-version instead.`,
      );
    }
  }
  const combined = found.map((f) => f.text).join(', ');
  const request = parseRequiredVersion(combined) as VersionRequest;
  return { request, source: `required_version in ${files}` };
}

/**
 * For `fmt`, which formats every directory below the working directory: the required_version
 * of each directory below it that has one (among those tofu fmt -recursive visits), in path
 * order. A directory whose constraint does not parse (a test fixture's, say) is left out and
 * handed to `skipped`: fmt needs a version that formats, not that directory's.
 */
export function requiredVersionsBelow(
  dir: string,
  workspace: string,
  skipped: (reason: string) => void,
): RequestedVersion[] {
  const found: RequestedVersion[] = [];
  for (const { path, entries } of fmtDirectories(dir)) {
    if (path === dir) continue; // the working directory's own was looked up before
    try {
      const own = requiredVersionOf(
        path,
        workspace,
        entries.map((e) => e.name),
      );
      if (own) found.push(own);
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      skipped(error.message);
    }
  }
  return found;
}

/** `.opentofu-version` in the working directory, else in the repository root. */
export function versionFileOf(
  dirs: readonly string[],
  workspace: string,
): RequestedVersion | 'latest-allowed' | undefined {
  for (const dir of dirs) {
    const path = join(dir, '.opentofu-version');
    if (!existsSync(path)) continue;
    const where = relative(workspace, path) || path;
    const line = firstLine(readFileSync(path, 'utf8'));
    if (!line) throw new ConfigurationError(`${where} is empty; write a version such as 1.9.0.`);
    if (line === 'latest-allowed') return 'latest-allowed';
    const request = parseVersionRequest(line);
    if (!request) {
      throw new ConfigurationError(`${where} holds ${JSON.stringify(line)}: ${ALLOWED}.`);
    }
    return { request, source: where };
  }
  return undefined;
}

/**
 * Which tofu version to install: the input, else `.opentofu-version` (working directory, then
 * repository root), else the root module's `required_version`. Undefined when none says.
 */
export function requestedVersion(
  input: string | undefined,
  workingDirectory: string,
  workspace: string,
): RequestedVersion | undefined {
  if (input !== undefined) return requestFromInput(input);
  const fromFile = versionFileOf([workingDirectory, workspace], workspace);
  if (fromFile && fromFile !== 'latest-allowed') return fromFile;
  const required = requiredVersionOf(workingDirectory, workspace);
  if (required) return required;
  if (fromFile === 'latest-allowed')
    return { request: { kind: 'latest' }, source: '.opentofu-version' };
  return undefined;
}
