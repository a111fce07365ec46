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
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Median wall time of bare `node -e 0` and of a command, interleaved so both see the same machine. */
export function compareStartup(
  args: string[],
  env: NodeJS.ProcessEnv,
  runs: number,
): { bareMs: number; commandMs: number; ratio: number } {
  const bare: number[] = [];
  const command: number[] = [];
  timeOnce(['-e', '0'], env);
  timeOnce(args, env);
  for (let i = 0; i < runs; i++) {
    bare.push(timeOnce(['-e', '0'], env));
    command.push(timeOnce(args, env));
  }
  const bareMs = median(bare);
  const commandMs = median(command);
  return { bareMs, commandMs, ratio: commandMs / bareMs };
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
