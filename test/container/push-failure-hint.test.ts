import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContainerCli, type ContainerCliName } from '../../src/container/container-cli.js';
import { pushFailureHint } from '../../src/container/push-failure-hint.js';

const REPO = '123456789012.dkr.ecr.us-east-1.amazonaws.com/app';
// What ECR answers, as docker and podman print it.
const IMMUTABLE = `tag invalid: The image tag 'latest' already exists in the 'app' repository and cannot be overwritten because the repository is immutable.`;
const MISSING = `name unknown: The repository with name 'app' does not exist in the registry with id '123456789012'`;
const DENIED = `denied: User: arn:aws:sts::123456789012:assumed-role/deploy/gha is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:us-east-1:123456789012:repository/app because no identity-based policy allows the ecr:InitiateLayerUpload action`;

describe('pushFailureHint', () => {
  it('names the tags input and tag immutability for an IMMUTABLE repository', () => {
    const hint = pushFailureHint(`The push refers to repository [${REPO}]\n${IMMUTABLE}\n`);
    expect(hint).toMatch(/tags are IMMUTABLE and tag latest was pushed before/);
    expect(hint).toContain("input 'tags'");
    expect(hint).toContain('image_tag_mutability to MUTABLE');
  });

  it('names the ecr-repository input for a repository that does not exist', () => {
    expect(pushFailureHint(`Error: ${MISSING}`)).toMatch(
      /repository does not exist in this registry: check input 'ecr-repository'/,
    );
  });

  it('names the push permissions for a denied push', () => {
    expect(pushFailureHint(DENIED)).toMatch(/denied the push: the role needs .*ecr:PutImage/);
  });

  it('gives no hint for other failures', () => {
    expect(pushFailureHint('dial tcp 10.0.0.1:443: i/o timeout')).toBeUndefined();
  });
});

describe('a push the registry refuses, through a fake CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'push-refused-'));
    // Fails push (podman) and buildx build --push (docker) with $REFUSAL on stderr.
    for (const name of ['docker', 'podman'] as ContainerCliName[]) {
      writeFileSync(
        join(dir, name),
        `#!/bin/sh\ncase "$1" in push|buildx) echo "Pushing ${REPO}" ; echo "$REFUSAL" >&2; exit 1;; esac\nexit 0\n`,
      );
      chmodSync(join(dir, name), 0o755);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The error a call that must fail rejects with. */
  const failure = (run: Promise<unknown>): Promise<Error> =>
    run.then(
      () => {
        throw new Error('expected a failure');
      },
      (e: unknown) => e as Error,
    );

  const cli = (name: ContainerCliName, refusal: string) =>
    new ContainerCli(name, { env: { PATH: `${dir}:/usr/bin:/bin`, REFUSAL: refusal }, cwd: dir });

  it('podman push: the error is one line with the output and the hint', async () => {
    const error = await failure(
      cli(
        'podman',
        `Error: writing manifest: uploading manifest latest to ${REPO}: ${IMMUTABLE}`,
      ).push(`${REPO}:latest`),
    );
    expect(error.message).toMatch(
      /^podman push failed \(exit 1\): Error: writing manifest: .*immutable\. Hint: the repository's tags are IMMUTABLE/,
    );
    expect(error.message).not.toContain('\n');
  });

  it('docker buildx build --push: the same hints', async () => {
    const error = await failure(
      cli('docker', `ERROR: failed to push ${REPO}:latest: ${MISSING}`).build(
        {
          context: dir,
          dockerfile: join(dir, 'Dockerfile'),
          platform: 'linux/amd64',
          refs: [`${REPO}:1`],
          buildArgs: [],
        },
        true,
      ),
    );
    expect(error.message).toMatch(
      /^docker build failed \(exit 1\): .*Hint: the repository does not exist .*'ecr-repository'/,
    );
  });

  it('a failure that is not the registry refusing a push gets no hint', async () => {
    const error = await failure(cli('podman', 'Error: something else').push(`${REPO}:latest`));
    expect(error.message).toBe('podman push failed (exit 1): Error: something else');
  });
});
