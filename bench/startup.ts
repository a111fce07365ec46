import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { distDir } from '../test/e2e/dist-dir.js';

const root = resolve(import.meta.dirname, '..');

function timeOnce(args: string[], env: NodeJS.ProcessEnv): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0)
    throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

export function median(values: number[]): number {
  return quantile(values, 0.5);
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return (
    (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (at - low)
  );
}

export interface StartupComparison {
  bareMs: number;
  commandMs: number;
  /** The median of the ratios of each interleaved pair (the target is at most 1.5). */
  ratio: number;
  /** The middle half of those ratios: how much this machine varied during the run. */
  ratioQuartiles: [number, number];
  runs: number;
}

/**
 * Bare `node -e 0` and a command timed in pairs, one right after the other so that both see
 * the machine in the same state; the ratio is taken per pair, then the median.
 */
export function summariseStartup(bare: number[], command: number[]): StartupComparison {
  const ratios = command.map((ms, i) => ms / (bare[i] as number));
  return {
    bareMs: median(bare),
    commandMs: median(command),
    ratio: median(ratios),
    ratioQuartiles: [quantile(ratios, 0.25), quantile(ratios, 0.75)],
    runs: ratios.length,
  };
}

export function compareStartup(
  args: string[],
  env: NodeJS.ProcessEnv,
  runs: number,
): StartupComparison {
  const bare: number[] = [];
  const command: number[] = [];
  timeOnce(['-e', '0'], env);
  timeOnce(args, env);
  for (let i = 0; i < runs; i++) {
    bare.push(timeOnce(['-e', '0'], env));
    command.push(timeOnce(args, env));
  }
  return summariseStartup(bare, command);
}

/** `plan` rendering the built-in example plan (no tofu, no GitHub), as the runner starts it. */
export function benchPlanStartup(runs: number) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-startup-'));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    INPUT_COMMAND: 'plan',
    'INPUT_PLAN-JSON': join(root, 'examples/plan/plan.json'),
    'INPUT_PLAN-TEXT': join(root, 'examples/plan/plan.txt'),
    INPUT_COMMENT: 'false',
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_STATE: join(dir, 'state'),
    RUNNER_TEMP: dir,
  };
  return compareStartup([join(distDir, 'main', 'index.js')], env, runs);
}
