import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BUSYBOX = '/bin/busybox';

export function podmanAvailable(): boolean {
  try {
    execFileSync('podman', ['--version'], { stdio: 'ignore' });
    return existsSync(BUSYBOX);
  } catch {
    return false;
  }
}

export interface PodmanSandbox {
  dir: string;
  /** Environment for podman: private storage (vfs), chroot isolation, the loopback registry as insecure. */
  env: Record<string, string>;
  authFile: string;
  cleanup(): void;
}

/**
 * A per-test podman world under a temp dir, so tests do not share storage or logins:
 * storage.conf (driver vfs, own graphroot/runroot), registries.conf marking the loopback
 * registry insecure (plain HTTP), an auth file, XDG dirs, and BUILDAH_ISOLATION=chroot
 * (no user namespaces or runc needed to run the build's steps).
 */
export function podmanSandbox(insecureRegistry: string): PodmanSandbox {
  const dir = mkdtempSync(join(tmpdir(), 'tofu-aws-action-podman-'));
  for (const d of ['root', 'run', 'xdg-run', 'xdg-config', 'xdg-data', 'tmp'])
    mkdirSync(join(dir, d));
  writeFileSync(
    join(dir, 'storage.conf'),
    `[storage]\ndriver = "vfs"\ngraphroot = "${join(dir, 'root')}"\nrunroot = "${join(dir, 'run')}"\n`,
  );
  writeFileSync(
    join(dir, 'registries.conf'),
    `unqualified-search-registries = []\n\n[[registry]]\nlocation = "${insecureRegistry}"\ninsecure = true\n`,
  );
  const authFile = join(dir, 'auth.json');
  return {
    dir,
    authFile,
    env: {
      CONTAINERS_STORAGE_CONF: join(dir, 'storage.conf'),
      CONTAINERS_REGISTRIES_CONF: join(dir, 'registries.conf'),
      REGISTRY_AUTH_FILE: authFile,
      BUILDAH_ISOLATION: 'chroot',
      XDG_RUNTIME_DIR: join(dir, 'xdg-run'),
      XDG_CONFIG_HOME: join(dir, 'xdg-config'),
      XDG_DATA_HOME: join(dir, 'xdg-data'),
      TMPDIR: join(dir, 'tmp'),
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A build context: FROM scratch with busybox-static, a few bytes of app. */
export function busyboxContext(dir: string, marker = 'hello'): string {
  const ctx = join(dir, 'app');
  mkdirSync(ctx, { recursive: true });
  copyFileSync(BUSYBOX, join(ctx, 'busybox'));
  writeFileSync(join(ctx, 'index.html'), `${marker}\n`);
  writeFileSync(
    join(ctx, 'Dockerfile'),
    [
      'FROM scratch',
      'ARG GREETING=hi',
      'COPY busybox /bin/busybox',
      'COPY index.html /www/index.html',
      'ENV GREETING=$GREETING',
      'CMD ["/bin/busybox", "httpd", "-f", "-p", "8080", "-h", "/www"]',
      '',
    ].join('\n'),
  );
  return ctx;
}
