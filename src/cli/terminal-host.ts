import { resolve } from 'node:path';
import type { AnnotationProps, Host } from '../github/host.js';
import { writeCommentFile } from './comment-file.js';

export interface TerminalStreams {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

function where(props?: AnnotationProps): string {
  if (!props?.file) return '';
  return `${props.file}${props.startLine ? `:${props.startLine}` : ''}${props.startColumn ? `:${props.startColumn}` : ''}: `;
}

/**
 * The host in a terminal: inputs come from flags, logs and annotations go to stderr, the
 * comment to stdout (or --comment-file), outputs and the summary are printed at the end.
 */
export class TerminalHost implements Host {
  readonly kind = 'terminal' as const;
  readonly outputs: Record<string, string> = {};
  private readonly state: Record<string, string> = {};
  private readonly secrets: string[] = [];
  private summary = '';
  failed: string | undefined;

  constructor(
    private readonly inputs: Record<string, string>,
    readonly env: Record<string, string | undefined>,
    readonly workspace: string,
    readonly cancellation: AbortSignal,
    private readonly streams: TerminalStreams,
    private readonly commentFile: string | undefined,
  ) {}

  getInput(name: string): string | undefined {
    const value = this.inputs[name]?.trim();
    return value ? value : undefined;
  }
  setOutput(name: string, value: string): void {
    this.outputs[name] = value;
  }
  setSecret(value: string): void {
    if (value) this.secrets.push(value);
  }
  exportVariable(name: string, value: string): void {
    this.env[name] = value;
  }
  addPath(dir: string): void {
    this.env.PATH = `${dir}:${this.env.PATH ?? ''}`;
  }
  saveState(name: string, value: string): void {
    this.state[name] = value;
  }
  getState(name: string): string | undefined {
    return this.state[name];
  }
  debug(message: string): void {
    if (this.env.TOFU_AWS_ACTION_DEBUG || this.env.RUNNER_DEBUG === '1')
      this.err(`debug: ${message}\n`);
  }
  info(message: string): void {
    this.err(`${message}\n`);
  }
  notice(message: string, props?: AnnotationProps): void {
    this.err(`notice: ${where(props)}${props?.title ? `${props.title}: ` : ''}${message}\n`);
  }
  warning(message: string, props?: AnnotationProps): void {
    this.err(`warning: ${where(props)}${props?.title ? `${props.title}: ` : ''}${message}\n`);
  }
  error(message: string, props?: AnnotationProps): void {
    this.err(`error: ${where(props)}${props?.title ? `${props.title}: ` : ''}${message}\n`);
  }
  write(chunk: string): void {
    this.err(chunk);
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.err(`▸ ${title}\n`);
    return fn();
  }
  async appendSummary(markdown: string): Promise<void> {
    this.summary += markdown.endsWith('\n') ? markdown : `${markdown}\n`;
  }
  async showComment(render: () => string): Promise<void> {
    const body = render();
    if (this.commentFile) {
      writeCommentFile(this.commentFile, resolve(this.workspace, this.commentFile), body);
      this.err(`comment written to ${this.commentFile}\n`);
    } else {
      this.streams.stdout(body.endsWith('\n') ? body : `${body}\n`);
    }
  }
  setFailed(message: string): void {
    this.failed ??= message;
    this.err(`error: ${message}\n`);
  }

  /** Prints what the runner would show on the job page: the outputs and the step summary. */
  printEpilogue(options: { summary: boolean }): void {
    if (options.summary && this.summary) this.err(`\n── step summary ──\n${this.summary}`);
    const names = Object.keys(this.outputs);
    if (names.length) {
      this.err('\n── outputs ──\n');
      for (const name of names) this.err(`${name}=${this.outputs[name]}\n`);
    }
  }

  private err(text: string): void {
    let masked = text;
    for (const secret of this.secrets) masked = masked.split(secret).join('***');
    this.streams.stderr(masked);
  }
}
