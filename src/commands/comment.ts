import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { aggregateCommentKey } from '../github/comment-keys.js';
import { isOutdatedRun } from '../github/outdated-run.js';
import { pullRequestInReach, type PullRequestTarget } from '../github/pull-request-target.js';
import type { MarkerData } from '../github/marker.js';
import { PLAN_LABELS, wantedPlanLabels } from '../github/plan-labels.js';
import type { GitHubClient } from '../github/rest.js';
import type { StickyComment } from '../github/sticky-comment.js';
import { renderAggregateComment, type AggregateEnvironment } from '../render/aggregate-comment.js';
import { renderPlanSection } from '../render/plan-section.js';
import { planVerdict } from '../render/plan-verdict.js';
import { readPlanResult, type PlanResult } from '../tofu/plan-result.js';
import { encodeChangeSet } from '../tofu/change-set-codec.js';
import { ConfigurationError, errorMessage } from '../util/errors.js';
import type { CommandContext } from './command.js';

/** Characters of the step summary (at most 3 UTF-8 bytes each, under GitHub's 1 MiB). */
const SUMMARY_CHARS = 300_000;

/** The pull request, and the marked comments found on it (listed once, used twice). */
type CommentTarget = PullRequestTarget & { existing?: StickyComment[] };

/**
 * Aggregates the result files of several `plan` runs (one per environment) into one sticky
 * pull-request comment, and optionally labels the pull request by what the plans do.
 */
export async function run(ctx: CommandContext): Promise<void> {
  const { host, inputs, github } = ctx;
  const pattern = inputs.required('results');
  const labels = inputs.bool('labels', false);
  const files = await findResultFiles(pattern, host.workspace);
  if (files.length === 0) {
    throw new ConfigurationError(
      `Input 'results' is ${JSON.stringify(pattern)}: no file matches it under ${host.workspace}. Point it at the result files of plan (its result-file output), e.g. plan-results/**/result.json.`,
    );
  }
  const results = newestPerEnvironment(
    files.map((file) => ({ file, result: readPlanResult(file) })),
    (message) => host.warning(message),
  );
  host.info(
    `Aggregating ${results.length} plan result(s): ${results.map((r) => r.environment).join(', ')}`,
  );

  const key = aggregateCommentKey(github.workflow);
  const target: CommentTarget | undefined = await pullRequestInReach(ctx, 'the plans are');
  let previous: MarkerData | undefined;
  if (target) {
    try {
      const { findStickyComments } = await import('../github/sticky-comment.js');
      target.existing = await findStickyComments(target.client, target.pr, key);
      // Only the trusted comment this run would update: its environments are carried forward.
      previous = target.existing[0]?.marker;
    } catch (error) {
      cannotWrite(ctx, target.pr, error);
      return finish(ctx, results, key, undefined, undefined, false);
    }
    if (await isOutdatedRun(ctx, target, previous)) {
      return finish(ctx, results, key, previous, undefined, false);
    }
  }
  await finish(ctx, results, key, previous, target, labels);
}

async function finish(
  ctx: CommandContext,
  results: readonly PlanResult[],
  key: string,
  previous: MarkerData | undefined,
  target: CommentTarget | undefined,
  labels: boolean,
): Promise<void> {
  const { host, github } = ctx;
  const planned = new Set(results.map((r) => r.environment));
  const environments: AggregateEnvironment[] = results.map(toAggregate);
  for (const [environment, entry] of Object.entries(previous?.environments ?? {})) {
    if (planned.has(environment)) continue;
    const { fingerprint, at } = entry;
    environments.push({
      environment,
      status: 'not-planned',
      ...(fingerprint === undefined ? {} : { fingerprint }),
      ...(at === undefined ? {} : { at }),
    });
  }
  const sha = github.pullRequest?.headSha ?? github.sha;
  const input = {
    key,
    environments,
    ...(sha ? { sha } : {}),
    ...(github.runUrl ? { runUrl: github.runUrl } : {}),
  };
  const body = renderAggregateComment(input);
  // The step summary holds 1 MiB: there the table and the plans are cut much later.
  await host.appendSummary(renderAggregateComment({ ...input, limit: SUMMARY_CHARS }));
  await host.showComment(() => body);
  host.setOutput(
    'has-changes',
    String(results.some((r) => r.status === 'planned' && r.hasChanges)),
  );

  let url = '';
  if (target) {
    try {
      const { upsertStickyComment } = await import('../github/sticky-comment.js');
      const outcome = await upsertStickyComment(target.client, {
        issueNumber: target.pr,
        key,
        body,
        ...(target.existing ? { existing: target.existing } : {}),
      });
      url = outcome.url;
      host.info(`Plan comment ${outcome.action} on pull request #${target.pr}: ${outcome.url}`);
    } catch (error) {
      cannotWrite(ctx, target.pr, error);
    }
    if (labels && url) {
      try {
        await applyLabels(ctx, target, results);
      } catch (error) {
        labelsNotChanged(ctx, target.pr, error);
      }
    }
  } else if (labels) {
    host.info('No pull request in reach: labels were not changed.');
  }
  host.setOutput('comment-url', url);
}

