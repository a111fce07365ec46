import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markerFor } from '../github/marker-for.js';
import { decodeChangeSet } from '../../src/tofu/change-set-codec.js';
import { fingerprintOf, fingerprintPlan } from '../../src/tofu/fingerprint.js';
import { planModelFromJson } from '../../src/tofu/plan-model.js';
import { generatePlan } from '../fixtures/generate-plan.js';
import { startGitHubPeer, type GitHubPeer } from '../peers/github-peer.js';
import { runAction, type ActionRun } from './run-action.js';

const root = resolve(import.meta.dirname, '../..');
const replayTofu = join(root, 'test/peers/replay-tofu/tofu');
const scenarios = join(root, 'test/fixtures/scenarios');
const plans = join(root, 'test/fixtures/plans');
const REPO = 'acme/infra';

let github: GitHubPeer;
beforeAll(async () => {
  github = await startGitHubPeer();
});
afterAll(async () => {
  await github.close();
});

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-e2e-'));
  cpSync(join(root, 'test/fixtures/scenarios/plan-changes'), join(dir, 'infra/envs/staging'), {
    recursive: true,
  });
  writeFileSync(join(dir, 'infra/envs/staging/main.tf'), 'terraform {}\n');
  return dir;
}

function prEvent(number: number) {
  return {
    name: 'pull_request',
    payload: {
      pull_request: {
        number,
        head: { sha: 'a'.repeat(40), repo: { full_name: REPO } },
        base: { repo: { full_name: REPO } },
      },
      repository: { full_name: REPO, default_branch: 'main' },
    },
  };
}

async function plan(options: {
  scenario?: string;
  inputs?: Record<string, string>;
  event?: { name: string; payload: unknown };
  token?: string;
  ws?: string;
}): Promise<ActionRun> {
  const ws = options.ws ?? workspace();
  return runAction({
    inputs: {
      command: 'plan',
      'working-directory': 'infra/envs/staging',
      environment: 'staging',
      'tofu-binary': replayTofu,
      'github-token': options.token ?? 'write-token',
      ...options.inputs,
    },
    event: options.event,
    cwd: ws,
    env: {
      GITHUB_WORKSPACE: ws,
      GITHUB_REPOSITORY: REPO,
      GITHUB_API_URL: github.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '1234',
      GITHUB_SHA: 'b'.repeat(40),
      GITHUB_WORKFLOW: 'infra',
      TOFU_REPLAY_SCENARIO: join(scenarios, options.scenario ?? 'plan-changes'),
    },
  });
}

