import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { startGitHubPeer, type GitHubPeer } from '../peers/github-peer.js';

const root = resolve(import.meta.dirname, '../..');
const planJson = join(root, 'examples/plan/plan.json');

/** The terminal host in-process, as the bin runs it, with its streams captured. */
async function cli(argv: string[], env: Record<string, string> = {}, cwd = root) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    argv,
    { PATH: process.env.PATH, RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'cli-temp-')), ...env },
    cwd,
    { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
    new AbortController().signal,
  );
  const errors = stderr.split('\n').filter((l) => l.startsWith('error:'));
  return { code, stdout, stderr, errors };
}

describe('tofu-aws-action in a terminal', () => {
  it('refuses an unknown flag before running anything', async () => {
    const run = await cli(['fmt', '--working-dir', 'infra']);
    expect(run.code).toBe(1);
    expect(run.errors).toEqual([
      'error: Unknown flag --working-dir (did you mean --working-directory?): the flags are the inputs of action.yml and --comment-file, --no-summary, --help (tofu-aws-action --help lists them).',
    ]);
    expect(run.stderr).not.toContain('▸');
  });

  it('refuses an unknown command in one line, once', async () => {
    const run = await cli(['destroy']);
    expect(run.code).toBe(1);
    expect(run.errors).toEqual([
      `error: Input 'command' has value "destroy": allowed values are fmt, validate, plan, comment, apply, output, assume-role, image.`,
    ]);
  });

  it('exits as the README says: 0 on success (changes too), 1 on failure or no command, 0 for --help', async () => {
    const changes = await cli(['plan', '--plan-json', planJson]);
    expect(changes.code, changes.stderr).toBe(0);
    expect(changes.stderr).toMatch(/^has-changes=true$/m);
    const none = await cli([]);
    expect(none.code).toBe(1);
    expect(none.stdout).toMatch(/^usage: tofu-aws-action <command>/);
    expect(none.stderr).toBe('');
    expect((await cli(['--help'])).code).toBe(0);
    expect((await cli(['plan', '--plan-json', join(root, 'nope.json')])).code).toBe(1);

    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const terminal = readme.slice(readme.indexOf('## Running from a terminal'));
    const section = terminal.slice(0, terminal.indexOf('\n## ', 3));
    expect(section.replace(/\s+/g, ' ')).toContain(
      'Exit codes: 0 when the command and its post step succeed, a plan with changes included (there is no exit code 2',
    );
    expect(section.replace(/\s+/g, ' ')).toContain(
      'when no command is given (the usage on stdout); `--help` prints the usage and exits 0.',
    );
  });

  it('lists every input in its usage', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--working-directory');
    expect(run.stdout).toContain('--var-files*');
  });

  it('checks --comment-file before running: an existing directory, a missing one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-comment-'));
    const missing = join(dir, 'nope', 'comment.md');
    for (const [file, why] of [
      [dir, 'it is a directory, not a file'],
      [missing, `no such directory ${join(dir, 'nope')}`],
    ] as const) {
      const run = await cli(['plan', '--plan-json', planJson, '--comment-file', file]);
      expect(run.code).toBe(1);
      expect(run.errors).toEqual([`error: Flag --comment-file has value "${file}": ${why}.`]);
    }
  });

  it('writes --comment-file relative to its working directory', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'cli-cwd-'));
    const run = await cli(['plan', '--plan-json', planJson, '--comment-file', 'c.md'], {}, cwd);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(cwd, 'c.md'), 'utf8')).toContain('4 to add');
  });

  it('runs the post step after a failed main step too', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'cli-apply-'));
    mkdirSync(join(ws, 'infra'));
    const run = await cli(
      ['apply', '--working-directory', 'infra', '--tofu-binary', 'tofu', '--plan-file', 'nope'],
      { TOFU_AWS_ACTION_DEBUG: '1' },
      ws,
    );
    expect(run.code).toBe(1);
    expect(run.errors).toEqual([
      expect.stringMatching(/^error: Input 'plan-file' has value "nope": no such file/),
    ]);
    expect(run.stderr).toContain('debug: apply did not start tofu; nothing to clean up.');
  });
});

describe('github-token from the environment', () => {
  const REPO = 'acme/infra';
  let github: GitHubPeer;
  beforeAll(async () => {
    github = await startGitHubPeer();
  });
  afterAll(async () => {
    await github.close();
  });

  function pullRequestEnv(number: number) {
    const event = join(mkdtempSync(join(tmpdir(), 'cli-event-')), 'event.json');
    writeFileSync(
      event,
      JSON.stringify({
        pull_request: {
          number,
          head: { sha: 'a'.repeat(40), repo: { full_name: REPO } },
          base: { repo: { full_name: REPO } },
        },
        repository: { full_name: REPO, default_branch: 'main' },
      }),
    );
    return {
      GITHUB_REPOSITORY: REPO,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_API_URL: github.url,
      GITHUB_WORKFLOW: 'cli',
    };
  }

  it('takes GITHUB_TOKEN when --github-token is not given, and masks it', async () => {
    const run = await cli(['plan', '--plan-json', planJson, '--environment', 'write-token'], {
      ...pullRequestEnv(31),
      GITHUB_TOKEN: 'write-token',
    });
    expect(run.code, run.stderr).toBe(0);
    expect(github.state.comments(REPO, 31)).toHaveLength(1);
    expect(run.stderr).not.toContain('write-token');
  });

  it('lets the flag win over the environment', async () => {
    const run = await cli(['plan', '--plan-json', planJson, '--github-token', 'read-token'], {
      ...pullRequestEnv(32),
      GITHUB_TOKEN: 'write-token',
    });
    expect(
      github.requests.filter((r) => r.path.includes('/issues/32/')).map((r) => r.token),
    ).toContain('read-token');
    expect(github.state.comments(REPO, 32)).toHaveLength(0);
    expect(run.stderr).not.toContain('Unexpected error');
  });
});
