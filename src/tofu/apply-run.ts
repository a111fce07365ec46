import type { Clock, Host } from '../github/host.js';
import { toGoDuration } from '../util/duration.js';
import { ApplyStream, diagnosticText, type ApplyStreamResult } from './apply-stream.js';
import { isStateLockError } from './lock-error.js';
import { runTofu } from './run-tofu.js';

/** One `tofu apply -json <plan>` run, its events read as they arrive. */
export interface ApplyRun extends ApplyStreamResult {
  exitCode: number;
  cancelled: boolean;
  stderr: string;
  durationMs: number;
  /** How long tofu waited for the state lock (the whole run when it never got it). */
  lockWaitMs: number;
  /** tofu's words about a held lock, when that is why it failed. */
  lockErrorText: string | undefined;
}

const ACQUIRING = /Acquiring state lock/;

export function applyArgs(planFile: string, lockTimeoutMs: number): string[] {
  return [
    'apply',
    '-json',
    '-input=false',
    `-lock-timeout=${toGoDuration(lockTimeoutMs)}`,
    planFile,
  ];
}

export async function runApply(options: {
  binary: string;
  cwd: string;
  host: Host;
  clock: Clock;
  planFile: string;
  lockTimeoutMs: number;
}): Promise<ApplyRun> {
  const { host, clock } = options;
  const stream = new ApplyStream();
  const started = clock.now();
  let waitingSince: number | undefined;
  let lockWaitMs = 0;
  const print = (lines: string[]) => {
    for (const line of lines) {
      if (ACQUIRING.test(line)) {
        waitingSince ??= started;
      } else if (waitingSince !== undefined) {
        lockWaitMs += clock.now() - waitingSince;
        waitingSince = undefined;
      }
      host.info(line);
    }
  };
  const result = await runTofu({
    binary: options.binary,
    args: applyArgs(options.planFile, options.lockTimeoutMs),
    cwd: options.cwd,
    host,
    captureStdout: false,
    // stdout is the JSON event stream, printed as readable lines; stderr goes to the log as it is.
    onStdout: (chunk) => print(stream.push(chunk)),
  });
  print(stream.end());
  const ended = clock.now();
  const events = stream.result();
  const lockDiagnostic = events.diagnostics.find(
    (d) => d.summary === 'Error acquiring the state lock',
  );
  const lockErrorText = lockDiagnostic
    ? diagnosticText(lockDiagnostic)
    : isStateLockError(result.stderr)
      ? result.stderr
      : undefined;
  if (waitingSince !== undefined) lockWaitMs += ended - waitingSince;
  else if (lockErrorText && lockWaitMs === 0) lockWaitMs = ended - started;
  return {
    ...events,
    exitCode: result.exitCode,
    cancelled: result.cancelled,
    stderr: result.stderr,
    durationMs: ended - started,
    lockWaitMs,
    lockErrorText,
  };
}
