import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Host } from '../github/host.js';

export interface PlanFiles {
  dir: string;
  planFile: string;
  planJsonFile: string;
  planTextFile: string;
  resultFile: string;
}

/**
 * Where a plan's files go: RUNNER_TEMP/tofu-aws-action/<environment> on a runner (artifact
 * uploads read from there; the runner empties it after the job). Elsewhere a new directory
 * only this user can enter (mode 0700, under a random name in the system's temporary
 * directory): the saved plan and its JSON hold sensitive values in clear text, and a shared,
 * predictable path there could be read, or created first, by another user.
 */
export function planFiles(host: Host, environment: string): PlanFiles {
  const runnerTemp = host.env.RUNNER_TEMP;
  const base = runnerTemp
    ? join(runnerTemp, 'tofu-aws-action')
    : mkdtempSync(join(tmpdir(), 'tofu-aws-action-'));
  const dir = join(base, directoryName(environment));
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return {
    dir,
    planFile: join(dir, 'plan.tfplan'),
    planJsonFile: join(dir, 'plan.json'),
    planTextFile: join(dir, 'plan.txt'),
    resultFile: join(dir, 'result.json'),
  };
}

/** The environment as one directory name: "." or ".." would put the files outside `base`. */
function directoryName(environment: string): string {
  const name = environment.replace(/[^A-Za-z0-9._-]+/g, '-');
  return /^\.*$/.test(name) ? name.replace(/\./g, '-') : name;
}
