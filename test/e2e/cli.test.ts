import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from './dist-dir.js';

// The terminal host: `tofu-aws-action <command> --<input> value`, run as the bin is.
const root = resolve(import.meta.dirname, '../..');
const cli = join(distDir, 'cli/index.js');

function tofuAwsAction(args: string[]) {
  const temp = mkdtempSync(join(tmpdir(), 'cli-'));
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_TEMP: temp };
  return spawnSync(process.execPath, [cli, ...args], { cwd: root, env, encoding: 'utf8' });
}

describe('the terminal host (dist/cli)', () => {
  it('prints the comment plan would post on stdout, and the outputs and summary on stderr', () => {
    const run = tofuAwsAction([
      'plan',
      '--plan-json',
      'examples/plan/plan.json',
      '--plan-text',
      'examples/plan/plan.txt',
      '--environment',
      'example',
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^<!-- tofu-aws-action:plan:/);
    expect(run.stdout).toContain('Plan for example: 4 to add, 1 to change, 2 to destroy');
    expect(run.stderr).toContain('── step summary ──');
    expect(run.stderr).toMatch(/^add=4$/m);
    expect(run.stderr).toMatch(/^fingerprint=sha256:[0-9a-f]{64}$/m);
  });

  it('writes the comment to --comment-file instead', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cli-comment-')), 'comment.md');
    const run = tofuAwsAction([
      'plan',
      '--plan-json',
      'examples/plan/plan.json',
      '--comment-file',
      file,
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('4 to add, 1 to change, 2 to destroy');
  });

  it('fails with one line and exit 1 on a bad input', () => {
    const run = tofuAwsAction(['plan', '--plan-json', 'examples/plan/nope.json']);
    expect(run.status).toBe(1);
    expect(
      run.stderr
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('error:')),
    ).toEqual([`error: Input 'plan-json' has value "examples/plan/nope.json": no such file.`]);
  });

  it('prints its usage without a command', () => {
    const run = tofuAwsAction(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('usage: tofu-aws-action <command>');
    expect(tofuAwsAction([]).status).toBe(1);
  });
});
