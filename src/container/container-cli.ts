import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '../util/errors.js';
import { execTool, ToolNotFoundError, type ExecOptions, type ExecResult } from './exec.js';
import { pushFailureHint } from './push-failure-hint.js';

export type ContainerCliName = 'docker' | 'podman';

export interface BuildSpec {
  context: string;
  dockerfile: string;
  platform: string;
  /** Full references: registry/repository:tag. */
  refs: string[];
  buildArgs: string[];
  /**
   * docker only: push from the build (`buildx build --push`) instead of `--load` and a
   * separate push. It pushes every tag, can build several platforms into one index, and
   * writes the pushed digest to `metadataFile` (`containerimage.digest`).
   */
  push?: { metadataFile: string };
}

const INSTALL_HINT: Record<ContainerCliName, string> = {
  docker:
    'install Docker with the buildx plugin (on GitHub-hosted runners it is there; elsewhere docker/setup-buildx-action or the docker-buildx-plugin package), or set container-cli: podman',
  podman: 'install podman (e.g. apt-get install podman), or set container-cli: docker',
};

export interface LogoutResult {
  outcome: 'logged-out' | 'not-logged-in' | 'failed';
  /** The CLI's last line of output. */
  detail: string;
}

/** The argument arrays, kept pure so that tests can read them. */
export const containerArgs = {
  version: (_cli: ContainerCliName): string[] => ['version', '--format', '{{.Client.Version}}'],
  buildxVersion: (): string[] => ['buildx', 'version'],
  build(cli: ContainerCliName, spec: BuildSpec): string[] {
    const common = [
      '--platform',
      spec.platform,
      '--file',
      spec.dockerfile,
      ...spec.refs.flatMap((r) => ['--tag', r]),
      ...spec.buildArgs.flatMap((a) => ['--build-arg', a]),
    ];
    if (cli === 'podman') return ['build', ...common, spec.context];
    const output = spec.push ? ['--push', '--metadata-file', spec.push.metadataFile] : ['--load'];
    return ['buildx', 'build', ...common, ...output, spec.context];
  },
  login: (_cli: ContainerCliName, registry: string, username: string): string[] => [
    'login',
    '--username',
    username,
    '--password-stdin',
    registry,
  ],
  push: (cli: ContainerCliName, ref: string, digestFile: string): string[] =>
    cli === 'podman' ? ['push', '--digestfile', digestFile, ref] : ['push', ref],
  logout: (_cli: ContainerCliName, registry: string): string[] => ['logout', registry],
};

/** `latest: digest: sha256:... size: 528` from docker push. */
export function digestFromPushOutput(output: string): string | undefined {
  return /digest: (sha256:[0-9a-f]{64})/.exec(output)?.[1];
}

