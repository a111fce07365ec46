import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ContainerCli,
  containerArgs,
  digestFromBuildMetadata,
  digestFromPushOutput,
} from '../../src/container/container-cli.js';
import { isConfigurationError } from '../../src/util/errors.js';
import type { LocalRegistry } from '../peers/local-registry.js';
import { busyboxContext, type PodmanSandbox } from '../peers/podman-env.js';
import { podmanRegistryAvailable, startPodmanRegistry } from '../peers/podman-registry.js';

describe('container CLI arguments', () => {
  it('builds with docker buildx (loaded for push) and with podman, one --tag per ref', () => {
    const spec = {
      context: '/ctx',
      dockerfile: '/ctx/Dockerfile',
      platform: 'linux/amd64',
      refs: ['r/a:1', 'r/a:latest'],
      buildArgs: ['A=1 2'],
    };
    expect(containerArgs.build('docker', spec)).toEqual([
      'buildx',
      'build',
      '--platform',
      'linux/amd64',
      '--file',
      '/ctx/Dockerfile',
      '--tag',
      'r/a:1',
      '--tag',
      'r/a:latest',
      '--build-arg',
      'A=1 2',
      '--load',
      '/ctx',
    ]);
    expect(containerArgs.build('podman', spec)[0]).toBe('build');
  });

  it('pushes from docker buildx (no --load) with a metadata file, for several platforms too', () => {
    const args = containerArgs.build('docker', {
      context: '/ctx',
      dockerfile: '/ctx/Dockerfile',
      platform: 'linux/amd64,linux/arm64',
      refs: ['r/a:1'],
      buildArgs: [],
      push: { metadataFile: '/tmp/m.json' },
    });
    expect(args).toContain('--push');
    expect(args).not.toContain('--load');
    expect(
      args.slice(args.indexOf('--metadata-file'), args.indexOf('--metadata-file') + 2),
    ).toEqual(['--metadata-file', '/tmp/m.json']);
    expect(args.at(-1)).toBe('/ctx');
  });

  it('reads the pushed digest from buildx metadata', () => {
    const d = `sha256:${'ef'.repeat(32)}`;
    expect(digestFromBuildMetadata(JSON.stringify({ 'containerimage.digest': d }))).toBe(d);
    expect(digestFromBuildMetadata('{}')).toBeUndefined();
    expect(digestFromBuildMetadata('not json')).toBeUndefined();
  });

  it('never puts the password on the command line', () => {
    const args = containerArgs.login('docker', 'r.example', 'AWS');
    expect(args).toEqual(['login', '--username', 'AWS', '--password-stdin', 'r.example']);
  });

  it('reads the digest from docker push output', () => {
    const d = `sha256:${'ab'.repeat(32)}`;
    expect(digestFromPushOutput(`latest: digest: ${d} size: 528\n`)).toBe(d);
  });
});

describe('container CLI against a fake docker (what reaches the process)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'fake-docker-'));
    const script = join(dir, 'docker');
    writeFileSync(
      script,
      `#!/bin/sh\necho "$@" >> "${join(dir, 'argv')}"\ncat >> "${join(dir, 'stdin')}"\ncase "$1" in push) echo "latest: digest: sha256:${'cd'.repeat(32)} size: 528";; buildx) prev=""; for a in "$@"; do if [ "$prev" = "--metadata-file" ]; then printf '{"containerimage.digest":"sha256:${'ef'.repeat(32)}"}' > "$a"; fi; prev="$a"; done;; esac\nexit 0\n`,
    );
    chmodSync(script, 0o755);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes the password on stdin only and returns the pushed digest', async () => {
    const cli = new ContainerCli('docker', { env: { PATH: `${dir}:/usr/bin:/bin` }, cwd: dir });
    await cli.login('r.example', 'AWS', 's3cret-pw');
    const digest = await cli.push('r.example/app:1');
    expect(digest).toBe(`sha256:${'cd'.repeat(32)}`);
    expect(readFileSync(join(dir, 'argv'), 'utf8')).not.toContain('s3cret-pw');
    expect(readFileSync(join(dir, 'stdin'), 'utf8')).toContain('s3cret-pw');
  });

  it('docker with push builds and pushes in one buildx call and returns the digest', async () => {
    const cli = new ContainerCli('docker', { env: { PATH: `${dir}:/usr/bin:/bin` }, cwd: dir });
    const digest = await cli.build(
      {
        context: dir,
        dockerfile: join(dir, 'Dockerfile'),
        platform: 'linux/amd64',
        refs: ['r.example/app:1', 'r.example/app:latest'],
        buildArgs: [],
      },
      true,
    );
    expect(digest).toBe(`sha256:${'ef'.repeat(32)}`);
    const argv = readFileSync(join(dir, 'argv'), 'utf8');
    expect(argv).toMatch(/buildx build .*--push --metadata-file \S+metadata\.json/);
  });

  it('says which CLI is missing and how to get it', async () => {
    const cli = new ContainerCli('podman', { env: { PATH: dir }, cwd: dir });
    const error = await cli.ensureInstalled(true).catch((e: unknown) => e);
    expect(isConfigurationError(error)).toBe(true);
    expect(String((error as Error).message)).toMatch(
      /podman is not installed.*apt-get install podman/,
    );
  });
});

