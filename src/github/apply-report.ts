import { renderApplySummary, type ApplySummaryInput } from '../render/apply-summary.js';
import type { ApplyRun } from '../tofu/apply-run.js';
import type { ChangeCounts } from '../tofu/apply-stream.js';
import { changeSet } from '../tofu/change-set.js';
import { fingerprintOf } from '../tofu/fingerprint.js';
import type { HeldLock } from '../tofu/state-lock-handler.js';
import type { Clock, Host } from './host.js';
import type { PlanCommentStatus } from './plan-comment-status.js';
import type { FoundReview } from './reviewed-plan-guard.js';

const NO_CHANGES: ChangeCounts = { add: 0, change: 0, destroy: 0, import: 0, forget: 0 };

/**
 * How `apply` ends, told in the step summary, the log and the plan comment: applied, nothing to
 * apply, or failed (with the held lock when that is why).
 */
export class ApplyReport {
  constructor(
    private readonly host: Host,
    private readonly clock: Clock,
    private readonly environment: string,
    private readonly runUrl: string | undefined,
    private readonly comment: PlanCommentStatus,
    private readonly locks: {
      readonly lock: HeldLock | undefined;
      readonly released: string | undefined;
    },
  ) {}

  /** The plan has no changes: applied already when it is the reviewed one, else only a notice. */
  async noChanges(planJson: unknown, review: FoundReview | undefined): Promise<ChangeCounts> {
    const { host, environment } = this;
    const reviewedSame = !review || fingerprintOf(changeSet(planJson)) === review.fingerprint;
    host.info(`No changes in ${environment}: nothing to apply.`);
    if (!reviewedSame) {
      host.notice(
        `The plan of ${environment} has no changes, unlike the plan reviewed on pull request #${review.pr.number} (${review.fingerprint}): it was applied already, or the infrastructure already matches. Nothing was applied, and the plan comment was left as it is.`,
      );
    }
    const counts = { ...NO_CHANGES };
    await host.appendSummary(
      renderApplySummary({ environment, outcome: 'no-changes', resources: [], counts }),
    );
    if (reviewedSame) {
      await this.comment.set({ state: 'applied', environment, runUrl: this.runUrl, counts });
    }
    return counts;
  }

  async applying(sha: string | undefined): Promise<void> {
    await this.comment.set({
      state: 'applying',
      environment: this.environment,
      runUrl: this.runUrl,
      sha,
    });
  }

  async applied(result: ApplyRun): Promise<void> {
    const { host, environment } = this;
    const counts = result.counts;
    const outputs = result.outputs ?? {};
    await host.appendSummary(
      renderApplySummary({
        environment,
        outcome: 'applied',
        resources: result.resources,
        counts,
        outputs,
        durationMs: result.durationMs,
        ...(this.locks.released ? { released: this.locks.released } : {}),
      }),
    );
    await this.comment.set({
      state: 'applied',
      environment,
      runUrl: this.runUrl,
      ...(counts ? { counts } : {}),
      outputs,
    });
    host.info(
      `Applied ${environment}${counts ? `: ${counts.add} added, ${counts.change} changed, ${counts.destroy} destroyed` : ''}.`,
    );
  }

  async failed(result: ApplyRun | undefined, error: string): Promise<void> {
    const { lock, released } = this.locks;
    const summary: ApplySummaryInput = {
      environment: this.environment,
      outcome: lock && !result?.resources.length ? 'locked' : 'failed',
      resources: result?.resources ?? [],
      counts: result?.counts,
      ...(lock ? { lock: { ...lock, now: this.clock.now() } } : { firstError: error }),
      ...(released ? { released } : {}),
      ...(result ? { durationMs: result.durationMs } : {}),
    };
    await this.host.appendSummary(renderApplySummary(summary));
    await this.comment.set({
      state: 'apply-failed',
      environment: this.environment,
      runUrl: this.runUrl,
      error,
    });
  }
}
