import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The extensions `tofu fmt` formats (OpenTofu's fmtSupportedExts). */
const FMT_EXTENSIONS = /\.(tf|tofu|tfvars|tftest\.hcl|tofutest\.hcl)$/;

/**
 * True when the directory or any directory below it holds a file `tofu fmt -recursive` would
 * format. Hidden directories (.terraform, .git) are skipped like tofu skips them.
 */
export function hasFormattableFiles(dir: string, depth = 0): boolean {
  if (depth > 20) return false;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name.startsWith('~') || entry.name.startsWith('#'))
      continue;
    if (entry.isFile() && FMT_EXTENSIONS.test(entry.name)) return true;
    if (entry.isDirectory() && hasFormattableFiles(join(dir, entry.name), depth + 1)) return true;
  }
  return false;
}
