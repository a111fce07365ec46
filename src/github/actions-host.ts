import { openSync, writeSync } from 'node:fs';
import { EOL } from 'node:os';
import type { AnnotationProps, Host } from './host.js';
import { fileCommandEntry, workflowCommand } from './workflow-commands.js';

/**
 * The host on a GitHub runner. It speaks the runner's protocol directly (workflow commands
 * and environment files) instead of loading @actions/core, whose bundle doubles start-up.
 */
export class ActionsHost implements Host {
  readonly kind = 'actions' as const;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly workspace: string;
  private failed = false;
  private signal: AbortSignal | undefined;
  /** The runner's files (outputs, state, env, path, summary), opened once for appending. */
  private readonly files = new Map<string, number>();

  /**
   * `cancellation` may be given as a function: the runner's signals are then listened for only
   * once a command asks (before it starts tofu or calls an API). Until then there is nothing to
   * wind down, and a plan rendered from files starts faster.
   */
  constructor(
    private readonly processEnv: NodeJS.ProcessEnv,
    private readonly cancellationSource: AbortSignal | (() => AbortSignal),
    private readonly out: (text: string) => void = writeStdout,
  ) {
    this.env = processEnv;
    this.workspace = processEnv.GITHUB_WORKSPACE || process.cwd();
  }

  get cancellation(): AbortSignal {
    this.signal ??=
      typeof this.cancellationSource === 'function'
        ? this.cancellationSource()
        : this.cancellationSource;
    return this.signal;
  }

  getInput(name: string): string | undefined {
    const value = this.processEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
    const trimmed = value?.trim();
    return trimmed ? trimmed : undefined;
  }

  setOutput(name: string, value: string): void {
    this.fileCommand('GITHUB_OUTPUT', name, value);
  }

  setSecret(value: string): void {
    if (!value) return;
    this.command('add-mask', value);
  }

  exportVariable(name: string, value: string): void {
    this.processEnv[name] = value;
    this.fileCommand('GITHUB_ENV', name, value);
  }

  addPath(dir: string): void {
    const file = this.processEnv.GITHUB_PATH;
    if (file) this.append(file, `${dir}${EOL}`);
    else this.command('add-path', dir);
    this.processEnv.PATH = `${dir}${process.platform === 'win32' ? ';' : ':'}${this.processEnv.PATH ?? ''}`;
  }

  saveState(name: string, value: string): void {
    this.fileCommand('GITHUB_STATE', name, value);
  }

  getState(name: string): string | undefined {
    return this.processEnv[`STATE_${name}`] || undefined;
  }

  debug(message: string): void {
    this.command('debug', message);
  }

  info(message: string): void {
    this.out(`${message}${EOL}`);
  }

  notice(message: string, props?: AnnotationProps): void {
    this.command('notice', message, props);
  }

  warning(message: string, props?: AnnotationProps): void {
    this.command('warning', message, props);
  }

  error(message: string, props?: AnnotationProps): void {
    this.command('error', message, props);
  }

  write(chunk: string): void {
    this.out(chunk);
  }

  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.command('group', title);
    try {
      return await fn();
    } finally {
      this.command('endgroup', '');
    }
  }

  async appendSummary(markdown: string): Promise<void> {
    const file = this.processEnv.GITHUB_STEP_SUMMARY;
    if (!file) return;
    this.append(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
  }

  async showComment(_body: () => string): Promise<void> {
    // On the runner the comment goes to the pull request; the summary already holds it.
  }

  setFailed(message: string): void {
    if (this.failed) return;
    this.failed = true;
    process.exitCode = 1;
    this.error(message);
  }

  private command(name: string, message: string, props?: AnnotationProps): void {
    this.out(`${workflowCommand(name, message, props)}${EOL}`);
  }

  private fileCommand(envName: string, name: string, value: string): void {
    const file = this.processEnv[envName];
    if (!file) {
      const legacy =
        envName === 'GITHUB_OUTPUT'
          ? 'set-output'
          : envName === 'GITHUB_STATE'
            ? 'save-state'
            : 'set-env';
      this.out(`::${legacy} name=${name}::${value}${EOL}`);
      return;
    }
    this.append(file, fileCommandEntry(name, value));
  }

  /**
   * Appends at once, as appendFileSync does, without opening and closing the file for each
   * of a step's dozen outputs. The descriptors close with the process (and are not inherited:
   * Node opens files close-on-exec).
   */
  private append(file: string, text: string): void {
    let fd = this.files.get(file);
    if (fd === undefined) {
      fd = openSync(file, 'a');
      this.files.set(file, fd);
    }
    const bytes = Buffer.from(text, 'utf8');
    for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done);
  }
}

/**
 * Writes to file descriptor 1 directly: creating process.stdout costs a few milliseconds of
 * start-up (a pipe becomes a net.Socket), and a synchronous write keeps workflow commands in
 * order with the output of child processes that share the descriptor. A pipe that someone
 * made non-blocking may be full (EAGAIN): wait a moment and write the rest.
 */
export function writeStdout(text: string): void {
  let bytes: Buffer | undefined;
  let done = 0;
  for (;;) {
    try {
      if (bytes === undefined) {
        done = writeSync(1, text);
        if (done >= Buffer.byteLength(text)) return;
        bytes = Buffer.from(text, 'utf8');
      } else {
        done += writeSync(1, bytes, done);
        if (done >= bytes.length) return;
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      bytes ??= Buffer.from(text, 'utf8');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
    }
  }
}
