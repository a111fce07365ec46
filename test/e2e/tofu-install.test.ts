import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { archiveName, currentPlatform, sumsName } from '../../src/tofu/install/platform.js';
import { findOnPath } from '../../src/tofu/install/find-on-path.js';
import { serveRelease } from '../fixtures/tofu-release.js';
import { sha256, startTofuReleasePeer, type TofuReleasePeer } from '../peers/tofu-release-peer.js';
import { distDir } from './dist-dir.js';
import { runAction, type ActionRun } from './run-action.js';

/**
 * The verified install through the bundle, as the runner runs it: `tofu-version` set, no tofu on
 * PATH, the release peer serving an archive that holds the replay tofu and its SHA256SUMS. The
 * command (`fmt`) can only succeed by running the tofu it installed.
 */

const root = resolve(import.meta.dirname, '../..');
const replayDir = join(root, 'test/peers/replay-tofu');
const scenarios = join(root, 'test/fixtures/scenarios');
const platform = currentPlatform();
const VERSION = '1.10.6';
const haveDist = existsSync(join(distDir, 'main', 'index.js'));
const tools = ['tar', 'gzip'].map((t) => findOnPath(t, process.env));
const runnable = haveDist && process.platform !== 'win32' && tools.every(Boolean);
if (!runnable) {
  console.log(`skipping tofu install end-to-end tests: no bundle in ${distDir}, or no tar/gzip`);
}

describe.skipIf(!runnable)('verified tofu install (bundle, release peer, replay tofu)', () => {
  let peer: TofuReleasePeer;
  let scratch: string;
  let archive: Buffer;
  /** PATH for the action: node, tar and gzip, and no tofu. */
  let bareBin: string;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'tofu-install-e2e-'));
    // the release archive: the replay tofu, as OpenTofu packs its binary (tofu + LICENSE)
    const pack = join(scratch, 'pack');
    mkdirSync(pack);
    for (const file of ['tofu', 'replay-tofu.mjs', 'package.json']) {
      copyFileSync(join(replayDir, file), join(pack, file));
    }
    chmodSync(join(pack, 'tofu'), 0o755);
    writeFileSync(join(pack, 'LICENSE'), 'MPL-2.0\n');
    const out = join(scratch, 'release.tar.gz');
    execFileSync('tar', ['-czf', out, '-C', pack, '.']);
    archive = readFileSync(out);

    bareBin = join(scratch, 'bin');
    mkdirSync(bareBin);
    symlinkSync(process.execPath, join(bareBin, 'node'));
    for (const tool of tools) symlinkSync(tool as string, join(bareBin, tool!.split('/').pop()!));

    peer = await startTofuReleasePeer();
    peer.releases.push({ tag: `v${VERSION}` });
  });
  afterAll(async () => {
    await peer?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  let work: string;
  beforeEach(() => {
    work = mkdtempSync(join(scratch, 'run-'));
    mkdirSync(join(work, 'repo/infra'), { recursive: true });
    writeFileSync(join(work, 'repo/infra/main.tf'), 'terraform {}\n');
    mkdirSync(join(work, 'toolcache'));
    serveRelease(peer, VERSION, archive);
    peer.requests.length = 0;
  });

  function fmt(inputs: Record<string, string>, path = bareBin): Promise<ActionRun> {
    return runAction({
      inputs: { command: 'fmt', 'working-directory': 'infra', ...inputs },
      env: {
        PATH: path,
        GITHUB_WORKSPACE: join(work, 'repo'),
        RUNNER_TOOL_CACHE: join(work, 'toolcache'),
        TOFU_REPLAY_SCENARIO: join(scenarios, 'fmt-formatted'),
        TOFU_REPLAY_STATE_DIR: join(work, 'replay-state'),
        ...peer.env,
      },
      cwd: join(work, 'repo'),
    });
  }

  const cached = () => join(work, 'toolcache', 'tofu', VERSION, platform.arch);

  it('downloads, verifies, caches and runs the requested release, and puts it on PATH', async () => {
    const result = await fmt({ 'tofu-version': VERSION });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ formatted: 'true', 'unformatted-files': '[]' });
    expect(result.stdout).toContain(`SHA-256 ${sha256(archive)} matches ${sumsName(VERSION)}`);
    expect(result.stdout).toContain(`Using OpenTofu ${VERSION} from input tofu-version`);
    expect(existsSync(join(cached(), 'tofu'))).toBe(true);
    expect(existsSync(`${cached()}.complete`)).toBe(true);
    // later steps of the job find it on PATH
    expect(readFileSync(result.files.path, 'utf8').split('\n')).toContain(cached());
    expect(peer.requests).toEqual([
      `/download/v${VERSION}/${archiveName(VERSION, platform)}`,
      `/download/v${VERSION}/${sumsName(VERSION)}`,
    ]);

    // the next step, with the installed tofu on PATH: no download, no second copy
    peer.requests.length = 0;
    const next = await fmt({ 'tofu-version': VERSION }, `${cached()}:${bareBin}`);
    expect(next.exitCode).toBe(0);
    expect(next.stdout).toContain(`OpenTofu ${VERSION} satisfies input tofu-version`);
    expect(peer.requests).toEqual([]);
  });

  it('refuses a tampered archive: exit 1, one-line error, nothing cached or added to PATH', async () => {
    const tampered = Buffer.concat([archive, Buffer.from('tampered')]);
    peer.serve({ version: VERSION, name: archiveName(VERSION, platform), body: tampered });
    const result = await fmt({ 'tofu-version': VERSION });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      new RegExp(
        `^::error::Refusing to install OpenTofu ${VERSION.replace(/\./g, '\\.')}: .*${sha256(tampered)}.*The download was deleted\\.$`,
        'm',
      ),
    );
    expect(readdirSync(join(work, 'toolcache'))).toEqual([]);
    expect(
      existsSync(result.files.path) ? readFileSync(result.files.path, 'utf8').trim() : '',
    ).toBe('');
    expect(result.outputs.formatted).toBeUndefined();
  });

  it('installs the pinned release when tofu on PATH is another version', async () => {
    const other = join(work, 'other-bin');
    mkdirSync(other);
    writeFileSync(
      join(other, 'tofu'),
      '#!/bin/sh\n[ "$1" = version ] && echo \'{"terraform_version":"1.8.5"}\' && exit 0\necho "wrong tofu ran: $*" >&2\nexit 1\n',
    );
    chmodSync(join(other, 'tofu'), 0o755);
    const result = await fmt({ 'tofu-version': VERSION }, `${other}:${bareBin}`);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('is OpenTofu 1.8.5, which input tofu-version');
    expect(readFileSync(result.files.path, 'utf8').split('\n')).toContain(cached());
    expect(existsSync(join(cached(), 'tofu'))).toBe(true);
  });

  it('a bad tofu-version fails before any download, naming the input', async () => {
    const result = await fmt({ 'tofu-version': 'one point ten' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/^::error::Input 'tofu-version' has value "one point ten": /m);
    expect(peer.requests).toEqual([]);
  });
});
