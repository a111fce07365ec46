import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awsClientSettings } from '../../src/aws/client-settings.js';
import { ContainerCli, type ContainerCliName } from '../../src/container/container-cli.js';
import { loginToEcr, logoutOfSavedRegistry } from '../../src/container/registry-session.js';
import { MemoryHost } from '../../src/github/memory-host.js';
import { startEcrPeer, type EcrPeer } from '../peers/ecr-peer.js';

const REGISTRY = '123456789012.dkr.ecr.us-east-1.amazonaws.com';
const STATE = 'image-registry-logout';

/**
 * A fake docker/podman: `login` writes a marker and hangs (or fails with FAIL_LOGIN set),
 * `logout` answers like podman when nothing is logged in.
 */
function fakeCli(dir: string, name: ContainerCliName): void {
  writeFileSync(
    join(dir, name),
    `#!/bin/sh\ncase "$1" in\n  login) cat >/dev/null; if [ -n "$LOGIN_OK" ]; then exit 0; fi; if [ -n "$FAIL_LOGIN" ]; then echo "Error: logging into \\"$5\\": invalid username/password" >&2; exit 1; fi; echo started > "${join(dir, 'login-started')}"; exec sleep 30;;\n  logout) echo "Error: not logged into $2" >&2; exit 125;;\nesac\n`,
  );
  chmodSync(join(dir, name), 0o755);
}

describe('ECR login session and the post step', () => {
  let dir: string;
  let ecr: EcrPeer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'registry-session-'));
    fakeCli(dir, 'podman');
    ecr = await startEcrPeer({ url: `https://${REGISTRY}`, username: 'AWS', password: 'pw-1' });
  });
  afterAll(async () => {
    await ecr?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function setup(extraEnv: Record<string, string> = {}) {
    const env = {
      PATH: `${dir}:/usr/bin:/bin`,
      AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_ENDPOINT_URL_ECR: ecr.url,
      ...extraEnv,
    };
    const host = new MemoryHost({}, { env, workspace: dir });
    const cli = new ContainerCli('podman', { env, cwd: dir, signal: host.cancellation });
    return { host, cli, aws: awsClientSettings(env, 'us-east-1') };
  }

  it('saves the logout state before the CLI logs in: a job cancelled during login still logs out', async () => {
    rmSync(join(dir, 'login-started'), { force: true });
    const { host, cli, aws } = setup();
    let duringLogin: string | undefined;
    const timer = setInterval(() => {
      if (!existsSync(join(dir, 'login-started'))) return;
      clearInterval(timer);
      // What the post step would find if the runner killed the job now.
      duringLogin = host.getState(STATE);
      host.controller.abort();
    }, 20);
    const error = await loginToEcr(host, aws, cli, undefined).catch((e: unknown) => e);
    expect((error as Error).message).toBe('podman login was cancelled (the job was cancelled).');
    const saved = { cli: 'podman', registry: REGISTRY };
    expect(JSON.parse(duringLogin ?? 'null')).toEqual(saved);
    expect(JSON.parse(host.getState(STATE) ?? 'null')).toEqual(saved);
  });

  it('a login that fails by itself leaves nothing for the post step to log out of', async () => {
    const { host, cli, aws } = setup({ FAIL_LOGIN: '1' });
    const error = await loginToEcr(host, aws, cli, undefined).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^podman login failed \(exit 1\)/);
    expect(host.getState(STATE)).toBeFalsy();
  });

  it("asks for the token in the registry's own region, not the run's (AWS_REGION)", async () => {
    const { host, cli, aws } = setup({ LOGIN_OK: '1' });
    const before = ecr.signedFor.length;
    const eu = '123456789012.dkr.ecr.eu-west-1.amazonaws.com';
    expect(await loginToEcr(host, aws, cli, eu)).toBe(eu);
    // A registry host that names no region (behind another name): the run's region.
    expect(await loginToEcr(host, aws, cli, 'registry.example.com')).toBe('registry.example.com');
    expect(ecr.signedFor.slice(before)).toEqual([
      'GetAuthorizationToken eu-west-1',
      'GetAuthorizationToken us-east-1',
    ]);
  });

  it('post: logging out of a registry the run never got logged in to is harmless', async () => {
    const host = new MemoryHost(
      {},
      {
        env: { PATH: `${dir}:/usr/bin:/bin` },
        workspace: dir,
        state: { [STATE]: JSON.stringify({ cli: 'podman', registry: REGISTRY }) },
      },
    );
    await logoutOfSavedRegistry(host);
    expect(host.log).toContain(`Not logged in to ${REGISTRY}: nothing to log out.`);
    expect(host.annotations).toEqual([]);
    expect(host.failed).toBeUndefined();
  });
});
