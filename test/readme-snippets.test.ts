import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The README's workflow snippets, as a GitHub-hosted runner would run them: no AWS_REGION in
// the environment and no tofu on PATH.
const readme = readFileSync(join(resolve(import.meta.dirname, '..'), 'README.md'), 'utf8');

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  env?: Record<string, unknown>;
  steps?: Step[];
}

/** Every step of this action in the README's YAML blocks, with its job and line. */
function actionSteps(): { where: string; job: Job; index: number; step: Step }[] {
  const found: { where: string; job: Job; index: number; step: Step }[] = [];
  for (const match of readme.matchAll(/```yaml\n([\s\S]*?)```/g)) {
    const line = readme.slice(0, match.index).split('\n').length;
    const doc = parse(match[1] as string) as { jobs?: Record<string, Job> } | null;
    for (const [name, job] of Object.entries(doc?.jobs ?? {})) {
      (job.steps ?? []).forEach((step, index) => {
        if (typeof step.uses === 'string' && /tofu-aws-action@/.test(step.uses)) {
          found.push({ where: `README.md:${line} job ${name}`, job, index, step });
        }
      });
    }
  }
  return found;
}

describe('README snippets on a hosted runner', () => {
  const steps = actionSteps();

  it('finds the snippets', () => {
    expect(steps.filter((s) => s.step.with?.command === 'assume-role').length).toBeGreaterThan(2);
    expect(steps.filter((s) => s.step.with?.command === 'fmt').length).toBeGreaterThan(0);
  });

  it('gives every assume-role step an aws-region (the runner sets no AWS_REGION)', () => {
    const missing = steps
      .filter((s) => s.step.with?.command === 'assume-role')
      .filter((s) => !s.step.with?.['aws-region'] && !s.job.env?.AWS_REGION)
      .map((s) => s.where);
    expect(missing).toEqual([]);
  });

  it('gives fmt a tofu-version, there or in an earlier step of its job (infra/ names none)', () => {
    const missing = steps
      .filter((s) => s.step.with?.command === 'fmt')
      .filter(
        (s) =>
          !(s.job.steps ?? [])
            .slice(0, s.index + 1)
            .some((earlier) => earlier.with?.['tofu-version'] !== undefined),
      )
      .map((s) => s.where);
    expect(missing).toEqual([]);
  });
});
