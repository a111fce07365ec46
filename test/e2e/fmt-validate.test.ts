import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir } from './dist-dir.js';
import { runAction, type ActionRun } from './run-action.js';

const root = resolve(import.meta.dirname, '../..');
const scenarios = join(root, 'test/fixtures/scenarios');
const replayTofu = join(root, 'test/peers/replay-tofu/tofu');
const haveDist = existsSync(join(distDir, 'main', 'index.js'));
if (!haveDist) console.log(`skipping fmt/validate end-to-end tests: no bundle in ${distDir}`);

let workspace: string;

/** A repository with the unformatted tree under infra/ and a root module under envs/staging. */
beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'fmt-validate-e2e-'));
  cpSync(join(root, 'test/fixtures/fmt/tree'), join(workspace, 'infra'), { recursive: true });
  mkdirSync(join(workspace, 'envs/staging'), { recursive: true });
  mkdirSync(join(workspace, 'modules/network'), { recursive: true });
  writeFileSync(
    join(workspace, 'envs/staging/main.tf'),
    'module "network" {\n  source = "../../modules/network"\n}\n',
  );
  writeFileSync(join(workspace, 'modules/network/main.tf'), 'resource "aws_vpc" "main" {}\n');
  mkdirSync(join(workspace, 'docs'), { recursive: true });
  writeFileSync(join(workspace, 'docs/README.md'), '# no tofu here\n');
});
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

function run(
  command: 'fmt' | 'validate',
  scenario: string,
  inputs: Record<string, string> = {},
  dir = workspace,
): Promise<ActionRun> {
  return runAction({
    inputs: { command, 'tofu-binary': replayTofu, ...inputs },
    env: {
      GITHUB_WORKSPACE: dir,
      TOFU_REPLAY_SCENARIO: join(scenarios, scenario),
      TOFU_REPLAY_STATE_DIR: mkdtempSync(join(tmpdir(), 'replay-state-')),
    },
    cwd: dir,
  });
}

/** Undoes the runner protocol's escaping of workflow command data and properties. */
function unescape(text: string): string {
  return text.replace(/%(0A|0D|3A|2C|25)/g, (_, code: string) =>
    String.fromCharCode(parseInt(code, 16)),
  );
}

/** `::error file=infra/main.tf,line=8,...::message` lines, parsed. */
function annotations(stdout: string, level: 'error' | 'warning' | 'notice') {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith(`::${level} `))
    .map((l) => {
      const [, props = '', message = ''] = /^::\w+ ([^:]*)::(.*)$/.exec(l) ?? [];
      const fields = Object.fromEntries(
        props.split(',').map((p) => {
          const [key = '', value = ''] = p.split('=');
          return [key, unescape(value)];
        }),
      );
      return { ...fields, message: unescape(message) } as Record<string, string>;
    });
}

describe.skipIf(!haveDist)('fmt (bundle, replay tofu)', () => {
  it('annotates each unformatted file at its first changed line, relative to the repository root', async () => {
    const result = await run('fmt', 'fmt-unformatted', { 'working-directory': 'infra' });
    expect(result.exitCode).toBe(1);
    const found = annotations(result.stdout, 'error').filter((a) => 'file' in a);
    expect(found.map((a) => [a.file, a.line])).toEqual([
      ['infra/main.tf', '8'],
      ['infra/modules/net/variables.tf', '2'],
    ]);
    expect(result.outputs['unformatted-files']).toBe(
      JSON.stringify(['infra/main.tf', 'infra/modules/net/variables.tf']),
    );
    expect(result.outputs.formatted).toBe('false');
    expect(result.summary).toContain('```diff\n--- old/main.tf\n+++ new/main.tf');
    expect(result.summary).toContain('+  a         = 1');
    // The failure names the files.
    expect(result.stdout).toMatch(/^::error::2 file\(s\) not formatted: infra\/main\.tf, /m);
  });

  it('reports warnings and stays green with fail-on-unformatted: false', async () => {
    const result = await run('fmt', 'fmt-unformatted', {
      'working-directory': 'infra',
      'fail-on-unformatted': 'false',
    });
    expect(result.exitCode).toBe(0);
    expect(annotations(result.stdout, 'warning').map((a) => a.file)).toEqual([
      'infra/main.tf',
      'infra/modules/net/variables.tf',
    ]);
    expect(annotations(result.stdout, 'error')).toEqual([]);
  });

  it('is green with formatted files', async () => {
    const result = await run('fmt', 'fmt-formatted', { 'working-directory': 'infra' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ 'unformatted-files': '[]', formatted: 'true' });
    expect(result.summary).toContain('All OpenTofu files are formatted');
  });

  it('fix: true rewrites the files and lists them', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'fmt-fix-'));
    cpSync(join(root, 'test/fixtures/fmt/tree'), join(repo, 'infra'), { recursive: true });
    const result = await run('fmt', 'fmt-fix', { 'working-directory': 'infra', fix: 'true' }, repo);
    expect(result.exitCode).toBe(0);
    const log = readFileSync(join(repo, 'infra/main.tf'), 'utf8');
    expect(log).toContain('    Environment = "staging"');
    expect(result.outputs['unformatted-files']).toBe(
      JSON.stringify(['infra/main.tf', 'infra/modules/net/variables.tf']),
    );
    expect(result.stdout).toMatch(
      /tofu fmt rewrote 2 file\(s\):\n\s+infra\/main\.tf\n\s+infra\/modules\/net\/variables\.tf/,
    );
    expect(annotations(result.stdout, 'notice').map((a) => a.file)).toEqual([
      'infra/main.tf',
      'infra/modules/net/variables.tf',
    ]);
    expect(result.summary).toContain('Rewrote 2 files');
    rmSync(repo, { recursive: true, force: true });
  });

  it("shows tofu's own words and annotates a file that does not parse", async () => {
    const result = await run('fmt', 'fmt-syntax-error', { 'working-directory': 'infra' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /^::error::tofu fmt failed \(exit 2\): Error: Unclosed configuration block/m,
    );
    expect(annotations(result.stdout, 'error').find((a) => 'file' in a)).toMatchObject({
      file: 'infra/modules/net/variables.tf',
      line: '1',
    });
  });

  it('says so when the directory holds no OpenTofu files', async () => {
    const result = await run('fmt', 'fmt-formatted', { 'working-directory': 'docs' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /^::error::Input 'working-directory' is "docs": it holds no OpenTofu files/m,
    );
  });
});

