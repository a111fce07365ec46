import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import type { Host } from '../github/host.js';
import { ConfigurationError } from '../util/errors.js';
import { childEnv } from '../util/child-env.js';
import { GrowingFile } from './growing-file.js';

export interface TofuRunOptions {
  binary: string;
  args: readonly string[];
  cwd: string;
  host: Host;
  /** Extra environment on top of host.env (TF_IN_AUTOMATION is always set). */
  env?: Record<string, string | undefined>;
  /** Stream stdout/stderr to the log as they arrive (default true). */
  stream?: boolean;
  /** Keep stdout in memory (default true); false for outputs we only stream. */
  captureStdout?: boolean;
  /** Receives stdout as it arrives instead of the log. */
  onStdout?: (chunk: string) => void;
  /** Receives stderr as it arrives instead of the log (it is still captured). */
  onStderr?: (chunk: string) => void;
  /** Text sent to stdin, then closed. */
  stdin?: string;
  /** Cancellation beyond the host's (for tests). */
  signal?: AbortSignal;
  /**
   * tofu's stdout and stderr go to files in this directory, read as they grow, instead of
   * pipes: if this process is killed, tofu is not (see GrowingFile) and can write state.
   */
  outputDir?: string;
  /** Called with tofu's process id once it has started. */
  onSpawn?: (pid: number) => void;
  /**
   * tofu's stdout goes straight into this file (created or truncated), never through this
   * process: for `show -json`, whose output can be larger than everything else in memory.
   */
  stdoutFile?: string;
}

export interface TofuRunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** The job was cancelled while tofu ran; tofu got SIGINT and was waited for. */
  cancelled: boolean;
}

const INSTALL_HINT =
  'install OpenTofu (https://opentofu.org/docs/intro/install/), e.g. with opentofu/setup-opentofu, set the input tofu-version to let this action install it, or point tofu-binary at the executable';

let outputFiles = 0;

/**
 * Runs tofu with an argument array (never a shell). Output is streamed into the log and
 * captured. When the job is cancelled, tofu gets one SIGINT (like a terminal's Ctrl-C) and we
 * wait for it to finish writing state and release its lock; a second SIGINT would make tofu
 * stop at once, so further cancels are not passed on. tofu runs in its own process group, so a
 * terminal's Ctrl-C reaches it only through this process.
 */
export function runTofu(options: TofuRunOptions): Promise<TofuRunResult> {
  const { binary, args, cwd, host, stream = true, captureStdout = true } = options;
  return new Promise((resolve, reject) => {
    const out: string[] = [];
    const err: string[] = [];
    const onOut = (chunk: string) => {
      if (captureStdout) out.push(chunk);
      if (options.onStdout) options.onStdout(chunk);
      else if (stream) host.write(chunk);
    };
    const onErr = (chunk: string) => {
      err.push(chunk);
      if (options.onStderr) options.onStderr(chunk);
      else if (stream) host.write(chunk);
    };
    const stdoutFd =
      options.stdoutFile === undefined ? undefined : openSync(options.stdoutFile, 'w');
    const files = options.outputDir
      ? (['stdout', 'stderr'] as const).map(
          (name) =>
            new GrowingFile(
              join(options.outputDir as string, `tofu-${process.pid}-${++outputFiles}.${name}`),
              name === 'stdout' ? onOut : onErr,
            ),
        )
      : undefined;
    let child: ChildProcess;
    try {
      child = spawn(binary, [...args], {
        cwd,
        env: { ...childEnv(host.env), ...options.env, TF_IN_AUTOMATION: '1' } as NodeJS.ProcessEnv,
        stdio: ['pipe', stdoutFd ?? files?.[0]?.writeFd ?? 'pipe', files?.[1]?.writeFd ?? 'pipe'],
        detached: true,
      });
    } catch (error) {
      // Refused before anything started (an argument Node cannot pass): nothing stays open.
      for (const file of files ?? []) {
        file.closeWriter();
        file.finish();
      }
      throw error;
    } finally {
      if (stdoutFd !== undefined) closeSync(stdoutFd);
    }
    for (const file of files ?? []) file.closeWriter();
    const tail = files && setInterval(() => files.forEach((f) => f.drain()), 100);
    let filesOpen = !!files;
    const finishFiles = () => {
      if (!filesOpen) return;
      filesOpen = false;
      clearInterval(tail);
      for (const file of files ?? []) file.finish();
    };
    if (child.pid !== undefined) options.onSpawn?.(child.pid);
    let cancelled = false;
    const signals = [host.cancellation, options.signal].filter((s): s is AbortSignal => !!s);
    const onCancel = () => {
      cancelled = true;
      host.warning(
        `Cancelled: sent SIGINT to tofu ${args[0] ?? ''} and waiting for it to finish cleanly.`,
      );
      child.kill('SIGINT');
    };
    for (const s of signals) {
      if (s.aborted) queueMicrotask(onCancel);
      else s.addEventListener('abort', onCancel, { once: true });
    }
    child.stdout?.setEncoding('utf8').on('data', onOut);
    child.stderr?.setEncoding('utf8').on('data', onErr);
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(options.stdin ?? '');
    child.on('error', (error: NodeJS.ErrnoException) => {
      for (const s of signals) s.removeEventListener('abort', onCancel);
      finishFiles();
      if (error.code === 'ENOENT') {
        reject(
          new ConfigurationError(
            `Input 'tofu-binary' is ${JSON.stringify(binary)}, which was not found: ${INSTALL_HINT}.`,
          ),
        );
      } else if (error.code === 'EACCES') {
        reject(
          new ConfigurationError(
            `Input 'tofu-binary' is ${JSON.stringify(binary)}, which is not executable: ${INSTALL_HINT}.`,
          ),
        );
      } else reject(error);
    });
    child.on('close', (code, signal) => {
      for (const s of signals) s.removeEventListener('abort', onCancel);
      finishFiles();
      resolve({
        exitCode: code ?? (signal ? 128 + signalNumber(signal) : 1),
        stdout: out.join(''),
        stderr: err.join(''),
        cancelled,
      });
    });
  });
}

function signalNumber(signal: NodeJS.Signals): number {
  return ({ SIGINT: 2, SIGKILL: 9, SIGTERM: 15 } as Record<string, number>)[signal] ?? 1;
}

/** `tofu plan -detailed-exitcode`: 0 no changes, 2 changes, anything else failed. */
export function detailedExitCode(code: number): 'no-changes' | 'changes' | 'error' {
  if (code === 0) return 'no-changes';
  if (code === 2) return 'changes';
  return 'error';
}
