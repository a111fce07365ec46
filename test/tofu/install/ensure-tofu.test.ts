import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MemoryHost } from '../../../src/github/memory-host.js';
import { ensureTofu } from '../../../src/tofu/install/ensure-tofu.js';
import { archiveName, currentPlatform, sumsName } from '../../../src/tofu/install/platform.js';
import { ConfigurationError } from '../../../src/util/errors.js';
import { commandContext } from '../../fixtures/command-context.js';
import { serveRelease } from '../../fixtures/tofu-release.js';
import { recordingClock } from '../../peers/sim-clock.js';
import {
  sha256,
  startTofuReleasePeer,
  sumsFile,
  type TofuReleasePeer,
} from '../../peers/tofu-release-peer.js';

const root = resolve(import.meta.dirname, '../../..');
const replayTofu = join(root, 'test/peers/replay-tofu/tofu');
const platform = currentPlatform();

/**
 * A release archive holding a `tofu`: the replay tofu of the test peers when it is there, else
 * a tiny script of our own that answers `version` like tofu does.
 */
function buildArchive(
  version: string,
  scratch: string,
): { body: Buffer; usesReplay: boolean; tofu: Buffer } {
  const dir = mkdtempSync(join(scratch, 'pack-'));
  const usesReplay = existsSync(replayTofu);
  if (usesReplay) copyFileSync(replayTofu, join(dir, 'tofu'));
  else
    writeFileSync(
      join(dir, 'tofu'),
      `#!/bin/sh\necho "OpenTofu v${version}"\necho "on linux_amd64"\n`,
    );
  chmodSync(join(dir, 'tofu'), 0o755);
  writeFileSync(join(dir, 'LICENSE'), 'MPL-2.0\n');
  const out = join(scratch, `${version}-${Math.random().toString(36).slice(2)}.tar.gz`);
  execFileSync('tar', ['-czf', out, '-C', dir, 'tofu', 'LICENSE']);
  return { body: readFileSync(out), usesReplay, tofu: readFileSync(join(dir, 'tofu')) };
}