async function applyLabels(
  ctx: CommandContext,
  target: { client: GitHubClient; pr: number },
  results: readonly PlanResult[],
): Promise<void> {
  const { syncLabels } = await import('../github/labels.js');
  const wanted = wantedPlanLabels(
    results.map((r) => ({
      status: r.status,
      hasChanges: r.hasChanges,
      destroy: r.model?.counts.destroy ?? 0,
      replace: r.model?.counts.replace ?? 0,
    })),
  );
  const { added, removed } = await syncLabels(
    target.client,
    target.pr,
    wanted,
    Object.keys(PLAN_LABELS),
    PLAN_LABELS,
  );
  ctx.host.info(
    `Labels on #${target.pr}: ${wanted.join(', ') || 'none'}` +
      (added.length ? `; added ${added.join(', ')}` : '') +
      (removed.length ? `; removed ${removed.join(', ')}` : ''),
  );
}

function toAggregate(result: PlanResult): AggregateEnvironment {
  const { environment, model, planText } = result;
  const env: AggregateEnvironment = {
    environment,
    status: result.status,
    hasChanges: result.hasChanges,
  };
  if (result.fingerprint) env.fingerprint = result.fingerprint;
  if (result.createdAt) env.at = result.createdAt;
  const changes = result.changeSet && encodeChangeSet(result.changeSet);
  if (changes) env.changes = changes;
  if (result.failedStep) env.failedStep = result.failedStep;
  if (result.error) env.error = result.error;
  if (model) {
    const c = model.counts;
    env.counts = {
      add: c.add,
      change: c.change,
      destroy: c.destroy,
      replace: c.replace,
      import: c.import,
      forget: c.forget,
      move: c.move,
    };
  }
  if (result.status === 'planned' && model) env.verdict = planVerdict(model);
  const error =
    result.status === 'failed'
      ? `${result.failedStep ? `tofu ${result.failedStep}: ` : ''}${result.error ?? 'the plan failed'}`
      : undefined;
  env.section = (budget: number) =>
    renderPlanSection({
      environment,
      ...(result.status === 'planned'
        ? { model }
        : model
          ? { model: { ...model, errored: true } }
          : {}),
      planText,
      budget,
      ...(error ? { error } : {}),
      fullPlanNote: 'The whole plan is in the job summary of its plan step.',
    });
  return env;
}

/** Two results for one environment (a re-run's artifacts next to the first's): the newest wins. */
function newestPerEnvironment(
  found: readonly { file: string; result: PlanResult }[],
  warn: (message: string) => void,
): PlanResult[] {
  const byEnvironment = new Map<string, { file: string; result: PlanResult }>();
  for (const entry of found) {
    const other = byEnvironment.get(entry.result.environment);
    if (!other) {
      byEnvironment.set(entry.result.environment, entry);
      continue;
    }
    const newer = (entry.result.createdAt ?? '') >= (other.result.createdAt ?? '') ? entry : other;
    const older = newer === entry ? other : entry;
    warn(
      `Two results for environment ${entry.result.environment}: using ${newer.file} (newer) and ignoring ${older.file}.`,
    );
    byEnvironment.set(entry.result.environment, newer);
  }
  return [...byEnvironment.values()].map((e) => e.result);
}

/** The newline-separated glob patterns, relative ones under the workspace; a directory means its result.json files. */
async function findResultFiles(pattern: string, workspace: string): Promise<string[]> {
  const lines = pattern
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const negate = line.startsWith('!');
      let path = negate ? line.slice(1) : line;
      if (!isAbsolute(path)) path = join(workspace, path);
      if (!negate && existsSync(path) && statSync(path).isDirectory())
        path = join(path, '**', 'result.json');
      return negate ? `!${path}` : path;
    });
  const { create } = await import('@actions/glob');
  const globber = await create(lines.join('\n'), {
    matchDirectories: false,
    implicitDescendants: false,
  });
  return (await globber.glob()).sort();
}

/** The comment is posted; only the labels failed (creating a label needs issues: write). */
function labelsNotChanged(ctx: CommandContext, pr: number, error: unknown): void {
  const status = (error as { status?: unknown }).status;
  ctx.host.warning(
    status === 403
      ? `The labels of pull request #${pr} were not changed: ${errorMessage(error)}. Creating the tofu:* labels needs issues: write in the job's permissions (or create them in the repository once).`
      : `The labels of pull request #${pr} were not changed: ${errorMessage(error)}.`,
  );
}

function cannotWrite(ctx: CommandContext, pr: number, error: unknown): void {
  const status = (error as { status?: unknown }).status;
  if (status === 403 || status === 404) {
    ctx.host.warning(
      `The token cannot write to pull request #${pr} (HTTP ${status}: a pull request from a fork, or a token without pull-requests: write): the plans are in the step summary.`,
    );
  } else {
    ctx.host.warning(
      `The plan comment could not be posted (${errorMessage(error)}): the plans are in the step summary.`,
    );
  }
}
