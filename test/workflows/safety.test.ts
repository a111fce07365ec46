import { describe, expect, it } from 'vitest';
import { safetyProblems } from './rules.js';
import { readWorkflow, root, workflowFiles } from './workflow-files.js';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';

describe('workflow safety rules', () => {
  it.each(workflowFiles().map((f) => [f.path, f] as const))('%s follows them', (_path, file) => {
    expect(safetyProblems(file)).toEqual([]);
  });

  // Each rule must catch its breakage: the real files, changed one way at a time.
  function broken(file: string, from: string | RegExp, to: string): string[] {
    const path = join(root, file);
    const text = readFileSync(path, 'utf8');
    const changed = text.replace(from, to);
    expect(changed, `the mutation of ${file} must apply`).not.toBe(text);
    return safetyProblems(readWorkflow(path, changed));
  }

  it.each([
    [
      'an unpinned action',
      '.github/workflows/ci.yml',
      /actions\/setup-node@[0-9a-f]{40} # v5\.0\.0/,
      'actions/setup-node@v5',
      /actions\/setup-node@v5 is not pinned/,
    ],
    [
      'a pin without its version comment',
      '.github/workflows/tofu-plan.yml',
      / # v6\.0\.0/,
      '',
      /has no # vX\.Y\.Z comment/,
    ],
    [
      'an expression inside run:',
      '.github/workflows/tofu-plan.yml',
      'run: node .tofu-aws-action/.github/scripts/environments-matrix.mjs',
      'run: node .tofu-aws-action/.github/scripts/environments-matrix.mjs "${{ inputs.environments }}"',
      /inside run:/,
    ],
    [
      'pull_request_target',
      'examples/workflows/pr-plan.yml',
      'pull_request:\n',
      'pull_request_target:\n',
      /pull_request_target is not allowed/,
    ],
    [
      'id-token where no role is assumed',
      '.github/workflows/tofu-plan.yml',
      /( {2}checks:[\s\S]*?permissions:\n {6}contents: read\n)/,
      '$1      id-token: write\n',
      /jobs\.checks: has id-token: write but assumes no role/,
    ],
    [
      'pull-requests: write where no comment is written',
      '.github/workflows/deploy-image.yml',
      '      id-token: write\n',
      '      id-token: write\n      pull-requests: write\n',
      /jobs\.deploy: has pull-requests: write but writes no comment/,
    ],
    [
      'a write permission at the top',
      '.github/workflows/tofu-apply.yml',
      /^permissions:\n {2}contents: read\n/m,
      'permissions:\n  contents: read\n  id-token: write\n',
      /id-token: write at the top/,
    ],
    [
      'an apply that can be cancelled',
      '.github/workflows/tofu-apply.yml',
      'cancel-in-progress: false',
      'cancel-in-progress: true',
      /cancels an apply in progress/,
    ],
    [
      'an apply outside its environment group',
      '.github/workflows/tofu-apply.yml',
      'group: ${{ matrix.environment }}-apply-and-deploy',
      'group: apply-${{ github.ref }}',
      /concurrency group must be <env>-apply-and-deploy/,
    ],
    [
      'a deploy in a group of its own (it could overlap an apply)',
      '.github/workflows/deploy-image.yml',
      'group: ${{ inputs.environment }}-apply-and-deploy',
      'group: ${{ inputs.environment }}-deploy',
      /jobs\.deploy: concurrency group must be <env>-apply-and-deploy/,
    ],
    [
      'a deploy grouped by another environment than its own',
      '.github/workflows/deploy-image.yml',
      'group: ${{ inputs.environment }}-apply-and-deploy',
      'group: ${{ matrix.environment }}-apply-and-deploy',
      /is not for the job's environment/,
    ],
    [
      'npm with a write token',
      '.github/workflows/release.yml',
      '          git tag --force "$major" "$SHA"\n',
      '          npm ci\n          git tag --force "$major" "$SHA"\n',
      /jobs\.move-major-tag\.steps\[1\]: runs packages \(install scripts\) with contents: write/,
    ],
    [
      'an apply without a job-level environment',
      '.github/workflows/tofu-apply.yml',
      '    environment: ${{ matrix.environment }}\n',
      '',
      /without a job-level environment/,
    ],
    [
      'a job without permissions',
      '.github/workflows/release.yml',
      '    permissions:\n      contents: write\n',
      '',
      /jobs\.move-major-tag: declares no permissions/,
    ],
    [
      'an input without a type',
      '.github/workflows/deploy-image.yml',
      /( {6}role-arn:\n {8}description: [^\n]*\n) {8}type: string\n/,
      '$1',
      /inputs\.role-arn: has no type/,
    ],
    [
      "a workflow-level group equal to a called deploy job's group",
      'examples/workflows/main-deploy.yml',
      /\njobs:\n/,
      '\nconcurrency: { group: staging-apply-and-deploy, cancel-in-progress: false }\njobs:\n',
      /concurrency: concurrency group "staging-apply-and-deploy" may equal "\$\{\{ inputs\.environment \}\}-apply-and-deploy" of jobs\.deploy \(\.github\/workflows\/deploy-image\.yml, called by jobs\.deploy-staging\)/,
    ],
    [
      "a workflow-level group equal to a called apply matrix's group",
      'examples/workflows/main-deploy.yml',
      /\njobs:\n/,
      '\nconcurrency: production-apply-and-deploy\njobs:\n',
      /may equal "\$\{\{ matrix\.environment \}\}-apply-and-deploy" of jobs\.apply \(\.github\/workflows\/tofu-apply\.yml, called by jobs\.apply-production\)/,
    ],
    [
      "a calling job's group equal to its callee's job group",
      'examples/workflows/main-deploy.yml',
      '  deploy-staging:\n',
      '  deploy-staging:\n    concurrency: staging-apply-and-deploy\n',
      /jobs\.deploy-staging: concurrency group "staging-apply-and-deploy" may equal .* of jobs\.deploy \(\.github\/workflows\/deploy-image\.yml, called by jobs\.deploy-staging\)/,
    ],
    [
      "a workflow-level group equal to one of its own jobs' groups",
      '.github/workflows/deploy-image.yml',
      /\njobs:\n/,
      '\nconcurrency:\n  group: ${{ inputs.environment }}-apply-and-deploy\njobs:\n',
      /deploy-image\.yml: concurrency: concurrency group .* of jobs\.deploy, which runs inside it/,
    ],
  ])('catches %s', (_what, file, from, to, expected) => {
    expect(broken(file, from, to).join('\n')).toMatch(expected);
  });

  it.each([
    ['another literal group', '\nconcurrency: { group: deploy-main }\njobs:\n'],
    ['a group per ref', '\nconcurrency: deploy-${{ github.ref }}\njobs:\n'],
  ])("does not flag a workflow-level group that cannot equal a job's: %s", (_what, to) => {
    expect(broken('examples/workflows/main-deploy.yml', /\njobs:\n/, to)).toEqual([]);
  });
});
