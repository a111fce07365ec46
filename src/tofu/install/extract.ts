import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { ConfigurationError } from '../../util/errors.js';

/**
 * Unpacks a release archive with the system tar (GNU tar reads .tar.gz; the bsdtar that
 * Windows and macOS ship also reads .zip). Argument array, no shell; tar refuses members
 * that would land outside `dest`.
 */
export async function extractArchive(archive: string, dest: string): Promise<void> {
  await mkdir(dest, { recursive: true });
  const args = archive.endsWith('.zip')
    ? ['-xf', archive, '-C', dest]
    : ['-xzf', archive, '-C', dest];
  await new Promise<void>((resolve, reject) => {
    execFile('tar', args, { windowsHide: true }, (error, _stdout, stderr) => {
      if (!error) return resolve();
      const code = (error as NodeJS.ErrnoException).code;
      reject(
        new ConfigurationError(
          code === 'ENOENT'
            ? 'Cannot unpack the OpenTofu release: tar was not found on PATH.'
            : `Cannot unpack ${archive}: ${String(stderr).trim() || error.message}`,
        ),
      );
    });
  });
}