describe.skipIf(process.platform === 'win32')(
  'ensureTofu: verified install from a release peer',
  () => {
    let peer: TofuReleasePeer;
    let scratch: string;
    let archives: Record<string, ReturnType<typeof buildArchive>>;

    beforeAll(async () => {
      peer = await startTofuReleasePeer();
      scratch = mkdtempSync(join(tmpdir(), 'tofu-install-test-'));
      archives = {};
      for (const version of ['1.8.5', '1.9.0', '1.9.2', '1.10.0-rc1', '1.10.0']) {
        archives[version] = buildArchive(version, scratch);
        serveRelease(peer, version, archives[version].body, [
          { name: `tofu_${version}_windows_amd64.zip`, body: Buffer.from('other') },
        ]);
      }
      peer.releases.push(
        { tag: 'v1.11.0-beta1', draft: true },
        { tag: 'v1.10.0' },
        { tag: 'v1.10.0-rc1', prerelease: true },
        { tag: 'v1.9.2' },
        { tag: 'v1.9.0' },
        { tag: 'v1.8.5' },
      );
    });
    afterAll(async () => {
      await peer.close();
      rmSync(scratch, { recursive: true, force: true });
    });

    let work: string;
    beforeEach(() => {
      work = mkdtempSync(join(scratch, 'run-'));
      mkdirSync(join(work, 'repo/infra'), { recursive: true });
      mkdirSync(join(work, 'temp'));
      peer.requests.length = 0;
    });
    afterEach(() => rmSync(work, { recursive: true, force: true }));

    function context(inputs: Record<string, string>, env: Record<string, string> = {}) {
      const host = new MemoryHost(inputs, {
        workspace: join(work, 'repo'),
        env: {
          PATH: join(work, 'empty-path'),
          RUNNER_TEMP: join(work, 'temp'),
          TOFU_AWS_ACTION_CACHE_DIR: join(work, 'cache'),
          ...peer.env,
          ...env,
        },
      });
      const clock = recordingClock();
      return { host, clock, ctx: commandContext(host, clock) };
    }

    function installed(): string[] {
      const dir = join(work, 'cache');
      return existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String) : [];
    }

    it('installs an exact version, verified, runnable, cached and on PATH', async () => {
      const { host, ctx } = context({ 'tofu-version': '1.9.0' });
      const binary = await ensureTofu(ctx, { workingDirectory: 'infra' });

      expect(binary.startsWith(join(work, 'cache'))).toBe(true);
      expect(readFileSync(binary).equals(archives['1.9.0']!.tofu)).toBe(true);
      expect(statSync(binary).mode & 0o111).not.toBe(0);
      expect(host.paths).toEqual([dirname(binary)]);
      expect(host.log.join('\n')).toContain(`SHA-256 ${sha256(archives['1.9.0']!.body)}`);
      const run = spawnSync(binary, ['version'], { encoding: 'utf8' });
      expect(run.error).toBeUndefined();
      if (!archives['1.9.0']!.usesReplay) expect(run.stdout).toContain('OpenTofu v1.9.0');
      // the work directory under RUNNER_TEMP is gone
      expect(readdirSync(join(work, 'temp'))).toEqual([]);

      // a second run takes it from the cache without downloading
      peer.requests.length = 0;
      const again = context(
        { 'tofu-version': '1.9.0' },
        { TOFU_AWS_ACTION_CACHE_DIR: join(work, 'cache') },
      );
      expect(await ensureTofu(again.ctx, { workingDirectory: 'infra' })).toBe(binary);
      expect(peer.requests).toEqual([]);
    });

    it('refuses a tampered archive and deletes it', async () => {
      const version = '1.8.5';
      const name = archiveName(version, platform);
      const tampered = Buffer.concat([archives[version]!.body, Buffer.from('evil')]);
      peer.serve({ version, name, body: tampered });
      try {
        const { host, ctx } = context({ 'tofu-version': version });
        const error = await ensureTofu(ctx, { workingDirectory: 'infra' }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ConfigurationError);
        expect((error as Error).message).toMatch(/^Refusing to install OpenTofu 1\.8\.5: /);
        expect((error as Error).message).toContain(sha256(tampered));
        expect((error as Error).message).toContain(sumsName(version));
        expect((error as Error).message).not.toContain('\n');
        expect(readdirSync(join(work, 'temp'), { recursive: true })).toEqual([]);
        expect(installed()).toEqual([]);
        expect(host.paths).toEqual([]);
      } finally {
        peer.serve({ version, name, body: archives[version]!.body });
      }
    });

    it('refuses when the checksums cannot be fetched, and accepts a pinned checksum instead', async () => {
      const version = '1.9.2';
      peer.remove(version, sumsName(version));
      try {
        const refused = context({ 'tofu-version': version });
        const error = await ensureTofu(refused.ctx, { workingDirectory: 'infra' }).catch(
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(ConfigurationError);
        expect((error as Error).message).toMatch(/could not be fetched .*HTTP 404.*tofu-checksum/);
        expect(readdirSync(join(work, 'temp'), { recursive: true })).toEqual([]);
        expect(installed()).toEqual([]);

        const good = sha256(archives[version]!.body);
        const pinned = context({ 'tofu-version': version, 'tofu-checksum': good.toUpperCase() });
        const binary = await ensureTofu(pinned.ctx, { workingDirectory: 'infra' });
        expect(existsSync(binary)).toBe(true);
        expect(pinned.host.log.join('\n')).toContain('matches the input tofu-checksum');

        const wrong = context(
          { 'tofu-version': version, 'tofu-checksum': '0'.repeat(64) },
          { TOFU_AWS_ACTION_CACHE_DIR: join(work, 'other-cache') },
        );
        await expect(ensureTofu(wrong.ctx, { workingDirectory: 'infra' })).rejects.toThrow(
          /the input tofu-checksum says 0{64}/,
        );
      } finally {
        peer.serve({
          version,
          name: sumsName(version),
          body: sumsFile([{ name: archiveName(version, platform), body: archives[version]!.body }]),
        });
      }
    });

    it('resolves a constraint to the newest matching release across pages', async () => {
      const { host, ctx } = context({ 'tofu-version': '~> 1.9.0' });
      const binary = await ensureTofu(ctx, { workingDirectory: 'infra' });
      expect(binary).toContain(join('tofu', '1.9.2'));
      expect(peer.requests.filter((r) => r.startsWith('/releases')).length).toBeGreaterThan(1);
      expect(host.log.join('\n')).toContain('resolves to 1.9.2');
    });

    it('takes required_version from the root module when no input is set and tofu is not on PATH', async () => {
      writeFileSync(
        join(work, 'repo/infra/versions.tf'),
        'terraform {\n  required_version = ">= 1.9.0, < 1.10.0"\n}\n',
      );
      const { ctx } = context({});
      expect(await ensureTofu(ctx, { workingDirectory: 'infra' })).toContain(join('tofu', '1.9.2'));
    });

    /** A versions.tf with `constraint` in infra/<dir>. */
    const versions = (dir: string, constraint: string) => {
      mkdirSync(join(work, 'repo/infra', dir), { recursive: true });
      writeFileSync(
        join(work, 'repo/infra', dir, 'versions.tf'),
        `terraform {\n  required_version = "${constraint}"\n}\n`,
      );
    };

    it('for fmt, takes the newest release any required_version below the working directory allows', async () => {
      versions('envs/staging', '>= 1.9.0, < 1.10.0');
      versions('envs/legacy', '~> 1.8.0');
      // What tofu fmt skips is no reason to install a version.
      versions('.terraform/modules/x', '= 1.10.0');
      versions('old~', '= 1.10.0');
      symlinkSync(join(work, 'missing.tf'), join(work, 'repo/infra/envs/staging/dangling.tf'));

      // validate and plan look at the working directory only.
      await expect(ensureTofu(context({}).ctx, { workingDirectory: 'infra' })).rejects.toThrow(
        /^tofu was not found on PATH: set the input tofu-version/,
      );

      const { host, ctx } = context({});
      const binary = await ensureTofu(ctx, {
        workingDirectory: 'infra',
        versionFromDirectoriesBelow: true,
      });
      expect(binary).toContain(join('tofu', '1.9.2'));
      expect(host.log.join('\n')).toContain(
        'The newest OpenTofu release any of "~> 1.8.0", ">= 1.9.0, < 1.10.0" allows is 1.9.2 (from required_version in infra/envs/staging/versions.tf).',
      );
    });

    it('for fmt, leaves out a directory below whose required_version does not parse, saying so', async () => {
      versions('envs/staging', '>= 1.9.0, < 1.10.0');
      versions('test/fixtures/old', '~> 1.x');
      const { host, ctx } = context({});
      const binary = await ensureTofu(ctx, {
        workingDirectory: 'infra',
        versionFromDirectoriesBelow: true,
      });
      expect(binary).toContain(join('tofu', '1.9.2'));
      expect(host.log.join('\n')).toContain(
        'Not used to choose the tofu release for fmt: required_version "~> 1.x" in infra/test/fixtures/old/versions.tf is not a version constraint',
      );
    });

    it('for fmt, a version named for the working directory still comes first', async () => {
      mkdirSync(join(work, 'repo/infra/envs/staging'), { recursive: true });
      writeFileSync(
        join(work, 'repo/infra/envs/staging/versions.tf'),
        'terraform {\n  required_version = ">= 1.9.0"\n}\n',
      );
      writeFileSync(join(work, 'repo/.opentofu-version'), '1.8.5\n');
      const { ctx } = context({});
      expect(
        await ensureTofu(ctx, { workingDirectory: 'infra', versionFromDirectoriesBelow: true }),
      ).toContain(join('tofu', '1.8.5'));
    });

    it('reads .opentofu-version from the repository root', async () => {
      writeFileSync(join(work, 'repo/.opentofu-version'), '1.10.0-rc1\n');
      const { ctx } = context({});
      expect(await ensureTofu(ctx, { workingDirectory: 'infra' })).toContain(
        join('tofu', '1.10.0-rc1'),
      );
    });

    it('uses tofu from PATH when no version is asked for', async () => {
      const bin = join(work, 'bin');
      mkdirSync(bin);
      writeFileSync(join(bin, 'tofu'), '#!/bin/sh\n');
      chmodSync(join(bin, 'tofu'), 0o755);
      const { ctx } = context({}, { PATH: bin });
      expect(await ensureTofu(ctx, { workingDirectory: 'infra' })).toBe(join(bin, 'tofu'));
      expect(peer.requests).toEqual([]);
    });

    /** A tofu on PATH that reports `version` (with a wrapper's echo line before the JSON). */
    function tofuOnPath(version: string): string {
      const bin = join(work, 'bin');
      mkdirSync(bin, { recursive: true });
      writeFileSync(
        join(bin, 'tofu'),
        `#!/bin/sh\necho "[command]/opt/tofu-bin $*"\necho '{"terraform_version":"${version}","platform":"linux_amd64"}'\n`,
      );
      chmodSync(join(bin, 'tofu'), 0o755);
      return bin;
    }

    it('uses tofu from PATH when its version satisfies tofu-version, without downloading', async () => {
      const bin = tofuOnPath('1.9.2');
      for (const wanted of ['1.9.2', '~> 1.9.0', 'latest']) {
        const { host, ctx } = context({ 'tofu-version': wanted }, { PATH: bin });
        expect(await ensureTofu(ctx, { workingDirectory: 'infra' })).toBe(join(bin, 'tofu'));
        expect(host.paths).toEqual([]);
        expect(host.log.join('\n')).toContain('OpenTofu 1.9.2 satisfies input tofu-version');
      }
      expect(peer.requests).toEqual([]);
      expect(installed()).toEqual([]);
    });

    it('installs the requested release when tofu on PATH is another version', async () => {
      const bin = tofuOnPath('1.8.5');
      const { host, ctx } = context({ 'tofu-version': '1.9.0' }, { PATH: bin });
      const binary = await ensureTofu(ctx, { workingDirectory: 'infra' });
      expect(binary).toContain(join('tofu', '1.9.0'));
      expect(host.paths).toEqual([dirname(binary)]);
      expect(host.log.join('\n')).toContain('is OpenTofu 1.8.5, which input tofu-version');
    });

    it('installs when tofu on PATH does not report a version, or a checksum pins the archive', async () => {
      const bin = join(work, 'broken-bin');
      mkdirSync(bin);
      writeFileSync(join(bin, 'tofu'), '#!/bin/sh\nexit 3\n');
      chmodSync(join(bin, 'tofu'), 0o755);
      const broken = context({ 'tofu-version': '1.9.0' }, { PATH: bin });
      expect(await ensureTofu(broken.ctx, { workingDirectory: 'infra' })).toContain(
        join('tofu', '1.9.0'),
      );

      const pinned = context(
        {
          'tofu-version': '1.9.2',
          'tofu-checksum': sha256(archives['1.9.2']!.body),
        },
        { PATH: tofuOnPath('1.9.2') },
      );
      expect(await ensureTofu(pinned.ctx, { workingDirectory: 'infra' })).toContain(
        join('tofu', '1.9.2'),
      );
      expect(pinned.host.log.join('\n')).toContain('matches the input tofu-checksum');
    });

    it('retries transient download failures', async () => {
      const version = '1.10.0';
      peer.failNext(version, archiveName(version, platform), 503, 2);
      peer.failNext(version, sumsName(version), 502, 1);
      const { clock, ctx } = context({ 'tofu-version': version });
      expect(existsSync(await ensureTofu(ctx, { workingDirectory: 'infra' }))).toBe(true);
      expect(clock.slept.length).toBe(3);
    });

    it('does not retry a missing release', async () => {
      const { clock, ctx } = context({ 'tofu-version': '1.7.0' });
      await expect(ensureTofu(ctx, { workingDirectory: 'infra' })).rejects.toThrow(
        /OpenTofu 1\.7\.0 has no tofu_1\.7\.0_.* \(HTTP 404 .*check the input tofu-version/,
      );
      expect(clock.slept).toEqual([]);
    });

    it('caches through @actions/tool-cache on a runner', async () => {
      const toolCache = join(work, 'toolcache');
      mkdirSync(toolCache);
      const saved = { cache: process.env.RUNNER_TOOL_CACHE, temp: process.env.RUNNER_TEMP };
      process.env.RUNNER_TOOL_CACHE = toolCache;
      process.env.RUNNER_TEMP = join(work, 'temp');
      try {
        const { ctx } = context({ 'tofu-version': '1.9.0' }, { RUNNER_TOOL_CACHE: toolCache });
        const binary = await ensureTofu(ctx, { workingDirectory: 'infra' });
        expect(binary).toBe(join(toolCache, 'tofu', '1.9.0', platform.arch, 'tofu'));
        expect(existsSync(`${dirname(binary)}.complete`)).toBe(true);
        expect(spawnSync(binary, ['version']).error).toBeUndefined();
        peer.requests.length = 0;
        const again = context({ 'tofu-version': '1.9.0' }, { RUNNER_TOOL_CACHE: toolCache });
        expect(await ensureTofu(again.ctx, { workingDirectory: 'infra' })).toBe(binary);
        expect(peer.requests).toEqual([]);
      } finally {
        if (saved.cache === undefined) delete process.env.RUNNER_TOOL_CACHE;
        else process.env.RUNNER_TOOL_CACHE = saved.cache;
        if (saved.temp === undefined) delete process.env.RUNNER_TEMP;
        else process.env.RUNNER_TEMP = saved.temp;
      }
    });

    it('reports a bad tofu-version or tofu-checksum in one line naming the input', async () => {
      for (const [inputs, name] of [
        [{ 'tofu-version': 'one point nine' }, 'tofu-version'],
        [{ 'tofu-version': '>= banana' }, 'tofu-version'],
        [{ 'tofu-version': '1.9.0', 'tofu-checksum': 'abc' }, 'tofu-checksum'],
        [{ 'tofu-version': '~> 1.9', 'tofu-checksum': 'a'.repeat(64) }, 'tofu-checksum'],
      ] as const) {
        const { ctx } = context(inputs);
        const error = await ensureTofu(ctx, { workingDirectory: 'infra' }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ConfigurationError);
        expect((error as Error).message).toMatch(new RegExp(`^Input '${name}' has value `));
        expect((error as Error).message).not.toContain('\n');
      }
      expect(peer.requests).toEqual([]);
    });

    it('refuses a tofu-checksum without tofu-version even when tofu is on PATH', async () => {
      const { ctx } = context(
        { 'tofu-checksum': sha256(archives['1.9.2']!.body) },
        { PATH: tofuOnPath('1.9.2') },
      );
      await expect(ensureTofu(ctx, { workingDirectory: 'infra' })).rejects.toThrow(
        /^Input 'tofu-checksum' has value "[0-9a-f]{64}": a pinned checksum needs an exact tofu-version/,
      );
      expect(peer.requests).toEqual([]);
    });

    it('runs a relative tofu-binary from the repository root', async () => {
      const { ctx } = context({ 'tofu-binary': 'tools/tofu' });
      expect(await ensureTofu(ctx, { workingDirectory: 'infra' })).toBe(
        join(work, 'repo/tools/tofu'),
      );
    });

    it('says how to get tofu when nothing asks for a version and none is on PATH', async () => {
      const { ctx } = context({});
      await expect(ensureTofu(ctx, { workingDirectory: 'infra' })).rejects.toThrow(
        /tofu was not found on PATH: set the input tofu-version/,
      );
      await expect(
        ensureTofu(ctx, { workingDirectory: 'infra', versionFromDirectoriesBelow: true }),
      ).rejects.toThrow(
        /^tofu was not found on PATH, and no version is named for fmt: set the input tofu-version \(e\.g\. 1\.10\.6; fmt needs no providers/,
      );
    });
  },
);
