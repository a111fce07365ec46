import { annotateApplyDiagnostics } from '../github/apply-annotations.js';
import { lockLine } from '../render/apply-summary.js';
import { applyCancelled } from './apply-cancelled.js';
import type { ApplyContext } from './apply-context.js';
import { classifyApplyFailure } from './apply-failure.js';
import { redactApplyRun } from './apply-redact.js';
import type { ApplyRun } from './apply-run.js';

/**
 * Runs `tofu apply` on the plan file: retried once after a stale lock was released, reported
 * (summary, plan comment, annotations) and thrown as a one-line error when it fails. `redact`
 * takes the plan's sensitive values out of everything shown of the run, the log included; the
 * run returned is the redacted one.
 */
export async function applyWithRetry(
  a: ApplyContext,
  planFile: string,
  redact: (text: string) => string,
): Promise<ApplyRun> {
  const { host, clock, locks, settings } = a;
  const env = settings.environment;
  const { runApply } = await import('./apply-run.js');
  for (;;) {
    if (host.cancellation.aborted) {
      await a.report.failed(undefined, 'The job was cancelled before tofu apply started.');
      throw applyCancelled(env, 'the apply');
    }
    const run = await host.group(`tofu apply (${env})`, () =>
      runApply({
        binary: settings.binary,
        cwd: settings.workingDirectory,
        host,
        clock,
        planFile,
        lockTimeoutMs: locks.timeoutMs,
        journal: a.journal,
        redact,
      }),
    );
    const result = redactApplyRun(run, redact);
    locks.waitedMs += result.lockWaitMs;
    if (result.cancelled) {
      await a.report.failed(
        result,
        'The job was cancelled; tofu was interrupted and stopped cleanly.',
      );
      throw applyCancelled(env, 'tofu apply');
    }
    if (result.exitCode === 0) return result;
    // The lock's holder is read from tofu's own words, not from the redacted ones.
    if (run.lockErrorText) {
      if (await locks.handle(run.lockErrorText)) continue;
      const info = locks.lock?.info;
      const line = info ? lockLine(info, clock.now()) : 'The state is locked.';
      await a.report.failed(result, redact(line));
      throw locks.failure(locks.describe());
    }
    annotateApplyDiagnostics(host, result.diagnostics, settings.workingDirectoryRelative);
    const failure = classifyApplyFailure(result, env);
    await a.report.failed(result, failure.line);
    throw failure.error;
  }
}
