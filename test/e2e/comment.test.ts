import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aggregateCommentKey } from '../../src/github/comment-keys.js';
import { formatMarker } from '../../src/github/marker.js';
import { markerFor } from '../github/marker-for.js';
import { decodeChangeSet } from '../../src/tofu/change-set-codec.js';
import { fingerprintOf } from '../../src/tofu/fingerprint.js';
import { pullRequestPayload } from '../fixtures/pull-request-event.js';
import { startGitHubPeer, type GitHubPeer } from '../peers/github-peer.js';
import { distDir } from './dist-dir.js';
import { runAction, type ActionRun } from './run-action.js';

const root = resolve(import.meta.dirname, '../..');
const scenarios = join(root, 'test/fixtures/scenarios');
const replayTofu = join(root, 'test/peers/replay-tofu/tofu');
const haveDist = existsSync(join(distDir, 'main', 'index.js'));
if (!haveDist) console.log(`skipping comment end-to-end tests: no bundle in ${distDir}`);

const REPO = 'acme/infra';
const PR = 7;
const WORKFLOW = 'Infra plan';
const KEY = aggregateCommentKey(WORKFLOW);

let peer: GitHubPeer;
let workspace: string;

beforeAll(async () => {
  peer = await startGitHubPeer();
});
afterAll(async () => {
  await peer?.close();
});
beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'comment-e2e-'));
});
afterEach(() => rmSync(workspace, { recursive: true, force: true }));

function pullRequestEvent(headSha: string) {
  return { name: 'pull_request', payload: pullRequestPayload({ number: PR, headSha, repo: REPO }) };
}

const githubEnv = () => ({
  GITHUB_WORKSPACE: workspace,
  GITHUB_REPOSITORY: REPO,
  GITHUB_API_URL: peer.url,
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_WORKFLOW: WORKFLOW,
  GITHUB_RUN_ID: '1001',
});

/**
 * Runs the `plan` bundle with comment: false for one environment against a replay scenario and
 * puts its result file where a matrix's downloaded artifacts would be.
 */
async function planEnvironment(environment: string, scenario: string, sha: string): Promise<void> {
  const dir = join(workspace, 'envs', environment);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'main.tf'), 'terraform {}\n');
  const run = await runAction({
    inputs: {
      command: 'plan',
      'tofu-binary': replayTofu,
      'working-directory': `envs/${environment}`,
      environment,
      comment: 'false',
      'github-token': 'write-token',
    },
    env: {
      ...githubEnv(),
      TOFU_REPLAY_SCENARIO: join(scenarios, scenario),
      TOFU_REPLAY_STATE_DIR: mkdtempSync(join(tmpdir(), 'replay-state-')),
    },
    event: pullRequestEvent(sha),
    cwd: workspace,
  });
  const resultFile = run.outputs['result-file'];
  expect(resultFile, `plan of ${environment}: ${run.stdout}`).toBeTruthy();
  const target = join(workspace, 'plan-results', environment);
  mkdirSync(target, { recursive: true });
  copyFileSync(resultFile as string, join(target, 'result.json'));
}

function comment(
  inputs: Record<string, string>,
  options: { event?: { name: string; payload: unknown }; token?: string } = {},
): Promise<ActionRun> {
  return runAction({
    inputs: {
      command: 'comment',
      results: 'plan-results/**/result.json',
      'github-token': options.token ?? 'write-token',
      ...inputs,
    },
    env: githubEnv(),
    event: options.event ?? pullRequestEvent('a'.repeat(40)),
    cwd: workspace,
  });
}

function tableRow(body: string, environment: string): string | undefined {
  return body.split('\n').find((l) => l.startsWith('| ') && l.includes(`**${environment}**`));
}

