import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigurationError } from '../util/errors.js';
import { pathKind } from '../util/path-input.js';

function badCommentFile(value: string, why: string): ConfigurationError {
  return new ConfigurationError(`Flag --comment-file has value ${JSON.stringify(value)}: ${why}.`);
}

/**
 * `--comment-file`, checked before the command runs: a file (new or existing) in a directory
 * that exists. Returns the absolute path (relative ones resolve against `cwd`).
 */
export function checkCommentFile(value: string, cwd: string): string {
  const path = resolve(cwd, value);
  const kind = pathKind(path);
  if (kind !== undefined && kind !== 'file') {
    throw badCommentFile(
      value,
      kind === 'directory' ? 'it is a directory, not a file' : 'not a regular file',
    );
  }
  if (pathKind(dirname(path)) !== 'directory') {
    throw badCommentFile(value, `no such directory ${dirname(path)}`);
  }
  return path;
}

/** Writes the comment; a failure is the flag's fault (permissions, a full disk), not a bug. */
export function writeCommentFile(value: string, path: string, body: string): void {
  try {
    writeFileSync(path, body, 'utf8');
  } catch (error) {
    throw badCommentFile(
      value,
      `cannot write it (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
}
