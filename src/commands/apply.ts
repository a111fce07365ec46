import { hostname } from 'node:os';
import type { Clock, Host } from '../github/host.js';
import { ApplyReport } from '../github/apply-report.js';
import { PlanCommentStatus } from '../github/plan-comment-status.js';
import type { GitHubClient } from '../github/rest.js';
import type { ReviewedComment } from '../github/reviewed-plan.js';
import {
  findReview,
  guardReviewedPlan,
  type FoundReview,
  type ReviewGuardContext,
} from '../github/reviewed-plan-guard.js';
import { applyWithRetry } from '../tofu/apply-attempts.js';
import type { ApplyContext } from '../tofu/apply-context.js';
import type { ChangeCounts } from '../tofu/apply-stream.js';
import { releaseLockLeftBehind } from '../tofu/lock-left-behind.js';
import { maskSensitiveValues } from '../tofu/plan-analysis.js';
import { replan, showSavedPlan } from '../tofu/plan-to-apply.js';
import { createRedactor } from '../tofu/sensitive.js';
import { readTofuSettings, resolveTofuBinary, type TofuSettings } from '../tofu/settings.js';
import { StateLockHandler } from '../tofu/state-lock-handler.js';
import { readJournal, TofuRunJournal } from '../tofu/tofu-run-journal.js';
import { parseJsonOrUndefined } from '../util/parse-json.js';
import { readApplyInputs, type ApplyInputs } from './apply-inputs.js';
import type { CommandContext } from './command.js';

/**
 * `apply`: applies exactly the plan that was reviewed (DESIGN §4), survives held state locks
 * (DESIGN §5), forwards cancellation to tofu, and keeps the PR comment's status current.
 */

const DEFAULT_LOCK_TIMEOUT_MS = 5 * 60_000;
const STATE = {
  startedAt: 'apply-started-at',
  host: 'apply-host',
  dir: 'apply-working-directory',
  binary: 'apply-tofu-binary',
  backendConfig: 'apply-backend-config',
  finished: 'apply-finished',
  tofuRuns: 'apply-tofu-runs',
  environment: 'apply-environment',
  /** The plan comments that say "applying" until the step says how it ended. */
  applyingComments: 'apply-applying-comments',
} as const;

const STOPPED =
  'the apply step was stopped before it finished (the job was cancelled or the runner stopped it); see the run for what tofu did';

export async function run(ctx: CommandContext): Promise<void> {
  const { host, inputs, github, clock } = ctx;
  const settings = readTofuSettings(inputs, host);
  // Every input is checked before tofu is looked for (which may download it).
  const input = readApplyInputs(ctx, settings);
  settings.binary = await resolveTofuBinary(ctx, settings);
  saveStartState(host, clock, settings);

  const env = settings.environment;
  const client = await githubClient(ctx, input.token);
  const comment = new PlanCommentStatus(client, env, host);
  const lockTimeoutMs = settings.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
  const locks = new StateLockHandler(
    settings,
    host,
    clock,
    lockTimeoutMs,
    input.unlockStaleAfterMs,
  );
  const report = new ApplyReport(host, clock, env, github.runUrl, comment, locks);
  const journal = new TofuRunJournal(host, clock, STATE.tofuRuns);
  const a: ApplyContext = { settings, host, clock, locks, report, journal };
  const guard: ReviewGuardContext = { host, github, client, environment: env, comment };
  let counts: ChangeCounts | undefined;
  let applied = false;
  try {
    // The reviewed plan is looked up first: a refusal costs no plan, and a lock met while
    // planning can already be reported on the pull request.
    const review = await reviewToCompare(guard, input);
    const plan = input.planFilePath
      ? await showSavedPlan(a, input.planFileInput as string, input.planFilePath)
      : await replan(a, input.planArgs);
    // Masked before anything of the plan or of tofu apply reaches the log, as `plan` does.
    const redact = createRedactor(maskSensitiveValues(plan.json, (v) => host.setSecret(v)));
    // Applying nothing is safe whatever was reviewed (e.g. a re-run after a successful apply).
    if (review && plan.hasChanges) {
      await guardReviewedPlan(guard, plan.json, review, input.reviewedPlanJson);
    }
    if (!plan.hasChanges) {
      counts = await report.noChanges(plan.json, review);
      return;
    }
    await report.applying(github.sha);
    host.saveState(STATE.applyingComments, JSON.stringify(comment.comments));
    const result = await applyWithRetry(a, plan.planFile, redact);
    counts = result.counts;
    applied = true;
    await report.applied(result);
  } finally {
    host.setOutput('applied', String(applied));
    host.setOutput('add', String(counts?.add ?? 0));
    host.setOutput('change', String(counts?.change ?? 0));
    host.setOutput('destroy', String(counts?.destroy ?? 0));
    host.setOutput('lock-wait-seconds', String(Math.round(locks.waitedMs / 1000)));
    // The comments now say how the apply ended; only a killed step leaves them "applying".
    host.saveState(STATE.applyingComments, '[]');
    // After a cancel the post step looks for a lock this run left behind.
    if (!host.cancellation.aborted) host.saveState(STATE.finished, 'true');
  }
}