/** `containerimage.digest` from `docker buildx build --metadata-file`. */
export function digestFromBuildMetadata(text: string): string | undefined {
  try {
    const digest = (JSON.parse(text) as Record<string, unknown>)['containerimage.digest'];
    return typeof digest === 'string' && /^sha256:[0-9a-f]{64}$/.test(digest) ? digest : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Build, login, push and logout through docker (buildx) or podman, by argument arrays only.
 * Every child gets the host's environment (DOCKER_CONFIG, REGISTRY_AUTH_FILE,
 * CONTAINERS_STORAGE_CONF, BUILDAH_ISOLATION... pass through).
 */
export class ContainerCli {
  constructor(
    readonly name: ContainerCliName,
    private readonly options: Pick<ExecOptions, 'env' | 'onOutput' | 'signal'> & { cwd: string },
  ) {}

  /** Runs one subcommand. Once the job is cancelled none starts, and a failure is the cancel. */
  private async run(
    what: string,
    args: string[],
    stdin?: string,
    quiet = false,
  ): Promise<ExecResult> {
    const cancelled = () =>
      new ConfigurationError(`${this.name} ${what} was cancelled (the job was cancelled).`);
    if (this.options.signal?.aborted) throw cancelled();
    try {
      const { onOutput, ...rest } = this.options;
      const result = await execTool(this.name, args, {
        ...rest,
        ...(stdin !== undefined ? { stdin } : {}),
        ...(!quiet && onOutput ? { onOutput } : {}),
      });
      // The cancel stops the child with SIGINT; its exit code says nothing about the image.
      if (result.code !== 0 && this.options.signal?.aborted) throw cancelled();
      return result;
    } catch (error) {
      if (error instanceof ToolNotFoundError) {
        throw new ConfigurationError(
          `Input 'container-cli' is ${this.name}, but ${this.name} is not installed (not found on PATH): ${INSTALL_HINT[this.name]}.`,
        );
      }
      throw error;
    }
  }

  /** Runs one subcommand; a failure is one line: the output's tail, and for pushes a hint. */
  private async check(
    what: string,
    args: string[],
    stdin?: string,
    pushes = false,
  ): Promise<ExecResult> {
    const result = await this.run(what, args, stdin);
    if (result.code !== 0) {
      const tail = (result.stderr || result.stdout).trim().split('\n').slice(-3).join(' ');
      const hint = pushes ? pushFailureHint(`${result.stdout}\n${result.stderr}`) : undefined;
      throw new ConfigurationError(
        `${this.name} ${what} failed (exit ${result.code}): ${tail}${hint ? ` Hint: ${hint}.` : ''}`,
      );
    }
    return result;
  }

  /** Fails early, with how to install it, when the CLI (or docker's buildx) is missing. */
  async ensureInstalled(needBuild: boolean): Promise<void> {
    await this.run('version', containerArgs.version(this.name), undefined, true);
    if (this.name === 'docker' && needBuild) {
      const buildx = await this.run(
        'buildx version',
        containerArgs.buildxVersion(),
        undefined,
        true,
      );
      if (buildx.code !== 0) {
        throw new ConfigurationError(
          `Input 'container-cli' is docker, but docker buildx is not available: ${INSTALL_HINT.docker}.`,
        );
      }
    }
  }

  /** Builds; with docker and `push`, also pushes every tag and returns the pushed digest. */
  async build(spec: Omit<BuildSpec, 'push'>, push = false): Promise<string | undefined> {
    if (!push || this.name !== 'docker') {
      await this.check('build', containerArgs.build(this.name, spec));
      return undefined;
    }
    const dir = mkdtempSync(join(tmpdir(), 'tofu-aws-action-build-'));
    try {
      const metadataFile = join(dir, 'metadata.json');
      await this.check(
        'build',
        containerArgs.build(this.name, { ...spec, push: { metadataFile } }),
        undefined,
        true,
      );
      try {
        return digestFromBuildMetadata(readFileSync(metadataFile, 'utf8'));
      } catch {
        return undefined;
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /** Whether `build(spec, true)` pushes too (docker buildx --push); podman pushes separately. */
  get buildPushes(): boolean {
    return this.name === 'docker';
  }

  async login(registry: string, username: string, password: string): Promise<void> {
    await this.check('login', containerArgs.login(this.name, registry, username), password);
  }

  /** Pushes one reference and returns the manifest digest the registry stored. */
  async push(ref: string): Promise<string | undefined> {
    const dir = mkdtempSync(join(tmpdir(), 'tofu-aws-action-push-'));
    try {
      const digestFile = join(dir, 'digest');
      const result = await this.check(
        'push',
        containerArgs.push(this.name, ref, digestFile),
        undefined,
        true,
      );
      if (this.name === 'podman') {
        try {
          return readFileSync(digestFile, 'utf8').trim() || undefined;
        } catch {
          return digestFromPushOutput(result.stdout + result.stderr);
        }
      }
      return digestFromPushOutput(result.stdout + result.stderr);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /**
   * Logs out of the registry. Not being logged in is an outcome of its own (podman exits 125
   * with "not logged into"; docker exits 0): the post step may log out after a login that
   * never finished.
   */
  async logout(registry: string): Promise<LogoutResult> {
    const result = await this.run('logout', containerArgs.logout(this.name, registry));
    const detail = (result.stderr || result.stdout).trim().split('\n').slice(-1).join('');
    if (result.code === 0) return { outcome: 'logged-out', detail };
    return { outcome: /not logged in/i.test(detail) ? 'not-logged-in' : 'failed', detail };
  }
}
