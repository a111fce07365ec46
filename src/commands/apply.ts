import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { renderApplyStatus, type ApplyStatusInput } from '../render/apply-status.js';
import { lockLine, renderApplySummary, type ApplySummaryInput } from '../render/apply-summary.js';
import type { EnvironmentStatus } from '../github/marker.js';
import type { GitHubClient } from '../github/rest.js';
import type { ReviewedComment, ReviewedPlanLookup } from '../github/reviewed-plan.js';
import type { ObservedLock } from '../aws/lock-inspect.js';
import type { ApplyRun } from '../tofu/apply-run.js';
import type { ChangeCounts, TofuDiagnostic } from '../tofu/apply-stream.js';
import { readBackendConfig } from '../tofu/backend-config.js';
import { decodeChangeSet } from '../tofu/change-set-codec.js';
import { tofuWords } from '../tofu/error-text.js';
import {
  changeSet,
  diffChangeSets,
  fingerprintOf,
  formatChangeSetDiff,
  type ChangeSet,
} from '../tofu/fingerprint.js';
import {
  isStateLockError,
  operationName,
  parseLockError,
  type StateLockInfo,
} from '../tofu/lock-error.js';
import { decideStaleRelease, forceUnlock, isOwnLock } from '../tofu/lock-release.js';
import { planFiles } from '../tofu/plan-files.js';
import { initArgs, runPlan } from '../tofu/plan-pipeline.js';
import { planModelFromJson } from '../tofu/plan-model.js';
import { runTofu } from '../tofu/run-tofu.js';
import { readTofuSettings, resolveTofuBinary, type TofuSettings } from '../tofu/settings.js';
import { firstError } from '../tofu/text-diagnostics.js';
import { formatDuration } from '../util/duration.js';
import { ConfigurationError, errorMessage, invalidInput } from '../util/errors.js';
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
} as const;

interface Apply {
  ctx: CommandContext;
  settings: TofuSettings;
  lockTimeoutMs: number;
  unlockStaleAfterMs: number | undefined;
  lockWaitMs: number;
  /** One stale lock is released and the step retried at most once per run: what was done. */
  released: string | undefined;
  lock: { info: StateLockInfo | undefined; text: string } | undefined;
  client: GitHubClient | undefined;
  comments: ReviewedComment[];
}

interface Prepared {
  planFile: string;
  json: unknown;
  hasChanges: boolean;
}