async function reviewToCompare(
  guard: ReviewGuardContext,
  input: ApplyInputs,
): Promise<FoundReview | undefined> {
  if (input.checkReviewed) {
    const { requireReviewed, defaultBranchPush } = input;
    return findReview(guard, { requireReviewed, defaultBranchPush });
  }
  guard.host.warning(
    'check-reviewed-plan is false: applying without comparing with the plan reviewed on the pull request.',
  );
  return undefined;
}

/** What the post step needs to find a lock that a cancelled tofu left behind. */
function saveStartState(host: Host, clock: Clock, settings: TofuSettings): void {
  host.saveState(STATE.startedAt, String(clock.now()));
  host.saveState(STATE.host, hostname());
  host.saveState(STATE.dir, settings.workingDirectory);
  host.saveState(STATE.binary, settings.binary);
  host.saveState(STATE.backendConfig, JSON.stringify(settings.backendConfig));
  host.saveState(STATE.environment, settings.environment);
}

async function githubClient(
  ctx: CommandContext,
  token: string | undefined,
): Promise<GitHubClient | undefined> {
  const { github } = ctx;
  if (!token || !github.owner || !github.repo) return undefined;
  const { createGitHubClient } = await import('../github/rest.js');
  return createGitHubClient({
    token,
    apiUrl: github.apiUrl,
    owner: github.owner,
    repo: github.repo,
    // No cancellation signal: a cancelled apply still says so on the pull request.
    sleep: (ms, signal) => ctx.clock.sleep(ms, signal),
    onRetry: (r) =>
      ctx.host.debug(`GitHub ${r.method} ${r.path}: ${r.reason}, retry in ${r.delayMs} ms`),
  });
}

export async function post(ctx: CommandContext): Promise<void> {
  const { host } = ctx;
  if (host.getState(STATE.finished) === 'true') {
    host.debug('apply finished; no state lock can be left behind.');
    return;
  }
  await markCommentsStopped(ctx);
  const startedAt = Number(host.getState(STATE.startedAt));
  const dir = host.getState(STATE.dir);
  if (!startedAt || !dir) {
    host.debug('apply did not start tofu; nothing to clean up.');
    return;
  }
  const backendConfig = parseJsonOrUndefined(host.getState(STATE.backendConfig) ?? '[]');
  await releaseLockLeftBehind(host, ctx.clock, {
    dir,
    startedAt,
    runs: readJournal(host.getState(STATE.tofuRuns)),
    binary: host.getState(STATE.binary) ?? 'tofu',
    runner: host.getState(STATE.host) ?? hostname(),
    backendConfig: Array.isArray(backendConfig) ? backendConfig.map(String) : [],
  });
}

/** A step killed while applying left its plan comments saying "applying": they say so now. */
async function markCommentsStopped(ctx: CommandContext): Promise<void> {
  const { host, inputs, github } = ctx;
  const saved = parseJsonOrUndefined(host.getState(STATE.applyingComments) ?? '[]');
  if (!Array.isArray(saved) || !saved.length) return;
  const token = inputs.string('github-token');
  if (token) host.setSecret(token);
  const environment = host.getState(STATE.environment) ?? 'default';
  const status = new PlanCommentStatus(await githubClient(ctx, token), environment, host);
  status.comments = saved as ReviewedComment[];
  await status.set({ state: 'apply-failed', environment, runUrl: github.runUrl, error: STOPPED });
}
