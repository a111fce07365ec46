import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  commandsOf,
  readWorkflow,
  root,
  workflowCall,
  type Job,
  type Step,
} from './workflow-files.js';

const read = (path: string) => readWorkflow(join(root, path)).doc;
const plan = read('.github/workflows/tofu-plan.yml');
const apply = read('.github/workflows/tofu-apply.yml');
const deploy = read('.github/workflows/deploy-image.yml');
const release = read('.github/workflows/release.yml');
const example = read('examples/workflows/main-deploy.yml');

const jobOf = (doc: { jobs: Record<string, Job> }, id: string) => doc.jobs[id] as Job;
const stepIndex = (job: Job, test: (s: Step) => boolean) => (job.steps ?? []).findIndex(test);
const runsAction = (s: Step) => s.uses === './.tofu-aws-action';
const actionStep = (job: Job, command: string) =>
  commandsOf(job).find((c) => c.command === command)?.step as Step;

describe('the tofu-variables secret', () => {
  it.each([
    ['tofu-plan.yml', plan, 'plan'],
    ['tofu-apply.yml', apply, 'apply'],
  ] as const)('%s takes it and exports it before the action runs', (_name, doc, jobId) => {
    const secret = workflowCall(doc)?.secrets?.['tofu-variables'];
    expect(secret?.required).toBe(false);
    expect(secret?.description).toMatch(/TF_VAR_<name>/);
    const job = jobOf(doc, jobId);
    const at = stepIndex(
      job,
      (s) => s.run === 'node .tofu-aws-action/.github/scripts/tofu-variables.mjs',
    );
    expect(at).toBeGreaterThanOrEqual(0);
    const step = job.steps?.[at] as Step;
    expect(step.env).toEqual({
      TOFU_VARIABLES: '${{ secrets.tofu-variables }}',
      ENVIRONMENT: '${{ matrix.environment }}',
    });
    expect(at).toBeLessThan(stepIndex(job, runsAction));
    // the script comes from the action's own checkout
    const checkout = (job.steps ?? []).find((s) => s.with?.path === '.tofu-aws-action');
    expect(String(checkout?.with?.['sparse-checkout'])).toContain('/.github/scripts/');
  });
});

describe('tofu-plan.yml', () => {
  it('does not upload saved plans unless asked, and says they hold secrets in clear text', () => {
    const input = workflowCall(plan)?.inputs?.['upload-plan'];
    expect(input?.default).toBe(false);
    expect(input?.description).toMatch(/clear text/);
  });

  // fmt-directory (infra/) holds no required_version: fmt takes the tofu that validate installed.
  it('validates (installing tofu from the root module) before fmt, and runs fmt after a failed validate', () => {
    const checks = jobOf(plan, 'checks');
    const validate = stepIndex(checks, (s) => s.with?.command === 'validate');
    const fmt = stepIndex(checks, (s) => s.with?.command === 'fmt');
    expect(validate).toBeGreaterThanOrEqual(0);
    expect(validate).toBeLessThan(fmt);
    expect(checks.steps?.[fmt]?.if).toBe('${{ !cancelled() }}');
    expect(checks.steps?.[validate]?.if).toBeUndefined();
  });
});

describe('tofu-apply.yml', () => {
  const step = actionStep(jobOf(apply, 'apply'), 'apply');

  it('asks for a reviewed plan only where it compares plans (the action refuses the pair true/false)', () => {
    expect(step.with?.['require-reviewed-plan']).toBe(
      '${{ inputs.check-reviewed-plan && inputs.require-reviewed-plan }}',
    );
    expect(step.with?.['check-reviewed-plan']).toBe('${{ inputs.check-reviewed-plan }}');
  });

  it('plans with the same plan-args as tofu-plan.yml, so that the fingerprints can match', () => {
    expect(workflowCall(apply)?.inputs?.['plan-args']).toMatchObject({
      type: 'string',
      default: '',
    });
    expect(step.with?.['plan-args']).toBe('${{ inputs.plan-args }}');
    expect(actionStep(jobOf(plan, 'plan'), 'plan').with?.['plan-args']).toBe(
      '${{ inputs.plan-args }}',
    );
  });
});

describe('apply and deploy of one environment', () => {
  const applyJob = jobOf(apply, 'apply');
  const deployJob = jobOf(deploy, 'deploy');
  const group = (job: Job) =>
    typeof job.concurrency === 'object' ? job.concurrency.group : job.concurrency;

  it('share one concurrency group, never cancelled', () => {
    const forStaging = (g: string | undefined) =>
      g?.replace(/\$\{\{\s*(matrix|inputs)\.environment\s*\}\}/, 'staging');
    expect(forStaging(group(applyJob))).toBe('staging-apply-and-deploy');
    expect(forStaging(group(deployJob))).toBe('staging-apply-and-deploy');
    for (const job of [applyJob, deployJob]) {
      expect(typeof job.concurrency === 'object' && job.concurrency['cancel-in-progress']).toBe(
        false,
      );
    }
  });

  it('run in different GitHub environments, so that the deploy job cannot assume the apply role', () => {
    expect(applyJob.environment).toBe('${{ matrix.environment }}');
    expect(deployJob.environment).toBe(
      "${{ inputs.github-environment || format('{0}-deploy', inputs.environment) }}",
    );
    expect(workflowCall(deploy)?.inputs?.['github-environment']?.default).toBe('');
  });

  it('the example chains apply and deploy per environment: staging fully before production', () => {
    const needs = (id: string) => [jobOf(example, id).needs].flat().filter(Boolean);
    expect(needs('apply-staging')).toEqual([]);
    expect(needs('deploy-staging')).toEqual(['apply-staging']);
    expect(needs('apply-production')).toEqual(['deploy-staging']);
    expect(needs('deploy-production')).toEqual(['apply-production']);
    expect(jobOf(example, 'apply-staging').with?.environments).toBe('["staging"]');
    expect(jobOf(example, 'apply-production').with?.environments).toBe('["production"]');
  });
});

describe('release.yml', () => {
  it('runs npm only in a job without a write token, and keeps no token in .git/config there', () => {
    for (const [id, job] of Object.entries(release.jobs)) {
      const runsNpm = (job.steps ?? []).some((s) => /\bnpm\b/.test(s.run ?? ''));
      const perms = job.permissions as Record<string, string>;
      if (!runsNpm) continue;
      expect(perms.contents, id).toBe('read');
      for (const s of job.steps ?? []) {
        if (s.uses?.startsWith('actions/checkout@'))
          expect(s.with?.['persist-credentials'], id).toBe(false);
      }
    }
    const move = jobOf(release, 'move-major-tag');
    expect(move.needs).toBe('check');
    expect((move.permissions as Record<string, string>).contents).toBe('write');
  });
});
