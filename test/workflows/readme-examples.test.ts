import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { concurrencyDeadlocks } from './concurrency.js';
import { calledWorkflow, commandsOf, root, type Workflow } from './workflow-files.js';

describe('README workflow examples', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

  it.each(['examples/workflows/pr-plan.yml', 'examples/workflows/main-deploy.yml'])(
    'shows %s exactly as committed (the copy that the tests check)',
    (file) => {
      expect(blocks).toContain(readFileSync(join(root, file), 'utf8'));
    },
  );

  const workflows = blocks
    .map((text, i) => ({
      path: `README.md yaml block ${i + 1}`,
      text,
      doc: parse(text) as Workflow,
    }))
    .filter((file) => file.doc && typeof file.doc === 'object' && 'jobs' in file.doc);

  it('has workflow examples', () => {
    expect(workflows.length).toBeGreaterThan(3);
  });

  it.each(workflows.map((f) => [f.path, f] as const))(
    '%s has no concurrency group that a job inside it waits for',
    (_path, file) => {
      expect(concurrencyDeadlocks(file)).toEqual([]);
    },
  );

  // Applies and deploys of an environment share one group; at the workflow level, a
  // deploy-image.yml job of that workflow in the same group would be cancelled as a deadlock.
  it.each(workflows.map((f) => [f.path, f] as const))(
    '%s sets the concurrency of an apply or deploy on its job, not the workflow',
    (_path, file) => {
      const jobs = Object.values(file.doc.jobs);
      const deploys = jobs.some(
        (job) =>
          commandsOf(job).some((c) => c.command === 'apply' || c.command === 'image') ||
          /tofu-apply|deploy-image/.test(calledWorkflow(job.uses) ?? ''),
      );
      if (deploys) expect(file.doc.concurrency).toBeUndefined();
    },
  );
});