describe('container CLI when the job is cancelled', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'slow-docker-'));
    // Like docker: SIGINT ends a build with exit 1; a push is ended by the signal itself.
    writeFileSync(
      join(dir, 'docker'),
      `#!/bin/sh\necho started > "${join(dir, 'started')}"\ncase "$1" in buildx) trap 'kill $!; echo "ERROR: failed to build: context canceled" >&2; exit 1' INT; sleep 30 >/dev/null 2>&1 & wait;; *) exec sleep 30;; esac\n`,
    );
    chmodSync(join(dir, 'docker'), 0o755);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A docker CLI whose job is cancelled once the child has started. */
  function cancelled(): ContainerCli {
    rmSync(join(dir, 'started'), { force: true });
    const controller = new AbortController();
    const timer = setInterval(() => {
      if (existsSync(join(dir, 'started'))) {
        clearInterval(timer);
        controller.abort();
      }
    }, 20);
    return new ContainerCli('docker', {
      env: { PATH: `${dir}:/usr/bin:/bin` },
      cwd: dir,
      signal: controller.signal,
    });
  }

  const spec = {
    context: '/ctx',
    dockerfile: '/ctx/Dockerfile',
    platform: 'linux/amd64',
    refs: ['r.example/app:1'],
    buildArgs: [],
  };

  it('a cancelled build says cancelled, not "failed (exit 1)"', async () => {
    const error = await cancelled()
      .build(spec, true)
      .catch((e: unknown) => e);
    expect(isConfigurationError(error)).toBe(true);
    expect((error as Error).message).toBe('docker build was cancelled (the job was cancelled).');
  });

  it('after the cancel no further step starts', async () => {
    rmSync(join(dir, 'started'), { force: true });
    const controller = new AbortController();
    controller.abort();
    const cli = new ContainerCli('docker', {
      env: { PATH: `${dir}:/usr/bin:/bin` },
      cwd: dir,
      signal: controller.signal,
    });
    await expect(cli.login('r.example', 'AWS', 'pw')).rejects.toThrow(
      'docker login was cancelled (the job was cancelled).',
    );
    expect(existsSync(join(dir, 'started'))).toBe(false);
  });

  it('a cancelled push says cancelled, not "failed (exit 128)"', async () => {
    const error = await cancelled()
      .push('r.example/app:1')
      .catch((e: unknown) => e);
    expect(isConfigurationError(error)).toBe(true);
    expect((error as Error).message).toBe('docker push was cancelled (the job was cancelled).');
  });
});

const real = podmanRegistryAvailable();
if (!real)
  console.log(
    'skipping real podman/registry tests: podman, busybox-static or docker-registry is not installed',
  );

describe.skipIf(!real)(
  'podman build and push to a real registry (docker-registry, htpasswd)',
  () => {
    let registry: LocalRegistry;
    let sandbox: PodmanSandbox;
    let stop: (() => Promise<void>) | undefined;
    beforeAll(async () => {
      ({ registry, sandbox, stop } = await startPodmanRegistry());
    });
    afterAll(async () => {
      await stop?.();
    });

    it('builds FROM scratch with busybox, logs in with the password on stdin, pushes, reads the digest', async () => {
      const ctx = busyboxContext(sandbox.dir);
      const cli = new ContainerCli('podman', {
        env: { PATH: process.env.PATH, ...sandbox.env },
        cwd: ctx,
      });
      await cli.ensureInstalled(true);
      const ref = `${registry.host}/app/web:t1`;
      await cli.build({
        context: ctx,
        dockerfile: join(ctx, 'Dockerfile'),
        platform: 'linux/amd64',
        refs: [ref],
        buildArgs: ['GREETING=hello'],
      });
      await expect(cli.push(ref)).rejects.toThrow(/push failed/);
      await cli.login(registry.host, registry.username, registry.password);
      expect(readFileSync(sandbox.authFile, 'utf8')).toContain(registry.host);
      const digest = await cli.push(ref);
      expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(await registry.manifestDigest('app/web', 't1')).toBe(digest);
      expect((await cli.logout(registry.host)).outcome).toBe('logged-out');
      expect(readFileSync(sandbox.authFile, 'utf8')).not.toContain(registry.host);
      // Logging out again (a post step after a login that never finished) is harmless.
      expect((await cli.logout(registry.host)).outcome).toBe('not-logged-in');
    });

    it('fails login with a wrong password', async () => {
      const cli = new ContainerCli('podman', {
        env: { PATH: process.env.PATH, ...sandbox.env },
        cwd: sandbox.dir,
      });
      await expect(cli.login(registry.host, 'AWS', 'wrong')).rejects.toThrow(/login failed/);
    });
  },
);