describe('plan end to end (dist/main as a process, replay tofu, GitHub peer)', () => {
  it('posts one comment on a pull request and updates it on the next run', async () => {
    const first = await plan({ event: prEvent(7) });
    expect(first.exitCode, first.stdout).toBe(0);
    const comments = github.state.comments(REPO, 7);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('<!-- tofu-aws-action:plan:infra:staging ');
    expect(first.outputs['has-changes']).toBe('true');
    expect(first.outputs.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(comments[0]?.body).toContain(first.outputs.fingerprint);
    // The marker carries the reviewed change set, compressed when the comment was written.
    const marked = markerFor(comments[0]?.body as string, 'infra:staging');
    const reviewed = decodeChangeSet(marked?.environments.staging?.changes as string);
    expect(reviewed && fingerprintOf(reviewed)).toBe(first.outputs.fingerprint);
    expect(first.summary).toContain('staging');
    const result = JSON.parse(readFileSync(first.outputs['result-file'] as string, 'utf8'));
    expect(result).toMatchObject({
      schema: 'tofu-aws-action/plan-result@1',
      environment: 'staging',
      status: 'planned',
    });
    expect(fingerprintOf(result.changeSet)).toBe(first.outputs.fingerprint);
    expect(existsSync(first.outputs['plan-file'] as string)).toBe(true);
    expect(
      JSON.parse(readFileSync(first.outputs['plan-json-file'] as string, 'utf8')).format_version,
    ).toBeDefined();

    const before = github.requests.length;
    const second = await plan({ event: prEvent(7) });
    expect(second.exitCode, second.stdout).toBe(0);
    expect(github.state.comments(REPO, 7)).toHaveLength(1);
    expect(github.state.comments(REPO, 7)[0]?.id).toBe(comments[0]?.id);
    // The comments are listed once per run, not once to check and again to update.
    const listed = github.requests
      .slice(before)
      .filter((r) => r.method === 'GET' && /\/issues\/7\/comments$/.test(r.path));
    expect(listed).toHaveLength(1);
  });

  it('counts what the plan JSON says', async () => {
    const run = await plan({ event: prEvent(8) });
    const json = JSON.parse(readFileSync(join(scenarios, 'plan-changes/plan.json'), 'utf8')) as {
      resource_changes: { change: { actions: string[] } }[];
    };
    const count = (pred: (a: string[]) => boolean) =>
      json.resource_changes.filter((c) => pred(c.change.actions)).length;
    expect(Number(run.outputs.add)).toBe(count((a) => a.includes('create')));
    expect(Number(run.outputs.destroy)).toBe(count((a) => a.includes('delete')));
    expect(Number(run.outputs.change)).toBe(count((a) => a.length === 1 && a[0] === 'update'));
  });

  it('writes only the summary on a push, and stays green', async () => {
    const before = github.requests.length;
    const run = await plan({ event: { name: 'push', payload: { ref: 'refs/heads/main' } } });
    expect(run.exitCode).toBe(0);
    expect(github.requests.length).toBe(before);
    expect(run.summary).toMatch(/to add|No changes/);
    expect(run.stdout).toContain('No pull request in reach');
  });

  it('warns and stays green when the token cannot write (a fork)', async () => {
    const run = await plan({ event: prEvent(9), token: 'read-token' });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/::warning::The token cannot write to pull request #9/);
    expect(run.summary).toContain('staging');
    expect(github.state.comments(REPO, 9)).toHaveLength(0);
  });

  it('warns when no token is given and still writes the summary', async () => {
    const run = await plan({ event: prEvent(10), inputs: { 'github-token': '' } });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('::warning::No github-token');
    expect(run.summary).toContain('staging');
  });

  it('puts a warning line in the comment when something is destroyed', async () => {
    const run = await plan({ event: prEvent(11), scenario: 'plan-destroy' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(Number(run.outputs.destroy)).toBeGreaterThan(0);
    expect(github.state.comments(REPO, 11)[0]?.body).toMatch(
      /This plan destroys \d+ resources? \(/,
    );
  });

  it('reports a failed plan: annotations, a comment with the first error, exit 1', async () => {
    const run = await plan({ event: prEvent(12), scenario: 'plan-error' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error title=[^,]+,file=infra\/envs\/staging\/[^,]+,line=\d+::/);
    const body = github.state.comments(REPO, 12)[0]?.body ?? '';
    expect(body).toContain('plan failed');
    expect(run.stdout.match(/^::error::/gm)).toHaveLength(1);
    expect(JSON.parse(readFileSync(run.outputs['result-file'] as string, 'utf8')).status).toBe(
      'failed',
    );
  });

  it("keeps the comment of a 20,000-change plan under GitHub's limit, verdict and table intact", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'big-plan-'));
    const { plan: big, text, secrets } = generatePlan(20_000);
    writeFileSync(join(dir, 'plan.json'), JSON.stringify(big));
    writeFileSync(join(dir, 'plan.txt'), text);
    const run = await plan({
      event: prEvent(14),
      inputs: { 'plan-json': join(dir, 'plan.json'), 'plan-text': join(dir, 'plan.txt') },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    // A 26 MB file is read in parts (plan-json-stream.ts, its own chunk): the same plan.
    const model = planModelFromJson(big, 'generated');
    expect(run.outputs.fingerprint).toBe(fingerprintPlan(big));
    expect(Number(run.outputs.add)).toBe(model.counts.add);
    expect(Number(run.outputs.destroy)).toBe(model.counts.destroy);
    const body = github.state.comments(REPO, 14)[0]?.body ?? '';
    expect([...body].length).toBeLessThan(65_536);
    const verdict = `${run.outputs.add} to add, ${run.outputs.change} to change, ${run.outputs.destroy} to destroy`;
    expect(body).toContain(verdict);
    expect(body).toMatch(/and [\d,]+ more/);
    expect(body).toMatch(/cut|whole plan/i);
    expect(secrets.some((secret) => body.includes(secret) || run.summary.includes(secret))).toBe(
      false,
    );
  });

  it('lets nothing sensitive out: comment, summary, outputs, result file, log', async () => {
    const run = await plan({
      event: prEvent(13),
      inputs: {
        'plan-json': join(plans, 'sensitive.plan.json'),
        'plan-text': join(plans, 'sensitive.plan.txt'),
      },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const secrets = ['Sup3r-Secret-Passw0rd!', 'old-Passw0rd-2023'];
    const body = github.state.comments(REPO, 13)[0]?.body ?? '';
    const result = readFileSync(run.outputs['result-file'] as string, 'utf8');
    const planTextFile = readFileSync(
      join(run.files.temp, 'tofu-aws-action/staging/plan.txt'),
      'utf8',
    );
    const unmaskedLog = run.stdout.replace(/^::add-mask::.*$/gm, '');
    for (const secret of secrets) {
      expect(run.stdout).toContain(`::add-mask::${secret}`);
      for (const [where, text] of Object.entries({
        body,
        summary: run.summary,
        result,
        planTextFile,
        log: unmaskedLog,
        stderr: run.stderr,
      })) {
        expect(text.includes(secret), `${secret} leaked into ${where}`).toBe(false);
      }
      expect(Object.values(run.outputs).some((v) => v.includes(secret))).toBe(false);
    }
    expect(body).toContain('(sensitive)');
  });
});

describe('plan bad input (one line, exit 1, no stack)', () => {
  function oneLineError(run: ActionRun): string {
    expect(run.exitCode).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(run.stdout).not.toMatch(/\n\s+at /);
    return errors[0] as string;
  }

  it('names a missing working directory', async () => {
    const run = await plan({ inputs: { 'working-directory': 'infra/envs/nope' } });
    expect(oneLineError(run)).toMatch(
      /Input 'working-directory' has value "infra\/envs\/nope": no such directory/,
    );
  });

  it('explains a missing tofu and how to install it', async () => {
    const run = await plan({ inputs: { 'tofu-binary': 'tofu-does-not-exist' } });
    expect(oneLineError(run)).toMatch(
      /Input 'tofu-binary' is "tofu-does-not-exist", which was not found: install OpenTofu/,
    );
  });

  it('refuses plan-json that is not JSON, not a plan, or of an unknown format version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bad-plan-'));
    writeFileSync(join(dir, 'a.json'), '{ nope');
    writeFileSync(join(dir, 'b.json'), '{"hello": "world"}');
    writeFileSync(join(dir, 'c.json'), '{"format_version": "2.0", "resource_changes": []}');
    expect(oneLineError(await plan({ inputs: { 'plan-json': join(dir, 'a.json') } }))).toMatch(
      /Input 'plan-json' .*a\.json.* is not JSON/,
    );
    expect(oneLineError(await plan({ inputs: { 'plan-json': join(dir, 'b.json') } }))).toMatch(
      /Input 'plan-json' .*b\.json.* is not a plan/,
    );
    expect(oneLineError(await plan({ inputs: { 'plan-json': join(dir, 'c.json') } }))).toMatch(
      /format_version "2\.0"; supported 0\.1 to 1\.2/,
    );
  });
});
