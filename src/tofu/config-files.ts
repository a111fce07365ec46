import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

/** The extensions `tofu fmt` formats (OpenTofu's fmtSupportedExts). */
const FMT_EXTENSIONS = /\.(tf|tofu|tfvars|tftest\.hcl|tofutest\.hcl)$/;

/** How far below the working directory the walk goes (tofu has no limit; we want one). */
const MAX_DEPTH = 20;

/**
 * OpenTofu's configs.IsIgnoredFile: hidden files, editor backups (`main.tf~`) and emacs
 * autosaves (`#main.tf#`). `tofu fmt` skips such files and directories.
 */
export function isIgnoredFile(name: string): boolean {
  return name.startsWith('.') || name.endsWith('~') || (name.startsWith('#') && name.endsWith('#'));
}

export interface FmtDirectory {
  path: string;
  /** Its whole listing, sorted by name (ignored names included). */
  entries: Dirent[];
}

/**
 * The directories `tofu fmt -recursive` visits from `dir`: `dir` first, then each directory
 * below it in path order, each listed once. Like tofu (os.ReadDir): ignored directories are
 * skipped and a symlink to a directory is not descended into. Lazy: a caller that stops early
 * reads no further.
 */
export function* fmtDirectories(dir: string): Generator<FmtDirectory> {
  const pending = [{ path: dir, depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const entries = readdirSync(next.path, { withFileTypes: true }).sort(byName);
    yield { path: next.path, entries };
    if (next.depth >= MAX_DEPTH) continue;
    const below = entries.filter((e) => e.isDirectory() && !isIgnoredFile(e.name));
    for (const entry of below.reverse()) {
      pending.push({ path: join(next.path, entry.name), depth: next.depth + 1 });
    }
  }
}

/**
 * True when the directory or any directory below it holds a file `tofu fmt -recursive` would
 * format. Like tofu (os.ReadDir, then os.Open): a symlink to a file counts as that file, a
 * dangling symlink is no file.
 */
export function hasFormattableFiles(dir: string): boolean {
  for (const { path, entries } of fmtDirectories(dir)) {
    const formattable = (entry: Dirent) =>
      !isIgnoredFile(entry.name) && FMT_EXTENSIONS.test(entry.name) && isFile(path, entry);
    if (entries.some(formattable)) return true;
  }
  return false;
}

function isFile(dir: string, entry: Dirent): boolean {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(join(dir, entry.name)).isFile();
  } catch {
    return false; // dangling, a loop, or not ours to read
  }
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
