import { rmSync } from 'node:fs';
import type { Host } from '../github/host.js';
import { toGoDuration } from '../util/duration.js';
import { reportedVersion } from './install/path-version.js';
import { parseVersion } from './install/version-spec.js';
import { detailedExitCode, runTofu, type TofuRunResult } from './run-tofu.js';
import type { PlanFiles } from './plan-files.js';
import type { TofuSettings } from './settings.js';
import type { TofuRunJournal } from './tofu-run-journal.js';

export type PlanStep = 'init' | 'plan' | 'show';

/** How the steps went; `show -json` wrote straight into the PlanFiles' planJsonFile. */
export interface PlanRun {
  outcome: 'changes' | 'no-changes' | 'failed';
  failedStep?: PlanStep;
  /** stderr of the failed step (tofu's own words), or of plan when it succeeded. */
  stderr: string;
  /** What `tofu show` printed. */
  planText?: string;
  cancelled: boolean;
}

async function step(
  settings: TofuSettings,
  host: Host,
  title: string,
  args: string[],
  stream: boolean,
  journal?: TofuRunJournal,
  stdoutFile?: string,
): Promise<TofuRunResult> {
  const start = (onSpawn?: (pid: number) => void) =>
    runTofu({
      binary: settings.binary,
      args,
      cwd: settings.workingDirectory,
      host,
      stream,
      onSpawn,
      stdoutFile,
    });
  return host.group(title, () => (journal ? journal.run(args, start) : start()));
}

export function initArgs(
  settings: TofuSettings,
  options: { backend: boolean; varFileArgs?: readonly string[] },
): string[] {
  const args = ['init', '-input=false'];
  if (!options.backend) args.push('-backend=false');
  else args.push(...settings.backendConfig.map((c) => `-backend-config=${c}`));
  args.push(...(options.varFileArgs ?? []));
  return args;
}

/**
 * `-var-file` for `init` and `validate`. OpenTofu 1.8 evaluates variables there (module
 * sources, backend settings) and takes -var-file on both; older tofu rejects the flag. So
 * with var-files, tofu is asked its version: before 1.8, none (and the log says why); 1.8 or
 * later, or a tofu that does not say, all of them.
 */
export async function earlyVarFileArgs(settings: TofuSettings, host: Host): Promise<string[]> {
  if (settings.varFiles.length === 0) return [];
  const version = await reportedVersion(settings.binary, host, settings.workingDirectory);
  const parsed = version === undefined ? undefined : parseVersion(version);
  if (parsed && parsed.major === 1 && parsed.minor < 8) {
    host.info(
      `OpenTofu ${version} takes var-files on plan only (init and validate take them from 1.8): init and validate run without them.`,
    );
    return [];
  }
  return settings.varFiles.map((f) => `-var-file=${f}`);
}

export function planArgs(
  settings: TofuSettings,
  files: PlanFiles,
  extra: readonly string[],
  lockTimeoutMs: number,
): string[] {
  return [
    'plan',
    '-input=false',
    `-out=${files.planFile}`,
    '-detailed-exitcode',
    `-lock-timeout=${toGoDuration(lockTimeoutMs)}`,
    ...settings.varFiles.map((f) => `-var-file=${f}`),
    ...extra,
  ];
}

/** init → plan -out → show -json → show (text). Stops at the first failing step. */
export async function runPlan(
  settings: TofuSettings,
  host: Host,
  files: PlanFiles,
  extraArgs: readonly string[],
  lockTimeoutMs: number,
  /** Records the plan run for the post step of `apply`. */
  journal?: TofuRunJournal,
): Promise<PlanRun> {
  const env = settings.environment;
  const failed = (failedStep: PlanStep, run: TofuRunResult): PlanRun => ({
    outcome: 'failed',
    failedStep,
    stderr: run.stderr || run.stdout,
    cancelled: run.cancelled,
  });
  const varFileArgs = await earlyVarFileArgs(settings, host);
  const initArgv = initArgs(settings, { backend: true, varFileArgs });
  const init = await step(settings, host, `tofu init (${env})`, initArgv, true);
  if (init.exitCode !== 0 || init.cancelled) return failed('init', init);

  const planArgv = planArgs(settings, files, extraArgs, lockTimeoutMs);
  const plan = await step(settings, host, `tofu plan (${env})`, planArgv, true, journal);
  const kind = detailedExitCode(plan.exitCode);
  if (kind === 'error' || plan.cancelled) return failed('plan', plan);

  // Not in the log (the plan already is) nor in memory: the JSON can be very large.
  const showJson = ['show', '-json', files.planFile];
  const json = await step(
    settings,
    host,
    `tofu show -json (${env})`,
    showJson,
    false,
    undefined,
    files.planJsonFile,
  );
  if (json.exitCode !== 0) {
    // What a failed show wrote is no plan: nothing may read it as one.
    rmSync(files.planJsonFile, { force: true });
    return failed('show', json);
  }
  const showText = ['show', '-no-color', files.planFile];
  const text = await step(settings, host, `tofu show (${env})`, showText, false);
  if (text.exitCode !== 0) return failed('show', text);
  return {
    outcome: kind,
    stderr: plan.stderr,
    planText: text.stdout,
    cancelled: false,
  };
}
