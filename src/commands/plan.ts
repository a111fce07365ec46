import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { planCommentKey } from '../github/comment-keys.js';
import { formatMarker } from '../github/marker.js';
import { publishComment } from '../github/publish-comment.js';
import { codeSpan } from '../render/markdown.js';
import { renderPlanComment, renderPlanSection, renderPlanSummary } from '../render/plan-comment.js';
import { encodeChangeSet } from '../tofu/change-set-codec.js';
import { analysePlanFile } from '../tofu/plan-analysis.js';
import { readPlanArgs } from '../tofu/plan-args.js';
import { planFiles, type PlanFiles } from '../tofu/plan-files.js';
import type { PlanModel } from '../tofu/plan-model.js';
import { PLAN_RESULT_SCHEMA, writePlanResult, type PlanResult } from '../tofu/plan-result.js';
import { repoPath } from '../tofu/repo-path.js';
import { redact } from '../tofu/sensitive.js';
import { readTofuSettings, resolveTofuBinary } from '../tofu/settings.js';
import { firstPlanError } from '../tofu/plan-text.js';
import { firstError, parseTextDiagnostics } from '../tofu/text-diagnostics.js';
import { ConfigurationError, invalidInput } from '../util/errors.js';
import { once } from '../util/once.js';
import { existingFileInput, pathKind } from '../util/path-input.js';
import type { CommandContext } from './command.js';

/** Characters of a comment's section; GitHub's limit is 65,536 for the whole body. */
const COMMENT_SECTION_BUDGET = 60_000;
/** The step summary may hold 1 MiB; leave room for other steps' summaries. */
const SUMMARY_SECTION_BUDGET = 400_000;

interface Planned {
  environment: string;
  workingDirectory: string;
  files: PlanFiles;
  /** The JSON of `tofu show -json` (the input plan-json, or where tofu wrote it). */
  planJsonFile: string;
  /** Read when it is redacted, so that it is not held while the JSON is parsed. */
  planText: () => string | undefined;
  /** The saved plan file, when tofu ran. */
  planFile: string | undefined;
}

export async function run(ctx: CommandContext): Promise<void> {
  const { host, inputs } = ctx;
  const postComment = inputs.bool('comment', true);
  const planJsonInput = inputs.string('plan-json');
  const planTextInput = inputs.string('plan-text');
  if (planJsonInput === undefined && planTextInput !== undefined) {
    throw invalidInput(
      'plan-text',
      planTextInput,
      'it is the text of the plan given in plan-json, which is not set (without plan-json, plan runs tofu and shows the text itself)',
    );
  }
  const planned = planJsonInput ? readExistingPlan(ctx, planJsonInput) : await planWithTofu(ctx);
  if (!planned) return;

  const source = planJsonInput ? `Input 'plan-json' (${planJsonInput})` : 'tofu show -json';
  // Neither the JSON text nor the plan read from it outlives this line.
  const { model, sensitive, fingerprint, changes } = await analysePlanFile(
    planned.planJsonFile,
    source,
    (value) => host.setSecret(value),
  );
  const text = planned.planText();
  const planText = text === undefined ? undefined : redact(text, sensitive);
  if (planText !== undefined) writeFileSync(planned.files.planTextFile, planText, 'utf8');
  if (changes.set === undefined)
    host.debug(`The change set is not kept in the comment marker (${changes.reason}).`);

  const result: PlanResult = {
    schema: PLAN_RESULT_SCHEMA,
    environment: planned.environment,
    workingDirectory: planned.workingDirectory,
    status: model.errored ? 'failed' : 'planned',
    hasChanges: model.hasChanges,
    fingerprint,
    ...(changes.set !== undefined ? { changeSet: changes.set } : {}),
    model,
    ...(planText === undefined ? {} : { planText: resultExcerpt(planText) }),
    ...(model.errored
      ? { error: 'The plan is marked errored: tofu stopped before planning every change.' }
      : {}),
    ...runInfo(ctx),
    createdAt: new Date(ctx.clock.now()).toISOString(),
  };
  await report(ctx, result, model, planText, postComment);
  writeOutputs(ctx, result, model, planned);
  if (model.errored)
    throw new ConfigurationError(
      `The plan of ${planned.environment} is errored; see the annotations and the plan text.`,
    );
}