describe.skipIf(!haveDist)('validate (bundle, replay tofu)', () => {
  it('annotates each diagnostic with file, line, column and end, warnings as warnings', async () => {
    const result = await run('validate', 'validate-invalid', {
      'working-directory': 'envs/staging',
    });
    expect(result.exitCode).toBe(1);
    const errors = annotations(result.stdout, 'error').filter((a) => 'file' in a);
    expect(errors).toEqual([
      expect.objectContaining({
        title: 'Unsupported argument',
        file: 'envs/staging/main.tf',
        line: '6',
        endLine: '6',
        col: '3',
        endColumn: '9',
      }),
      // In a module two levels up, and spanning lines: no columns.
      expect.objectContaining({
        title: 'Invalid reference',
        file: 'modules/network/main.tf',
        line: '12',
        endLine: '14',
      }),
    ]);
    expect(errors[0]?.message).toContain('Did you mean "bucket"?');
    expect(errors[0]?.message).toContain('6 | bukket = "example-site"');
    expect(errors[1]).not.toHaveProperty('col');
    const warnings = annotations(result.stdout, 'warning');
    expect(warnings.map((w) => w.title)).toEqual([
      'Deprecated attribute',
      'Provider development overrides are in effect',
    ]);
    expect(warnings[0]).toMatchObject({ file: 'envs/staging/main.tf', line: '7' });
    expect(warnings[1]).not.toHaveProperty('file');
    expect(result.outputs).toMatchObject({
      valid: 'false',
      'error-count': '2',
      'warning-count': '2',
    });
    expect(result.summary).toContain('❌ Invalid: 2 errors, 2 warnings.');
    expect(result.summary).toContain(
      '| ❌ error | `envs/staging/main.tf:6:3` | Unsupported argument |',
    );
    expect(result.stdout).toMatch(
      /^::error::tofu validate found 2 error\(s\) in envs\/staging, the first: Unsupported argument/m,
    );
  });

  it('runs init without the backend first, and passes a valid configuration', async () => {
    const log = join(mkdtempSync(join(tmpdir(), 'replay-log-')), 'calls.jsonl');
    const result = await runAction({
      inputs: {
        command: 'validate',
        'tofu-binary': replayTofu,
        'working-directory': 'envs/staging',
      },
      env: {
        GITHUB_WORKSPACE: workspace,
        TOFU_REPLAY_SCENARIO: join(scenarios, 'validate-valid'),
        TOFU_REPLAY_STATE_DIR: mkdtempSync(join(tmpdir(), 'replay-state-')),
        TOFU_REPLAY_LOG: log,
      },
      cwd: workspace,
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      valid: 'true',
      'error-count': '0',
      'warning-count': '0',
    });
    const calls = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { argv: string[]; cwd: string });
    expect(calls.map((c) => c.argv)).toEqual([
      ['init', '-input=false', '-backend=false'],
      ['validate', '-json'],
    ]);
    expect(calls.every((c) => c.cwd === join(workspace, 'envs/staging'))).toBe(true);
    expect(result.summary).toContain('✅ Valid.');
  });

  it("fails with tofu's own words when init fails, without validating", async () => {
    const result = await run('validate', 'validate-init-fails', {
      'working-directory': 'envs/staging',
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /^::error::tofu init -backend=false failed \(exit 1\): Error: Failed to query available provider packages Could not retrieve the list of available versions for provider hashicorp\/aws: no available releases match the given constraints >= 9\.0\.0$/m,
    );
    expect(result.outputs.valid).toBeUndefined();
  });

  it("fails with tofu's own words when validate prints no JSON", async () => {
    const result = await run('validate', 'validate-not-json', {
      'working-directory': 'envs/staging',
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /^::error::tofu validate -json did not print its JSON result \(exit 1\): Error: Failed to load plugin schemas Error while loading schemas/m,
    );
  });

  it('says so when the directory holds no OpenTofu configuration', async () => {
    const result = await run('validate', 'validate-valid', { 'working-directory': 'docs' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /^::error::Input 'working-directory' is "docs": it holds no OpenTofu configuration/m,
    );
  });
});
