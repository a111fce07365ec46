import { existsSync } from 'node:fs';
import { cp, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Host } from '../../github/host.js';
import type { Platform } from './platform.js';

/**
 * Where verified tofu releases are kept between runs. On a runner (RUNNER_TOOL_CACHE set) it
 * is @actions/tool-cache, loaded only when needed, so self-hosted runners keep the release
 * across jobs; elsewhere (a terminal, tests) a directory of our own under the user's cache.
 * Only a release whose checksum was verified is ever stored.
 */
export interface ToolCache {
  /** The directory holding the tofu binary, when this version is cached. */
  find(version: string): Promise<string | undefined>;
  /** Stores the unpacked directory; returns where the binary now lives. */
  store(unpacked: string, version: string): Promise<string>;
}

type ToolCacheModule = typeof import('@actions/tool-cache');

function runnerToolCache(p: Platform): ToolCache {
  let loaded: Promise<ToolCacheModule> | undefined;
  const load = () => (loaded ??= import('@actions/tool-cache'));
  const arch = p.arch;
  return {
    async find(version) {
      const dir = (await load()).find('tofu', version, arch);
      return dir && existsSync(join(dir, p.binaryName)) ? dir : undefined;
    },
    async store(unpacked, version) {
      return (await load()).cacheDir(unpacked, 'tofu', version, arch);
    },
  };
}

function localCacheRoot(env: Host['env']): string {
  if (env.TOFU_AWS_ACTION_CACHE_DIR) return env.TOFU_AWS_ACTION_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'tofu-aws-action');
  const home = env.HOME ?? env.USERPROFILE ?? homedir();
  return home ? join(home, '.cache', 'tofu-aws-action') : join(tmpdir(), 'tofu-aws-action');
}

function localToolCache(env: Host['env'], p: Platform): ToolCache {
  const root = localCacheRoot(env);
  const dirOf = (version: string) => join(root, 'tofu', version, `${p.os}_${p.arch}`);
  return {
    async find(version) {
      const dir = dirOf(version);
      return existsSync(`${dir}.complete`) && existsSync(join(dir, p.binaryName)) ? dir : undefined;
    },
    async store(unpacked, version) {
      const dir = dirOf(version);
      await mkdir(dirname(dir), { recursive: true });
      await rm(dir, { recursive: true, force: true });
      try {
        await rename(unpacked, dir);
      } catch {
        await cp(unpacked, dir, { recursive: true });
      }
      await writeFile(`${dir}.complete`, '');
      return dir;
    },
  };
}

export function toolCacheFor(host: Host, p: Platform): ToolCache {
  return host.env.RUNNER_TOOL_CACHE ? runnerToolCache(p) : localToolCache(host.env, p);
}