export async function run(ctx: CommandContext): Promise<void> {
  const { host, inputs, github, clock } = ctx;
  const settings = readTofuSettings(inputs, host);
  settings.binary = await resolveTofuBinary(ctx, settings);
  const planFileInput = inputs.string('plan-file');
  const planFilePath = planFileInput
    ? resolvePlanFile(planFileInput, host.workspace, settings)
    : undefined;
  const planArgs = inputs.lines('plan-args');
  const defaultBranchPush =
    github.eventName === 'push' &&
    !!github.defaultBranch &&
    github.ref === `refs/heads/${github.defaultBranch}`;
  const checkReviewed = inputs.bool('check-reviewed-plan', true);
  const requireReviewed = inputs.bool('require-reviewed-plan', defaultBranchPush);
  const reviewedPlanJson = inputs.string('reviewed-plan-json');
  const unlockStaleAfterMs = inputs.duration('unlock-stale-after');
  const token = inputs.string('github-token');
  if (token) host.setSecret(token);

  host.saveState(STATE.startedAt, String(clock.now()));
  host.saveState(STATE.host, hostname());
  host.saveState(STATE.dir, settings.workingDirectory);
  host.saveState(STATE.binary, settings.binary);
  host.saveState(STATE.backendConfig, JSON.stringify(settings.backendConfig));

  const a: Apply = {
    ctx,
    settings,
    lockTimeoutMs: settings.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS,
    unlockStaleAfterMs,
    lockWaitMs: 0,
    released: undefined,
    lock: undefined,
    client: await githubClient(ctx, token),
    comments: [],
  };
  let counts: ChangeCounts | undefined;
  let applied = false;
  try {
    // The reviewed plan is looked up first: a refusal costs no plan, and a lock met while
    // planning can already be reported on the pull request.
    const review = checkReviewed
      ? await findReview(a, { requireReviewed, defaultBranchPush })
      : undefined;
    if (!checkReviewed) {
      host.warning(
        'check-reviewed-plan is false: applying without comparing with the plan reviewed on the pull request.',
      );
    }
    const prepared = planFilePath
      ? await showSavedPlan(a, planFileInput as string, planFilePath)
      : await replan(a, planArgs);
    // Applying nothing is safe whatever was reviewed (e.g. a re-run after a successful apply).
    if (review && prepared.hasChanges) await guard(a, prepared, review, reviewedPlanJson);
    if (!prepared.hasChanges) {
      const reviewedSame =
        !review || fingerprintOf(changeSet(prepared.json)) === review.fingerprint;
      host.info(`No changes in ${settings.environment}: nothing to apply.`);
      if (!reviewedSame) {
        host.notice(
          `The plan of ${settings.environment} has no changes, unlike the plan reviewed on pull request #${review.pr.number} (${review.fingerprint}): it was applied already, or the infrastructure already matches. Nothing was applied, and the plan comment was left as it is.`,
        );
      }
      counts = { add: 0, change: 0, destroy: 0, import: 0, forget: 0 };
      await host.appendSummary(
        renderApplySummary({
          environment: settings.environment,
          outcome: 'no-changes',
          resources: [],
          counts,
        }),
      );
      if (reviewedSame) {
        await setCommentStatus(a, 'applied', {
          state: 'applied',
          environment: settings.environment,
          runUrl: github.runUrl,
          counts,
        });
      }
      return;
    }
    await setCommentStatus(a, 'applying', {
      state: 'applying',
      environment: settings.environment,
      runUrl: github.runUrl,
      sha: github.sha,
    });
    const result = await applyPlan(a, prepared.planFile);
    counts = result.counts;
    applied = true;
    const outputs = result.outputs ?? {};
    await host.appendSummary(
      renderApplySummary({
        environment: settings.environment,
        outcome: 'applied',
        resources: result.resources,
        counts,
        outputs,
        durationMs: result.durationMs,
        ...(a.released ? { released: a.released } : {}),
      }),
    );
    await setCommentStatus(a, 'applied', {
      state: 'applied',
      environment: settings.environment,
      runUrl: github.runUrl,
      ...(counts ? { counts } : {}),
      outputs,
    });
    host.info(
      `Applied ${settings.environment}${counts ? `: ${counts.add} added, ${counts.change} changed, ${counts.destroy} destroyed` : ''}.`,
    );
  } finally {
    host.setOutput('applied', String(applied));
    host.setOutput('add', String(counts?.add ?? 0));
    host.setOutput('change', String(counts?.change ?? 0));
    host.setOutput('destroy', String(counts?.destroy ?? 0));
    host.setOutput('lock-wait-seconds', String(Math.round(a.lockWaitMs / 1000)));
    // After a cancel the post step looks for a lock this run left behind.
    if (!host.cancellation.aborted) host.saveState(STATE.finished, 'true');
  }
}

function resolvePlanFile(input: string, workspace: string, settings: TofuSettings): string {
  const candidates = isAbsolute(input)
    ? [input]
    : [resolve(workspace, input), resolve(settings.workingDirectory, input)];
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw invalidInput(
      'plan-file',
      input,
      `no such file (looked in ${[...new Set(candidates)].join(' and ')}); leave plan-file empty to re-plan`,
    );
  }
  return found;
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
    onRetry: (r) =>
      ctx.host.debug(`GitHub ${r.method} ${r.path}: ${r.reason}, retry in ${r.delayMs} ms`),
  });
}

// ---------------------------------------------------------------- the plan to apply

async function tofuStep(a: Apply, title: string, args: string[], stream = true) {
  const { host } = a.ctx;
  return host.group(title, () =>
    runTofu({ binary: a.settings.binary, args, cwd: a.settings.workingDirectory, host, stream }),
  );
}

function cancelled(a: Apply, what: string): ConfigurationError {
  return new ConfigurationError(
    `The job was cancelled during ${what} in ${a.settings.environment}; tofu was interrupted and asked to stop cleanly.`,
  );
}

