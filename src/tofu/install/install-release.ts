import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock, Host } from '../../github/host.js';
import { ConfigurationError, errorMessage } from '../../util/errors.js';
import { toolCacheFor } from './cache.js';
import { checksumFor, sha256File } from './checksum.js';
import { extractArchive } from './extract.js';
import { downloadFile, fetchText, HttpStatusError, type HttpContext } from './http.js';
import { archiveName, type Platform, sumsName } from './platform.js';
import { assetUrl, type ReleaseSources } from './sources.js';

export interface InstallOptions {
  host: Host;
  clock: Clock;
  version: string;
  platform: Platform;
  sources: ReleaseSources;
  /** A SHA-256 the archive must have (input tofu-checksum); the SHA256SUMS are then not needed. */
  pinnedChecksum?: string;
  maxAttempts?: number;
}

/** Where the expected checksum comes from, for messages. */
async function expectedChecksum(
  http: HttpContext,
  options: InstallOptions,
  archive: string,
): Promise<{ sha256: string; from: string }> {
  if (options.pinnedChecksum) {
    return { sha256: options.pinnedChecksum.toLowerCase(), from: 'the input tofu-checksum' };
  }
  const file = sumsName(options.version);
  const url = assetUrl(options.sources, options.version, file);
  let sums: string;
  try {
    sums = (await fetchText(http, url)).text;
  } catch (error) {
    throw new ConfigurationError(
      `Refusing to install OpenTofu ${options.version}: its checksums (${file}) could not be fetched (${errorMessage(error)}), so the download cannot be verified. Pin the archive's SHA-256 with the input tofu-checksum to install without them.`,
    );
  }
  const sha256 = checksumFor(sums, archive);
  if (!sha256) {
    throw new ConfigurationError(
      `Refusing to install OpenTofu ${options.version}: ${file} lists no checksum for ${archive}. Pin the archive's SHA-256 with the input tofu-checksum to install it anyway.`,
    );
  }
  return { sha256, from: file };
}

/**
 * Downloads one release for this platform, verifies its SHA-256 before anything is unpacked,
 * caches it and returns the directory holding the binary. A download that does not match is
 * deleted and never cached.
 */
export async function installRelease(options: InstallOptions): Promise<string> {
  const { host, version, platform } = options;
  const cache = toolCacheFor(host, platform);
  const cached = await cache.find(version);
  if (cached) {
    host.info(`OpenTofu ${version} found in the tool cache: ${cached}`);
    return cached;
  }

  const http: HttpContext = { host, clock: options.clock, maxAttempts: options.maxAttempts };
  const archive = archiveName(version, platform);
  const url = assetUrl(options.sources, version, archive);
  const work = await mkdtemp(join(host.env.RUNNER_TEMP || tmpdir(), 'tofu-install-'));
  try {
    const archivePath = join(work, archive);
    host.info(`Downloading OpenTofu ${version}: ${url}`);
    try {
      await downloadFile(http, url, archivePath);
    } catch (error) {
      if (error instanceof HttpStatusError && error.status === 404) {
        throw new ConfigurationError(
          `OpenTofu ${version} has no ${archive} (HTTP 404 from ${url}); check the input tofu-version.`,
        );
      }
      throw new ConfigurationError(`Could not download ${url}: ${errorMessage(error)}`);
    }

    let expected: { sha256: string; from: string };
    try {
      expected = await expectedChecksum(http, options, archive);
    } catch (error) {
      await rm(archivePath, { force: true });
      throw error;
    }
    const actual = await sha256File(archivePath);
    if (actual !== expected.sha256) {
      await rm(archivePath, { force: true });
      throw new ConfigurationError(
        `Refusing to install OpenTofu ${version}: ${archive} has SHA-256 ${actual}, but ${expected.from} says ${expected.sha256}. The download was deleted.`,
      );
    }
    host.info(`Verified ${archive}: SHA-256 ${actual} matches ${expected.from}.`);

    const unpacked = join(work, 'unpacked');
    await extractArchive(archivePath, unpacked);
    await rm(archivePath, { force: true });
    const binary = join(unpacked, platform.binaryName);
    if (!existsSync(binary)) {
      throw new ConfigurationError(`${archive} holds no ${platform.binaryName}.`);
    }
    if (platform.os !== 'windows') await chmod(binary, 0o755);
    return await cache.store(unpacked, version);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