describe.skipIf(!haveDist)('comment (bundle, replay tofu, GitHub peer)', () => {
  it('makes one comment for three environments, a re-run updates it, labels follow the plans', async () => {
    await planEnvironment('staging', 'plan-changes', 'a'.repeat(40));
    await planEnvironment('production', 'plan-destroy', 'a'.repeat(40));
    await planEnvironment('dev', 'init-error', 'a'.repeat(40));

    const first = await comment({ labels: 'true' });
    expect(first.exitCode, first.stdout).toBe(0);
    const comments = peer.state.comments(REPO, PR);
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body as string;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(tableRow(body, 'staging')).toMatch(
      /0 to add, 1 to change, 0 to destroy \| 0 \| 1 \| 0 \| 0 \| 0 \|/,
    );
    expect(tableRow(body, 'production')).toMatch(/^\| 🔥 .*\| 0 \| 0 \| 1 \| 0 \| 0 \|/);
    expect(tableRow(body, 'dev')).toContain('Plan failed \\(tofu init\\)');
    // Each environment's section, collapsed, the destroying one first.
    const order = [...body.matchAll(/<details><summary>\S+ <b>([^<]+)<\/b>/g)].map((m) => m[1]);
    expect(order).toEqual(['production', 'dev', 'staging']);
    const marker = markerFor(body, KEY);
    expect(Object.keys(marker?.environments ?? {}).sort()).toEqual([
      'dev',
      'production',
      'staging',
    ]);
    expect(marker?.environments.staging?.fingerprint).toMatch(/\S{16,}/);
    expect(marker?.environments.production?.fingerprint).toMatch(/\S{16,}/);
    expect(marker?.environments.dev?.status).toBe('failed');
    // The change sets from the result files, compressed into the marker here.
    for (const env of ['staging', 'production']) {
      const reviewed = decodeChangeSet(marker?.environments[env]?.changes as string);
      expect(reviewed && fingerprintOf(reviewed), env).toBe(marker?.environments[env]?.fingerprint);
    }
    expect(first.outputs['comment-url']).toMatch(/\/7#issuecomment-\d+$/);
    expect(first.outputs['has-changes']).toBe('true');
    expect(first.summary).toContain(tableRow(body, 'production'));
    expect(peer.state.issueLabels(REPO, PR).sort()).toEqual(['tofu:changes', 'tofu:destroy']);

    // A new push: only staging and production are planned, and nothing changes any more.
    rmSync(join(workspace, 'plan-results'), { recursive: true });
    await planEnvironment('staging', 'plan-no-changes', 'b'.repeat(40));
    await planEnvironment('production', 'plan-no-changes', 'b'.repeat(40));
    const second = await comment({ labels: 'true' }, { event: pullRequestEvent('b'.repeat(40)) });
    expect(second.exitCode, second.stdout).toBe(0);
    const after = peer.state.comments(REPO, PR);
    expect(after).toHaveLength(1);
    expect(after[0]?.id).toBe(comments[0]?.id);
    const updated = after[0]?.body as string;
    expect(updated).not.toBe(body);
    expect(tableRow(updated, 'staging')).toContain('No changes');
    expect(tableRow(updated, 'dev')).toContain('not planned in this run');
    expect(markerFor(updated, KEY)?.environments.dev?.status).toBe('not-planned');
    expect(markerFor(updated, KEY)?.sha).toBe('b'.repeat(40));
    expect(peer.state.issueLabels(REPO, PR)).toEqual(['tofu:no-changes']);
  });

  it('writes only the summary, warns and stays green where no pull request is in reach', async () => {
    await planEnvironment('staging', 'plan-changes', 'c'.repeat(40));
    const before = peer.requests.length;
    const push = await comment(
      { labels: 'true' },
      { event: { name: 'push', payload: { ref: 'refs/heads/main' } } },
    );
    expect(push.exitCode).toBe(0);
    expect(push.stdout).toMatch(/^::warning::No pull request in reach \(event: push\)/m);
    expect(push.summary).toContain('**staging**');
    expect(push.outputs['comment-url']).toBe('');
    expect(peer.requests.length).toBe(before);
  });

  it('warns and stays green when the token may not write (a fork)', async () => {
    await planEnvironment('staging', 'plan-changes', 'd'.repeat(40));
    const fork = await comment(
      {},
      { token: 'read-token', event: pullRequestEvent('d'.repeat(40)) },
    );
    expect(fork.exitCode, fork.stdout).toBe(0);
    expect(fork.stdout).toMatch(
      /^::warning::The token cannot write to pull request #7 \(HTTP 403/m,
    );
    expect(fork.summary).toContain('**staging**');
  });

  it('posts the comment and explains when the token may set labels but not create them', async () => {
    // GITHUB_TOKEN with pull-requests: write and no issues: write, in a repository without the labels.
    const repo = 'acme/no-labels-yet';
    peer.state.tokens.set('pr-token', 'pull-requests');
    await planEnvironment('staging', 'plan-changes', 'e'.repeat(40));
    const event = pullRequestEvent('e'.repeat(40));
    const payload = event.payload as { repository: { full_name: string } };
    payload.repository.full_name = repo;
    const labelled = () =>
      runAction({
        inputs: {
          command: 'comment',
          results: 'plan-results/**/result.json',
          'github-token': 'pr-token',
          labels: 'true',
        },
        env: { ...githubEnv(), GITHUB_REPOSITORY: repo },
        event,
        cwd: workspace,
      });

    const first = await labelled();
    expect(first.exitCode, first.stdout).toBe(0);
    expect(peer.state.comments(repo, PR)).toHaveLength(1);
    expect(first.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
    expect(first.stdout).toMatch(
      /^::warning::The labels of pull request #7 were not changed: .*403.*issues: write/m,
    );
    expect(first.stdout).not.toContain('The token cannot write to pull request');

    // Once a maintainer has created the labels, the same token sets them.
    for (const name of ['tofu:changes', 'tofu:destroy', 'tofu:no-changes'])
      peer.state.addRepoLabel(repo, { name });
    const second = await labelled();
    expect(second.exitCode, second.stdout).toBe(0);
    expect(second.stdout).not.toContain('were not changed');
    expect(peer.state.issueLabels(repo, PR)).toEqual(['tofu:changes']);
  });

  it('does not put the plans of an older commit over the comment of the head', async () => {
    const repo = 'acme/two-pushes';
    const pr = peer.state.addPullRequest(repo, { number: PR, headSha: 'a'.repeat(40) });
    const runFor = (sha: string) => commentIn(repo, sha);
    await planEnvironment('staging', 'plan-changes', 'a'.repeat(40));
    expect((await runFor('a'.repeat(40))).exitCode).toBe(0);

    // A second push (b) is planned and commented first; the run for a finishes late.
    pr.headSha = 'b'.repeat(40);
    rmSync(join(workspace, 'plan-results'), { recursive: true });
    await planEnvironment('staging', 'plan-no-changes', 'b'.repeat(40));
    expect((await runFor('b'.repeat(40))).exitCode).toBe(0);
    const headComment = peer.state.comments(repo, PR)[0]?.body as string;
    expect(markerFor(headComment, KEY)?.sha).toBe('b'.repeat(40));

    rmSync(join(workspace, 'plan-results'), { recursive: true });
    await planEnvironment('staging', 'plan-changes', 'a'.repeat(40));
    const late = await runFor('a'.repeat(40));
    expect(late.exitCode, late.stdout).toBe(0);
    expect(late.stdout).toMatch(/^::warning::Pull request #7 has moved on to bbbbbbbbbbbb/m);
    expect(late.summary).toContain('**staging**');
    expect(peer.state.comments(repo, PR)).toHaveLength(1);
    expect(peer.state.comments(repo, PR)[0]?.body).toBe(headComment);
  });

  function commentIn(repo: string, sha: string): Promise<ActionRun> {
    const event = pullRequestEvent(sha);
    (event.payload as { repository: { full_name: string } }).repository.full_name = repo;
    return runAction({
      inputs: {
        command: 'comment',
        results: 'plan-results/**/result.json',
        'github-token': 'write-token',
      },
      env: { ...githubEnv(), GITHUB_REPOSITORY: repo },
      event,
      cwd: workspace,
    });
  }

  it("neither edits an outsider's comment that starts with its marker nor carries its environments", async () => {
    const repo = 'acme/outsider';
    peer.state.addPullRequest(repo, { number: PR, headSha: 'a'.repeat(40) });
    const forgedBody = `${formatMarker(KEY, {
      v: 1,
      sha: 'a'.repeat(40),
      environments: { 'invented-prod': { fingerprint: 'sha256:forged', status: 'planned' } },
    })}\n## OpenTofu plan\n`;
    const forged = peer.state.addComment(repo, PR, forgedBody, { login: 'mallory' });
    await planEnvironment('staging', 'plan-changes', 'a'.repeat(40));
    const run = await commentIn(repo, 'a'.repeat(40));
    expect(run.exitCode, run.stdout).toBe(0);
    const comments = peer.state.comments(repo, PR);
    expect(comments).toHaveLength(2);
    expect(forged.body).toBe(forgedBody);
    const own = comments.find((c) => c.id !== forged.id)!;
    expect(own.user.login).toBe('github-actions[bot]');
    expect(Object.keys(markerFor(own.body, KEY)?.environments ?? {})).toEqual(['staging']);
    expect(own.body).not.toContain('invented-prod');
  });

  it('posts nothing to a merged pull request, and says so', async () => {
    const repo = 'acme/merged';
    peer.state.addPullRequest(repo, {
      number: PR,
      headSha: 'a'.repeat(40),
      state: 'closed',
      mergedAt: '2026-11-20T10:00:00Z',
    });
    await planEnvironment('staging', 'plan-changes', 'a'.repeat(40));
    const run = await commentIn(repo, 'a'.repeat(40));
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toMatch(
      /^::warning::Pull request #7 is merged: the plans of this run were not posted/m,
    );
    expect(run.summary).toContain('**staging**');
    expect(run.outputs['comment-url']).toBe('');
    expect(peer.state.comments(repo, PR)).toEqual([]);
  });

  it('fails naming the glob when no result file matches', async () => {
    const run = await comment({ results: 'nothing-here/**/result.json' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /^::error::Input 'results' is "nothing-here\/\*\*\/result\.json": no file matches it/m,
    );
  });

  it('fails naming a file that is not a plan result, or from another version', async () => {
    mkdirSync(join(workspace, 'plan-results/x'), { recursive: true });
    writeFileSync(
      join(workspace, 'plan-results/x/result.json'),
      JSON.stringify({ format_version: '1.2' }),
    );
    const notResult = await comment({});
    expect(notResult.exitCode).toBe(1);
    expect(notResult.stdout).toMatch(
      /^::error::Result file \S+plan-results\/x\/result\.json is not a tofu-aws-action plan result/m,
    );

    writeFileSync(
      join(workspace, 'plan-results/x/result.json'),
      JSON.stringify({ schema: 'tofu-aws-action/plan-result@0', environment: 'x' }),
    );
    const otherVersion = await comment({});
    expect(otherVersion.exitCode).toBe(1);
    expect(otherVersion.stdout).toMatch(
      /^::error::Result file \S+result\.json is from another version of tofu-aws-action/m,
    );
  });
});