async function showSavedPlan(a: Apply, input: string, path: string): Promise<Prepared> {
  const env = a.settings.environment;
  const init = await tofuStep(a, `tofu init (${env})`, initArgs(a.settings, { backend: true }));
  if (init.cancelled) throw cancelled(a, 'tofu init');
  if (init.exitCode !== 0) {
    throw new ConfigurationError(
      `tofu init failed in ${a.settings.workingDirectoryRelative}: ${firstError(init.stderr) ?? tofuWords(init.stderr || init.stdout, 400)}`,
    );
  }
  const show = await tofuStep(a, `tofu show -json (${env})`, ['show', '-json', path], false);
  if (show.cancelled) throw cancelled(a, 'tofu show');
  const json = show.exitCode === 0 ? parseJson(show.stdout) : undefined;
  const isPlan =
    !!json && typeof json === 'object' && ('resource_changes' in json || 'planned_values' in json);
  if (!isPlan) {
    const words =
      show.exitCode !== 0 ? `: ${firstError(show.stderr) ?? tofuWords(show.stderr, 300)}` : '';
    throw invalidInput(
      'plan-file',
      input,
      `not a saved plan that tofu can read${words}. A re-plan is needed: pass the plan-file of a fresh plan, or leave plan-file empty to re-plan here`,
    );
  }
  const model = planModelFromJson(json, `tofu show -json ${input}`);
  return { planFile: path, json, hasChanges: model.hasChanges };
}

