import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { invalidInput } from './errors.js';

export type PathKind = 'file' | 'directory' | 'other';

/** What is at `path` (links followed); undefined when nothing is. */
export function pathKind(path: string): PathKind | undefined {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return undefined;
  return stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : 'other';
}

/** A path input that must name an existing file: its absolute path (relative ones from `base`). */
export function existingFileInput(name: string, value: string, base: string): string {
  const path = resolve(base, value);
  const kind = pathKind(path);
  if (kind === undefined) throw invalidInput(name, value, 'no such file');
  if (kind !== 'file') {
    throw invalidInput(
      name,
      value,
      kind === 'directory' ? 'a directory, not a file' : 'not a file',
    );
  }
  return path;
}
