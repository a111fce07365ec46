import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REGISTRY_BINARY = '/usr/bin/docker-registry';

export interface LocalRegistry {
  /** host:port */
  host: string;
  url: string;
  username: string;
  password: string;
  dir: string;
  /** HEAD of a manifest with the credentials: the digest, or undefined when absent. */
  manifestDigest(repository: string, reference: string): Promise<string | undefined>;
  stop(): Promise<void>;
}

export function registryAvailable(): boolean {
  return existsSync(REGISTRY_BINARY) && existsSync('/usr/bin/htpasswd');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Debian's docker-registry (distribution v2) with htpasswd (bcrypt) auth on a loopback port. */
export async function startLocalRegistry(): Promise<LocalRegistry> {
  const dir = mkdtempSync(join(tmpdir(), 'tofu-aws-action-registry-'));
  const username = 'AWS';
  const password = `pw-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  const htpasswd = execFileSync('/usr/bin/htpasswd', ['-niB', username], {
    input: `${password}\n`,
  });
  writeFileSync(join(dir, 'htpasswd'), htpasswd);
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  writeFileSync(
    join(dir, 'config.yml'),
    [
      'version: 0.1',
      'log:',
      '  level: error',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${join(dir, 'data')}`,
      '  delete:',
      '    enabled: true',
      'http:',
      `  addr: ${host}`,
      '  secret: tofu-aws-action-test',
      'auth:',
      '  htpasswd:',
      '    realm: test-registry',
      `    path: ${join(dir, 'htpasswd')}`,
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(REGISTRY_BINARY, ['serve', join(dir, 'config.yml')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const url = `http://${host}`;
  const auth = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  for (let i = 0; ; i++) {
    try {
      const res = await fetch(`${url}/v2/`, { headers: { authorization: auth } });
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (i > 100 || child.exitCode !== null) {
      child.kill();
      throw new Error(`docker-registry did not start: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    host,
    url,
    username,
    password,
    dir,
    async manifestDigest(repository, reference) {
      const res = await fetch(`${url}/v2/${repository}/manifests/${reference}`, {
        method: 'HEAD',
        headers: {
          authorization: auth,
          accept: [
            'application/vnd.oci.image.manifest.v1+json',
            'application/vnd.docker.distribution.manifest.v2+json',
            'application/vnd.oci.image.index.v1+json',
          ].join(', '),
        },
      });
      return res.status === 200
        ? (res.headers.get('docker-content-digest') ?? undefined)
        : undefined;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