function readExistingPlan(ctx: CommandContext, planJsonInput: string): Planned {
  const { host, inputs } = ctx;
  const jsonPath = existingFileInput('plan-json', planJsonInput, host.workspace);
  const textInput = inputs.string('plan-text');
  const textPath =
    textInput === undefined ? undefined : existingFileInput('plan-text', textInput, host.workspace);
  const dirInput = inputs.string('working-directory');
  if (dirInput !== undefined) {
    if (pathKind(resolve(host.workspace, dirInput)) !== 'directory')
      throw invalidInput(
        'working-directory',
        dirInput,
        `no such directory under ${host.workspace}`,
      );
  }
  const environment =
    inputs.string('environment') ??
    (dirInput ? basename(resolve(host.workspace, dirInput)) : 'default');
  return {
    environment,
    workingDirectory: dirInput ?? '.',
    files: planFiles(host, environment),
    planJsonFile: jsonPath,
    planText: () => (textPath === undefined ? undefined : readFileSync(textPath, 'utf8')),
    planFile: undefined,
  };
}

async function planWithTofu(ctx: CommandContext): Promise<Planned | undefined> {
  const { host, inputs } = ctx;
  const settings = readTofuSettings(inputs, host);
  const extraArgs = readPlanArgs(inputs);
  settings.binary = await resolveTofuBinary(ctx, settings);
  const files = planFiles(host, settings.environment);
  // Loaded here so that rendering an existing plan does not pay for child_process.
  const { runPlan } = await import('../tofu/plan-pipeline.js');
  const outcome = await runPlan(settings, host, files, extraArgs, settings.lockTimeoutMs ?? 0);
  if (outcome.outcome === 'failed') {
    await reportFailure(
      ctx,
      settings.environment,
      settings.workingDirectoryRelative,
      outcome.failedStep ?? 'plan',
      outcome.stderr,
      files,
    );
    const why = outcome.cancelled
      ? 'was cancelled'
      : `failed: ${firstError(outcome.stderr) ?? 'see the log'}`;
    throw new ConfigurationError(
      `tofu ${outcome.failedStep ?? 'plan'} in ${settings.workingDirectoryRelative} ${why}`,
    );
  }
  return {
    environment: settings.environment,
    workingDirectory: settings.workingDirectoryRelative,
    files,
    planJsonFile: files.planJsonFile,
    planText: () => outcome.planText,
    planFile: files.planFile,
  };
}

async function reportFailure(
  ctx: CommandContext,
  environment: string,
  workingDirectory: string,
  step: string,
  stderr: string,
  files: PlanFiles,
): Promise<void> {
  const { host, inputs } = ctx;
  for (const diagnostic of parseTextDiagnostics(stderr)) {
    // Relative to the repository root, like fmt and validate; none for a module outside it.
    const file =
      diagnostic.file === undefined
        ? undefined
        : repoPath({ workingDirectoryRelative: workingDirectory }, diagnostic.file);
    const props = {
      title: diagnostic.summary,
      ...(file ? { file } : {}),
      ...(diagnostic.line ? { startLine: diagnostic.line } : {}),
    };
    const message = diagnostic.detail || diagnostic.summary;
    if (diagnostic.severity === 'error') host.error(message, props);
    else host.warning(message, props);
  }
  const error = firstError(stderr) ?? `tofu ${step} failed`;
  const result: PlanResult = {
    schema: PLAN_RESULT_SCHEMA,
    environment,
    workingDirectory,
    status: 'failed',
    hasChanges: false,
    failedStep: step,
    error,
    ...runInfo(ctx),
    createdAt: new Date(ctx.clock.now()).toISOString(),
  };
  // The same section the aggregated comment shows for a failed environment.
  const section = (budget: number) =>
    renderPlanSection({
      environment,
      error: firstPlanError(stderr) ?? error,
      notes: [`${codeSpan(`tofu ${step}`)} failed in ${codeSpan(workingDirectory)}.`],
      budget,
    });
  await host.appendSummary(section(SUMMARY_SECTION_BUDGET));
  // Rendered only for a host that shows it or once there is a pull request to post it on.
  const body = once(() => commentBody(ctx, result, undefined, section(COMMENT_SECTION_BUDGET)));
  await host.showComment(body);
  if (inputs.bool('comment', true))
    await publishComment(ctx, planCommentKey(ctx.github.workflow, environment), body);
  writePlanResult(files.resultFile, result);
  host.setOutput('result-file', files.resultFile);
  host.setOutput('has-changes', 'false');
}

