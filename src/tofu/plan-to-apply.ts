import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { ConfigurationError, invalidInput } from '../util/errors.js';
import { pathKind } from '../util/path-input.js';
import { parseJsonOrUndefined } from '../util/parse-json.js';
import { applyCancelled } from './apply-cancelled.js';
import type { ApplyContext } from './apply-context.js';
import { tofuWords } from './error-text.js';
import { isStateLockError } from './lock-error.js';
import { planFiles } from './plan-files.js';
import { earlyVarFileArgs, initArgs, runPlan } from './plan-pipeline.js';
import { planModelFromJson } from './plan-model.js';
import { runTofu } from './run-tofu.js';
import type { TofuSettings } from './settings.js';
import { firstError } from './text-diagnostics.js';

/**
 * The plan `apply` applies: a saved plan (plan-file), shown as JSON, or a fresh plan made here.
 * A held lock met while planning is handled like one met while applying.
 */
export interface PlanToApply {
  planFile: string;
  json: unknown;
  hasChanges: boolean;
}

/** plan-file, relative to the workspace or else to the working directory. */
export function resolvePlanFile(input: string, workspace: string, settings: TofuSettings): string {
  const candidates = isAbsolute(input)
    ? [input]
    : [resolve(workspace, input), resolve(settings.workingDirectory, input)];
  const found = candidates.find((p) => pathKind(p) !== undefined);
  if (!found) {
    throw invalidInput(
      'plan-file',
      input,
      `no such file (looked in ${[...new Set(candidates)].join(' and ')}); leave plan-file empty to re-plan`,
    );
  }
  if (pathKind(found) !== 'file') {
    throw invalidInput('plan-file', input, `${found} is a directory, not a saved plan`);
  }
  return found;
}

async function tofuStep(a: ApplyContext, title: string, args: string[], stream = true) {
  const { host } = a;
  return host.group(title, () =>
    runTofu({ binary: a.settings.binary, args, cwd: a.settings.workingDirectory, host, stream }),
  );
}

export async function showSavedPlan(
  a: ApplyContext,
  input: string,
  path: string,
): Promise<PlanToApply> {
  const env = a.settings.environment;
  const varFileArgs = await earlyVarFileArgs(a.settings, a.host);
  const initArgv = initArgs(a.settings, { backend: true, varFileArgs });
  const init = await tofuStep(a, `tofu init (${env})`, initArgv);
  if (init.cancelled) throw applyCancelled(env, 'tofu init');
  if (init.exitCode !== 0) {
    throw new ConfigurationError(
      `tofu init failed in ${a.settings.workingDirectoryRelative}: ${firstError(init.stderr) ?? tofuWords(init.stderr || init.stdout, 400)}`,
    );
  }
  const show = await tofuStep(a, `tofu show -json (${env})`, ['show', '-json', path], false);
  if (show.cancelled) throw applyCancelled(env, 'tofu show');
  const json = show.exitCode === 0 ? parseJsonOrUndefined(show.stdout) : undefined;
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

export async function replan(a: ApplyContext, extraArgs: readonly string[]): Promise<PlanToApply> {
  const { host, locks } = a;
  const files = planFiles(host, a.settings.environment);
  for (;;) {
    const outcome = await runPlan(a.settings, host, files, extraArgs, locks.timeoutMs, a.journal);
    if (outcome.cancelled) {
      throw applyCancelled(a.settings.environment, `tofu ${outcome.failedStep ?? 'plan'}`);
    }
    if (outcome.outcome !== 'failed') {
      const json = parseJsonOrUndefined(readFileSync(files.planJsonFile, 'utf8'));
      if (!json) throw new Error('tofu show -json printed no JSON');
      return { planFile: files.planFile, json, hasChanges: outcome.outcome === 'changes' };
    }
    if (isStateLockError(outcome.stderr)) {
      if (await locks.handle(outcome.stderr)) continue;
      const what = locks.describe();
      await a.report.failed(undefined, what);
      throw locks.failure(what);
    }
    throw new ConfigurationError(
      `tofu ${outcome.failedStep ?? 'plan'} failed in ${a.settings.workingDirectoryRelative}, nothing was applied: ${firstError(outcome.stderr) ?? tofuWords(outcome.stderr, 400)}`,
    );
  }
}
