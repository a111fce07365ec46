import { posix, sep } from 'node:path';
import type { TofuSettings } from './settings.js';

/**
 * A path tofu printed (relative to its working directory) as a path relative to the
 * repository root, which is what annotations need. undefined when it leaves the repository,
 * and for the pseudo file names tofu gives sources that are no file (`<value for var.x>`,
 * `<stdin>`).
 */
export function repoPath(
  settings: Pick<TofuSettings, 'workingDirectoryRelative'>,
  tofuPath: string,
): string | undefined {
  if (!tofuPath.trim() || tofuPath.startsWith('<')) return undefined;
  const dir = settings.workingDirectoryRelative.split(sep).join('/');
  const file = tofuPath.replace(/\\/g, '/');
  const joined = posix.normalize(posix.isAbsolute(file) ? file : posix.join(dir, file));
  if (posix.isAbsolute(joined) || joined === '..' || joined.startsWith('../')) return undefined;
  return joined;
}