async function replan(a: Apply, extraArgs: readonly string[]): Promise<Prepared> {
  const { host } = a.ctx;
  const files = planFiles(host, a.settings.environment);
  for (;;) {
    const outcome = await runPlan(a.settings, host, files, extraArgs, a.lockTimeoutMs);
    if (outcome.cancelled) throw cancelled(a, `tofu ${outcome.failedStep ?? 'plan'}`);
    if (outcome.outcome !== 'failed') {
      const json = parseJson(outcome.planJson ?? '');
      if (!json) throw new Error('tofu show -json printed no JSON');
      return { planFile: files.planFile, json, hasChanges: outcome.outcome === 'changes' };
    }
    const lockText = lockErrorIn(outcome.stderr);
    if (lockText && (await handleLock(a, lockText))) continue;
    if (lockText) throw await lockFailure(a);
    throw new ConfigurationError(
      `tofu ${outcome.failedStep ?? 'plan'} failed in ${a.settings.workingDirectoryRelative}, nothing was applied: ${firstError(outcome.stderr) ?? tofuWords(outcome.stderr, 400)}`,
    );
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function lockErrorIn(text: string): string | undefined {
  return isStateLockError(text) ? text : undefined;
}

// ---------------------------------------------------------------- the reviewed-plan guard

type FoundReview = Extract<ReviewedPlanLookup, { kind: 'found' }>;

/** The reviewed plan of this environment; undefined when there is none and none is required. */
async function findReview(
  a: Apply,
  options: { requireReviewed: boolean; defaultBranchPush: boolean },
): Promise<FoundReview | undefined> {
  const { host, github } = a.ctx;
  const env = a.settings.environment;
  let lookup: ReviewedPlanLookup;
  if (!a.client) {
    lookup = {
      kind: 'no-pr',
      reason: !github.owner ? 'GITHUB_REPOSITORY is not set' : 'no github-token was given',
    };
  } else {
    const { findReviewedPlan } = await import('../github/reviewed-plan.js');
    try {
      lookup = await findReviewedPlan(a.client, {
        sha: github.sha,
        pullRequest: github.pullRequest?.number,
        environment: env,
      });
    } catch (error) {
      lookup = { kind: 'no-pr', reason: `the GitHub API failed: ${errorMessage(error)}` };
    }
  }
  if (lookup.kind !== 'no-pr') {
    a.comments = lookup.comments;
  }
  if (lookup.kind === 'found') {
    host.info(
      `Reviewed plan of ${env}: ${lookup.fingerprint}, from pull request #${lookup.pr.number} (${lookup.comment.url}).`,
    );
    return lookup;
  }
  const why = `No reviewed plan to compare with: ${lookup.reason}`;
  if (options.requireReviewed) {
    await host.appendSummary(
      renderApplySummary({
        environment: env,
        outcome: 'failed',
        resources: [],
        counts: undefined,
        firstError: `${why}. Nothing was applied.`,
      }),
    );
    throw new ConfigurationError(
      `${why}. Nothing was applied, because require-reviewed-plan is true${options.defaultBranchPush ? ' (the default on a push to the default branch)' : ''}; set it to false to apply without a reviewed plan.`,
    );
  }
  host.warning(`${why}. Applying anyway: require-reviewed-plan is false.`);
  return undefined;
}

async function guard(
  a: Apply,
  prepared: Prepared,
  lookup: FoundReview,
  reviewedPlanJson: string | undefined,
): Promise<void> {
  const { host, github } = a.ctx;
  const env = a.settings.environment;
  const current = changeSet(prepared.json);
  const fingerprint = fingerprintOf(current);
  host.info(`Plan fingerprint of ${env}: ${fingerprint}`);
  if (lookup.fingerprint === fingerprint) {
    host.info(
      `The plan matches the plan reviewed on pull request #${lookup.pr.number} (${lookup.comment.url}).`,
    );
    return;
  }

  const differences = describeDifferences(a, current, lookup, reviewedPlanJson);
  for (const line of differences) host.info(line);
  await host.appendSummary(
    renderApplySummary({
      environment: env,
      outcome: 'plan-changed',
      resources: [],
      counts: undefined,
      detail: [
        `Reviewed on [#${lookup.pr.number}](${lookup.pr.url}): \`${lookup.fingerprint}\`; now: \`${fingerprint}\`.`,
        '',
        '```diff',
        ...differences,
        '```',
      ].join('\n'),
    }),
  );
  await setCommentStatus(a, 'plan-changed', {
    state: 'plan-changed',
    environment: env,
    runUrl: github.runUrl,
    differences,
  });
  throw new ConfigurationError(
    `The plan of ${env} changed since it was reviewed on pull request #${lookup.pr.number} (reviewed ${lookup.fingerprint}, now ${fingerprint}); nothing was applied. ${differences.length} line(s) of differences are in the log and the step summary; re-plan on a new pull request to review the change.`,
  );
}

const EMPTY: ChangeSet = { version: 1, resources: [], outputs: [] };

/** The reviewed change set: from reviewed-plan-json, else from the comment marker. */
function describeDifferences(
  a: Apply,
  current: ChangeSet,
  lookup: FoundReview,
  reviewedPlanJson: string | undefined,
): string[] {
  const { host } = a.ctx;
  const reviewedFingerprint = lookup.fingerprint;
  const diff = (reviewed: ChangeSet) => {
    const lines = formatChangeSetDiff(diffChangeSets(reviewed, current));
    return lines.length ? lines : ['(the change sets differ only in ways the diff does not show)'];
  };
  if (reviewedPlanJson) {
    const path = isAbsolute(reviewedPlanJson)
      ? reviewedPlanJson
      : resolve(host.workspace, reviewedPlanJson);
    const json = existsSync(path) ? parseJson(readFileSync(path, 'utf8')) : undefined;
    if (!json) {
      host.warning(
        `reviewed-plan-json ${reviewedPlanJson} is not a readable plan JSON file; no full diff.`,
      );
    } else {
      const reviewed = changeSet(json);
      const reviewedFp = fingerprintOf(reviewed);
      if (reviewedFp === reviewedFingerprint) return diff(reviewed);
      host.warning(
        `reviewed-plan-json ${reviewedPlanJson} is not the reviewed plan (its fingerprint is ${reviewedFp}); no full diff.`,
      );
    }
  } else if (lookup.changes) {
    const reviewed = decodeChangeSet(lookup.changes);
    // Only a change set that hashes to the reviewed fingerprint is shown as the reviewed one.
    if (reviewed && fingerprintOf(reviewed) === reviewedFingerprint) return diff(reviewed);
    host.warning(
      `The change set in the plan comment ${lookup.comment.url} is not the reviewed plan's; no full diff.`,
    );
  }
  const now = formatChangeSetDiff(diffChangeSets(EMPTY, current)).map((l) =>
    l.replace(/: not in the reviewed plan$/, ''),
  );
  return [
    "# The reviewed change set is not available here: the plan comment does not carry it (too large, or a sensitive value shows in it). Give reviewed-plan-json, the plan job's plan-json-file, for a full diff.",
    '# The plan now would change:',
    ...(now.length ? now : ['  (nothing)']),
  ];
}

// ---------------------------------------------------------------- apply and locks

async function applyPlan(a: Apply, planFile: string): Promise<ApplyRun> {
  const { host, clock } = a.ctx;
  const env = a.settings.environment;
  const { runApply } = await import('../tofu/apply-run.js');
  for (;;) {
    if (host.cancellation.aborted) {
      await failed(a, undefined, 'The job was cancelled before tofu apply started.');
      throw cancelled(a, 'the apply');
    }
    const result = await host.group(`tofu apply (${env})`, () =>
      runApply({
        binary: a.settings.binary,
        cwd: a.settings.workingDirectory,
        host,
        clock,
        planFile,
        lockTimeoutMs: a.lockTimeoutMs,
      }),
    );
    a.lockWaitMs += result.lockWaitMs;
    if (result.cancelled) {
      await failed(a, result, 'The job was cancelled; tofu was interrupted and stopped cleanly.');
      throw cancelled(a, 'tofu apply');
    }
    if (result.exitCode === 0) return result;
    if (result.lockErrorText) {
      if (await handleLock(a, result.lockErrorText)) continue;
      await failed(
        a,
        result,
        a.lock?.info ? lockLine(a.lock.info, clock.now()) : 'The state is locked.',
      );
      throw await lockFailure(a, false);
    }
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    annotate(a, result.diagnostics);
    const text = [
      ...errors.map((d) => `${d.summary} ${d.detail ?? ''}`),
      result.stderr,
      ...result.otherLines,
    ].join('\n');
    if (/Saved plan is stale/.test(text)) {
      await failed(a, result, 'Saved plan is stale: the state changed since the plan was made.');
      throw new ConfigurationError(
        `The saved plan for ${env} is stale (tofu: "Saved plan is stale"): the state changed after it was made, so nothing was applied. A re-plan is needed: run plan again (or leave plan-file empty to re-plan here).`,
      );
    }
    if (/Failed to (load|read) .* plan file|as a plan file|not a valid plan file/i.test(text)) {
      await failed(a, result, 'tofu could not read the saved plan.');
      throw new ConfigurationError(
        `tofu apply could not read the saved plan for ${env}: ${tofuWords(text, 300)}. A re-plan is needed.`,
      );
    }
    const first = errors[0]
      ? `${errors[0].address ? `${errors[0].address}: ` : ''}${errors[0].summary}`
      : (firstError(result.stderr) ??
        (tofuWords(result.stderr, 300) || `tofu apply exited with ${result.exitCode}`));
    await failed(a, result, first);
    throw new ConfigurationError(`tofu apply failed in ${env}: ${first}`);
  }
}

function annotate(a: Apply, diagnostics: readonly TofuDiagnostic[]): void {
  const { host } = a.ctx;
  for (const d of diagnostics) {
    const file = d.range
      ? `${a.settings.workingDirectoryRelative}/${d.range.filename}`.replace(/^\.\//, '')
      : undefined;
    const props = {
      title: d.address ? `${d.address}: ${d.summary}` : d.summary,
      ...(file && d.range
        ? {
            file,
            startLine: d.range.start.line,
            startColumn: d.range.start.column,
            ...(d.range.end ? { endLine: d.range.end.line, endColumn: d.range.end.column } : {}),
          }
        : {}),
    };
    const message = d.detail?.trim() || d.summary;
    if (d.severity === 'error') host.error(message, props);
    else host.warning(message, props);
  }
}

async function failed(a: Apply, result: ApplyRun | undefined, error: string): Promise<void> {
  const { host, clock, github } = a.ctx;
  const summary: ApplySummaryInput = {
    environment: a.settings.environment,
    outcome: a.lock && !result?.resources.length ? 'locked' : 'failed',
    resources: result?.resources ?? [],
    counts: result?.counts,
    ...(a.lock ? { lock: { ...a.lock, now: clock.now() } } : { firstError: error }),
    ...(a.released ? { released: a.released } : {}),
    ...(result ? { durationMs: result.durationMs } : {}),
  };
  await host.appendSummary(renderApplySummary(summary));
  await setCommentStatus(a, 'apply-failed', {
    state: 'apply-failed',
    environment: a.settings.environment,
    runUrl: github.runUrl,
    error,
  });
}

async function lockFailure(a: Apply, report = true): Promise<ConfigurationError> {
  const { clock } = a.ctx;
  const info = a.lock?.info;
  const what = info
    ? lockLine(info, clock.now())
    : `The state is locked (tofu: ${tofuWords(a.lock?.text ?? '', 300)})`;
  if (report) await failed(a, undefined, what);
  const hint =
    a.unlockStaleAfterMs === undefined
      ? ' Wait for the holder to finish, release it with tofu force-unlock, or set unlock-stale-after to release locks older than a threshold.'
      : '';
  return new ConfigurationError(
    `${what}. tofu gave up after lock-timeout ${formatDuration(a.lockTimeoutMs)}; nothing was applied.${hint}`,
  );
}

/** Reports a held lock; releases it when it is stale and confirmed. True: try again once. */
async function handleLock(a: Apply, text: string): Promise<boolean> {
  const { host } = a.ctx;
  const info = parseLockError(text);
  a.lock = { info, text };
  const release = await staleLockToRelease(a, info);
  if (!release) {
    host.error(
      info
        ? `${lockLine(info, a.ctx.clock.now())}.`
        : `The state is locked; tofu said: ${tofuWords(text, 800)}`,
      { title: 'State lock held' },
    );
    return false;
  }
  const { lock, ageMs, threshold } = release;
  host.warning(
    `RELEASING A STALE STATE LOCK: ID ${lock.info.ID}, held by ${lock.info.Who ?? 'unknown'} for ${operationName(lock.info.Operation)} since ${lock.info.Created ?? '?'} (${formatDuration(ageMs)} old, unlock-stale-after is ${formatDuration(threshold)}), confirmed in ${lock.where}. Running tofu force-unlock -force ${lock.info.ID}, then retrying once.`,
    { title: 'Stale state lock released' },
  );
  const unlock = await forceUnlock(
    { binary: a.settings.binary, cwd: a.settings.workingDirectory, host },
    lock.info.ID,
  );
  if (!unlock.ok) {
    host.error(`tofu force-unlock -force ${lock.info.ID} failed: ${unlock.words}`, {
      title: 'Stale lock release failed',
    });
    return false;
  }
  a.released = `Released stale lock ${lock.info.ID} (held by ${lock.info.Who ?? 'unknown'} since ${lock.info.Created ?? '?'}, ${formatDuration(ageMs)} old) and retried.`;
  host.info(`Released state lock ${lock.info.ID}.`);
  return true;
}

/** The lock to release, when unlock-stale-after allows it and the backend confirms it. */
async function staleLockToRelease(
  a: Apply,
  info: StateLockInfo | undefined,
): Promise<{ lock: ObservedLock; ageMs: number; threshold: number } | undefined> {
  const { host, clock } = a.ctx;
  const threshold = a.unlockStaleAfterMs;
  if (threshold === undefined) return undefined;
  if (a.released) {
    host.warning('A stale lock was already released once in this run; not releasing another.');
    return undefined;
  }
  if (!info) {
    host.warning(
      "The lock ID could not be read from tofu's message, so no lock is released (an ID is never guessed).",
    );
    return undefined;
  }
  const backend = readBackendConfig({
    workingDirectory: a.settings.workingDirectory,
    backendConfig: a.settings.backendConfig,
    env: host.env,
  });
  if (backend.kind !== 's3') {
    const why =
      backend.kind === 'other' ? `the ${backend.type} backend cannot be read here` : backend.reason;
    host.warning(
      `Lock ${info.id} is not released: it cannot be confirmed in the backend (${why}).`,
    );
    return undefined;
  }
  const { inspectBackendLocks, hasInspectableLock } = await import('../aws/lock-inspect.js');
  if (!hasInspectableLock(backend.config)) {
    host.warning(
      `Lock ${info.id} is not released: the s3 backend has neither dynamodb_table nor use_lockfile, so the lock cannot be confirmed.`,
    );
    return undefined;
  }
  const inspection = await inspectBackendLocks(backend.config, host.env);
  const decision = decideStaleRelease(info, threshold, clock.now(), inspection);
  if (!decision.release) {
    host.warning(`Lock ${info.id} is not released: ${decision.reason}.`);
    return undefined;
  }
  return { lock: decision.lock, ageMs: decision.ageMs, threshold };
}

// ---------------------------------------------------------------- the PR comment

async function setCommentStatus(
  a: Apply,
  status: EnvironmentStatus,
  input: ApplyStatusInput,
): Promise<void> {
  const { host } = a.ctx;
  if (!a.client || !a.comments.length) return;
  const { withApplyStatus } = await import('../github/apply-status.js');
  const [block, fallback] = renderApplyStatus(input);
  for (const c of a.comments) {
    try {
      const current = await a.client.getIssueComment(c.id);
      const next = withApplyStatus(
        current.body,
        c.key,
        a.settings.environment,
        status,
        block,
        fallback,
      );
      if (next !== undefined && next !== current.body)
        await a.client.updateIssueComment(c.id, next);
    } catch (error) {
      host.warning(`The plan comment ${c.url} could not be updated (${errorMessage(error)}).`);
    }
  }
}

// ---------------------------------------------------------------- post: a lock left behind

export async function post(ctx: CommandContext): Promise<void> {
  const { host } = ctx;
  if (host.getState(STATE.finished) === 'true') {
    host.debug('apply finished; no state lock can be left behind.');
    return;
  }
  const startedAt = Number(host.getState(STATE.startedAt));
  const dir = host.getState(STATE.dir);
  if (!startedAt || !dir) {
    host.debug('apply did not start tofu; nothing to clean up.');
    return;
  }
  const binary = host.getState(STATE.binary) ?? 'tofu';
  const runner = host.getState(STATE.host) ?? hostname();
  const backendConfig = parseJson(host.getState(STATE.backendConfig) ?? '[]');
  const backend = readBackendConfig({
    workingDirectory: dir,
    backendConfig: Array.isArray(backendConfig) ? backendConfig.map(String) : [],
    env: host.env,
  });
  const { inspectBackendLocks, hasInspectableLock } = await import('../aws/lock-inspect.js');
  if (backend.kind !== 's3' || !hasInspectableLock(backend.config)) {
    const why =
      backend.kind === 's3'
        ? 'the s3 backend has neither dynamodb_table nor use_lockfile'
        : backend.kind === 'other'
          ? `the ${backend.type} backend cannot be read here`
          : backend.reason;
    host.warning(
      `The apply did not finish; a state lock it held may be left behind, and it cannot be checked here (${why}). Check the backend and use tofu force-unlock if needed.`,
    );
    return;
  }
  const inspection = await inspectBackendLocks(backend.config, host.env);
  for (const e of inspection.errors)
    host.warning(`Could not check for a state lock left behind: ${e}`);
  const own = inspection.locks.filter((l) => isOwnLock(l, runner, startedAt));
  for (const other of inspection.locks.filter((l) => !own.includes(l))) {
    host.warning(
      `A state lock is held in ${other.where} by ${other.info.Who ?? 'unknown'} (${other.info.Operation ?? '?'}, since ${other.info.Created ?? '?'}, ID ${other.info.ID}). It is not this run's (runner ${runner}, started ${new Date(startedAt).toISOString()}), so it is left alone.`,
    );
  }
  if (!inspection.locks.length && !inspection.errors.length) {
    host.info(
      `The apply did not finish, but it left no state lock behind (checked ${inspection.checked.join(', ')}).`,
    );
    return;
  }
  const failures: string[] = [];
  for (const id of [...new Set(own.map((l) => l.info.ID))]) {
    const lock = own.find((l) => l.info.ID === id)!;
    host.warning(
      `RELEASING THIS RUN'S STATE LOCK: the apply was stopped while holding lock ${id} in ${lock.where} (Who ${lock.info.Who}, created ${lock.info.Created}, after this job started on ${runner}). Running tofu force-unlock -force ${id}.`,
      { title: 'State lock left by this run released' },
    );
    const result = await forceUnlock({ binary, cwd: dir, host }, id);
    if (result.ok) host.info(`Released state lock ${id}.`);
    else failures.push(`tofu force-unlock -force ${id} failed: ${result.words}`);
  }
  if (failures.length) throw new ConfigurationError(failures.join('; '));
}
