import { spawn } from 'node:child_process';
import { childEnv } from '../util/child-env.js';

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface ExecOptions {
  env: Readonly<Record<string, string | undefined>>;
  cwd?: string;
  /** Written to the child's stdin, then closed (passwords go this way, never on argv). */
  stdin?: string;
  /** Each chunk of stdout/stderr as it arrives (for the log). */
  onOutput?: (chunk: string) => void;
  signal?: AbortSignal;
}

/** The executable was not found (ENOENT). */
export class ToolNotFoundError extends Error {
  constructor(readonly tool: string) {
    super(`${tool} was not found on PATH`);
  }
}

/** Runs a program with an argument array (no shell) and collects its output. */
export function execTool(
  file: string,
  args: readonly string[],
  options: ExecOptions,
): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...args], {
      cwd: options.cwd,
      env: childEnv(options.env) as NodeJS.ProcessEnv,
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(options.signal ? { signal: options.signal, killSignal: 'SIGINT' as const } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      stdout += c;
      options.onOutput?.(c);
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      stderr += c;
      options.onOutput?.(c);
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') reject(new ToolNotFoundError(file));
      else if (error.name !== 'AbortError') reject(error);
    });
    child.on('close', (code, signal) =>
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr }),
    );
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.stdin ?? '');
  });
}
