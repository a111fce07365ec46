import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock, Host } from '../github/host.js';
import { toGoDuration } from '../util/duration.js';
import { ApplyStream, diagnosticText, type ApplyStreamResult } from './apply-stream.js';
import { isStateLockError } from './lock-error.js';
import { redactedLines } from './redacted-lines.js';
import { runTofu } from './run-tofu.js';
import type { TofuRunJournal } from './tofu-run-journal.js';

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
  journal: TofuRunJournal;
  /** Redacts the plan's sensitive values from every line this run writes to the log. */
  redact: (text: string) => string;
}): Promise<ApplyRun> {
  const { host, clock, redact } = options;
  const stderr = redactedLines((text) => host.write(text), redact);
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
      host.info(redact(line));
    }
  };
  const args = applyArgs(options.planFile, options.lockTimeoutMs);
  // Output goes through files, not pipes: if the runner kills this process while tofu is
  // still stopping, tofu is not killed with it and can write state (see GrowingFile).
  const temp = host.env.RUNNER_TEMP || tmpdir();
  mkdirSync(temp, { recursive: true });
  const outputDir = mkdtempSync(join(temp, 'tofu-apply-'));
  const start = (onSpawn: (pid: number) => void) =>
    runTofu({
      binary: options.binary,
      args,
      cwd: options.cwd,
      host,
      captureStdout: false,
      // stdout is the JSON event stream, printed as readable lines; stderr goes to the log.
      onStdout: (chunk) => print(stream.push(chunk)),
      onStderr: (chunk) => stderr.push(chunk),
      outputDir,
      onSpawn,
    });
  const result = await options.journal.run(args, start).finally(() => {
    stderr.end();
    rmSync(outputDir, { recursive: true, force: true });
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
