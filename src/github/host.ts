/** Where an annotation points; paths are relative to the repository root. */
export interface AnnotationProps {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/**
 * Everything a command may touch of the world it runs in. The runner, the terminal and
 * the tests each provide one; commands never read process.env or write to stdout themselves.
 */
export interface Host {
  readonly kind: 'actions' | 'terminal' | 'memory';
  /** The raw input; undefined when it is unset or empty. */
  getInput(name: string): string | undefined;
  setOutput(name: string, value: string): void;
  /** Masks a value in every later log line. Call before the value is used anywhere. */
  setSecret(value: string): void;
  exportVariable(name: string, value: string): void;
  addPath(dir: string): void;
  saveState(name: string, value: string): void;
  getState(name: string): string | undefined;
  debug(message: string): void;
  info(message: string): void;
  notice(message: string, props?: AnnotationProps): void;
  warning(message: string, props?: AnnotationProps): void;
  error(message: string, props?: AnnotationProps): void;
  /** Raw output such as a child process's stream, inside the current group. */
  write(chunk: string): void;
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  appendSummary(markdown: string): Promise<void>;
  /**
   * The comment a command would post, for hosts that show it (terminal, tests). Rendered only
   * by those: on a runner the comment goes to the pull request, and rendering its marker loads
   * node:zlib, which a plan that posts nothing should not pay for.
   */
  showComment(body: () => string): Promise<void>;
  setFailed(message: string): void;
  /** The environment the command may read (GITHUB_*, RUNNER_*, AWS_*, PATH). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Relative paths in inputs resolve against this (GITHUB_WORKSPACE or the current directory). */
  readonly workspace: string;
  /** Aborted when the job is cancelled (SIGINT/SIGTERM reached the action). */
  readonly cancellation: AbortSignal;
}

/** Time, injectable so that waits and retries run in simulated time in tests. */
export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      }
      signal?.addEventListener('abort', done, { once: true });
    }),
};
