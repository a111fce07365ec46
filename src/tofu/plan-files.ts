import { mkdirSync } from 'node:fs';
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

/** Where a plan's files go: RUNNER_TEMP on a runner (artifact uploads read from there). */
export function planFiles(host: Host, environment: string): PlanFiles {
  const base = host.env.RUNNER_TEMP || tmpdir();
  const dir = join(base, 'tofu-aws-action', environment.replace(/[^A-Za-z0-9._-]+/g, '-'));
  mkdirSync(dir, { recursive: true });
  return {
    dir,
    planFile: join(dir, 'plan.tfplan'),
    planJsonFile: join(dir, 'plan.json'),
    planTextFile: join(dir, 'plan.txt'),
    resultFile: join(dir, 'result.json'),
  };
}
