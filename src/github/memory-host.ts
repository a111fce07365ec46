import type { AnnotationProps, Host } from './host.js';

export interface RecordedAnnotation extends AnnotationProps {
  level: 'notice' | 'warning' | 'error';
  message: string;
}

/** An in-memory host for tests: everything a command does is recorded for assertions. */
export class MemoryHost implements Host {
  readonly kind = 'memory' as const;
  readonly outputs: Record<string, string> = {};
  readonly secrets: string[] = [];
  readonly exported: Record<string, string> = {};
  readonly paths: string[] = [];
  readonly state: Record<string, string> = {};
  readonly annotations: RecordedAnnotation[] = [];
  readonly log: string[] = [];
  readonly groups: string[] = [];
  readonly comments: string[] = [];
  summary = '';
  failed: string | undefined;
  readonly env: Record<string, string | undefined>;
  readonly workspace: string;
  readonly controller = new AbortController();
  readonly cancellation = this.controller.signal;

  constructor(
    private readonly inputs: Record<string, string | undefined> = {},
    options: {
      env?: Record<string, string | undefined>;
      workspace?: string;
      state?: Record<string, string>;
    } = {},
  ) {
    this.env = { ...(options.env ?? {}) };
    this.workspace = options.workspace ?? process.cwd();
    Object.assign(this.state, options.state ?? {});
  }

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
    this.exported[name] = value;
    this.env[name] = value;
  }
  addPath(dir: string): void {
    this.paths.push(dir);
  }
  saveState(name: string, value: string): void {
    this.state[name] = value;
  }
  getState(name: string): string | undefined {
    return this.state[name];
  }
  debug(message: string): void {
    this.log.push(`[debug] ${message}`);
  }
  info(message: string): void {
    this.log.push(message);
  }
  notice(message: string, props?: AnnotationProps): void {
    this.annotations.push({ level: 'notice', message, ...props });
  }
  warning(message: string, props?: AnnotationProps): void {
    this.annotations.push({ level: 'warning', message, ...props });
  }
  error(message: string, props?: AnnotationProps): void {
    this.annotations.push({ level: 'error', message, ...props });
  }
  write(chunk: string): void {
    this.log.push(chunk);
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.groups.push(title);
    return fn();
  }
  async appendSummary(markdown: string): Promise<void> {
    this.summary += markdown.endsWith('\n') ? markdown : `${markdown}\n`;
  }
  async showComment(body: () => string): Promise<void> {
    this.comments.push(body());
  }
  setFailed(message: string): void {
    this.failed ??= message;
  }
  /** Everything a person or a log could see, for "nothing secret leaks" assertions. */
  everything(): string {
    return [
      ...this.log,
      ...this.annotations.map((a) => `${a.title ?? ''} ${a.message}`),
      ...Object.values(this.outputs),
      this.summary,
      ...this.comments,
      this.failed ?? '',
    ].join('\n');
  }
}
