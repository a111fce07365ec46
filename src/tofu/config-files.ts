import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

/** The extensions `tofu fmt` formats (OpenTofu's fmtSupportedExts). */
const FMT_EXTENSIONS = /\.(tf|tofu|tfvars|tftest\.hcl|tofutest\.hcl)$/;

/**
 * OpenTofu's configs.IsIgnoredFile: hidden files, editor backups (`main.tf~`) and emacs
 * autosaves (`#main.tf#`). `tofu fmt` skips such files and directories.
 */
export function isIgnoredFile(name: string): boolean {
  return name.startsWith('.') || name.endsWith('~') || (name.startsWith('#') && name.endsWith('#'));
}

/**
 * True when the directory or any directory below it holds a file `tofu fmt -recursive` would
 * format. Like tofu (os.ReadDir, then os.Open): a symlink to a file counts as that file, a
 * symlink to a directory is not descended into, a dangling symlink is no file.
 */
export function hasFormattableFiles(dir: string, depth = 0): boolean {
  if (depth > 20) return false;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (isIgnoredFile(entry.name)) continue;
    if (entry.isDirectory()) {
      if (hasFormattableFiles(join(dir, entry.name), depth + 1)) return true;
    } else if (FMT_EXTENSIONS.test(entry.name) && isFile(dir, entry)) return true;
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