async function report(
  ctx: CommandContext,
  result: PlanResult,
  model: PlanModel,
  planText: string | undefined,
  postComment: boolean,
): Promise<void> {
  const { host } = ctx;
  const environment = result.environment;
  await host.appendSummary(
    renderPlanSummary({
      environment,
      model,
      planText,
      budget: SUMMARY_SECTION_BUDGET,
      fingerprint: result.fingerprint,
    }),
  );
  // Rendered only for a host that shows it or once there is a pull request to post it on.
  const body = once(() => {
    const changes = result.changeSet && encodeChangeSet(result.changeSet);
    const section = renderPlanSection({
      environment,
      model,
      planText,
      // The change set in the marker takes its room from the section.
      budget: COMMENT_SECTION_BUDGET - (changes?.length ?? 0),
    });
    return commentBody(ctx, result, changes, section);
  });
  await host.showComment(body);
  if (postComment)
    await publishComment(ctx, planCommentKey(ctx.github.workflow, environment), body);
}

function commentBody(
  ctx: CommandContext,
  result: PlanResult,
  changes: string | undefined,
  section: string,
): string {
  const marker = formatMarker(planCommentKey(ctx.github.workflow, result.environment), {
    v: 1,
    ...(result.sha ? { sha: result.sha } : {}),
    ...(result.runUrl ? { run: result.runUrl } : {}),
    environments: {
      [result.environment]: {
        ...(result.fingerprint ? { fingerprint: result.fingerprint } : {}),
        status: result.status,
        ...(changes ? { changes } : {}),
        at: result.createdAt,
      },
    },
  });
  return renderPlanComment({
    marker,
    sections: [section],
    footer: { sha: result.sha, runUrl: result.runUrl, fingerprint: result.fingerprint },
  });
}

function writeOutputs(
  ctx: CommandContext,
  result: PlanResult,
  model: PlanModel,
  planned: Planned,
): void {
  const { host } = ctx;
  const c = model.counts;
  host.setOutput('has-changes', String(model.hasChanges));
  host.setOutput('add', String(c.add));
  host.setOutput('change', String(c.change));
  host.setOutput('destroy', String(c.destroy));
  host.setOutput('replace', String(c.replace));
  host.setOutput('import', String(c.import));
  host.setOutput('forget', String(c.forget));
  host.setOutput('fingerprint', result.fingerprint ?? '');
  if (planned.planFile) host.setOutput('plan-file', planned.planFile);
  host.setOutput('plan-json-file', planned.planJsonFile);
  writePlanResult(planned.files.resultFile, result);
  host.setOutput('result-file', planned.files.resultFile);
}

/**
 * The result file keeps what a later comment can show: a comment holds 65,536 characters, so
 * the head of the plan text (cut on a line boundary) is plenty; the whole text is in plan.txt.
 */
function resultExcerpt(text: string): string {
  if (text.length <= SUMMARY_SECTION_BUDGET) return text;
  const end = text.lastIndexOf('\n', SUMMARY_SECTION_BUDGET);
  return text.slice(0, end > 0 ? end : SUMMARY_SECTION_BUDGET);
}

function runInfo(ctx: CommandContext): { sha?: string; runUrl?: string } {
  const sha = ctx.github.pullRequest?.headSha ?? ctx.github.sha;
  return { ...(sha ? { sha } : {}), ...(ctx.github.runUrl ? { runUrl: ctx.github.runUrl } : {}) };
}
