import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planCommentKey } from '../../src/github/comment-keys.js';
import { formatMarker, leadingMarker } from '../../src/github/marker.js';
import {
  APPLY_INPUTS,
  PLANNED_FINGERPRINT,
  REPO,
  SCENARIOS,
  applyWorkspace,
  pushEnv,
  replayCalls,
} from '../fixtures/apply-workspace.js';
import { writePullRequestEvent } from '../fixtures/pull-request-event.js';
import { startGitHubPeer, type GitHubPeer, type PeerPullRequest } from '../peers/github-peer.js';
import { distDir } from './dist-dir.js';
import { runAction } from './run-action.js';

/**
 * Who and what `apply` trusts as the reviewed plan, end to end: the plan bundle posts on a
 * pull request of the GitHub peer, the pull request is merged, the apply bundle runs on the push.
 */
const haveDist = existsSync(join(distDir, 'main', 'index.js'));
if (!haveDist) console.log(`skipping plan-comment trust end-to-end tests: no bundle in ${distDir}`);

const ALL_ACTIONS = join(SCENARIOS, '../plans/all-actions.plan.json');
const HEAD = 'b'.repeat(40);
const KEY = planCommentKey('Infra apply', 'staging');

/** A machine user's personal access token; its private organisation membership shows as CONTRIBUTOR. */
const MACHINE_TOKEN = 'machine-pat';

let peer: GitHubPeer;
beforeAll(async () => {
  peer = await startGitHubPeer({
    tokens: { 'write-token': 'write', [MACHINE_TOKEN]: 'write' },
    users: { [MACHINE_TOKEN]: { login: 'infra-machine', association: 'CONTRIBUTOR' } },
  });
});
afterAll(async () => {
  await peer?.close();
});

function openPr(number: number): PeerPullRequest {
  return peer.state.addPullRequest(REPO, { number, headSha: HEAD });
}

/** Merged at `at`; by default a little later than now (merged_at has whole seconds). */
function merge(pr: PeerPullRequest, at = new Date(Date.now() + 2_000)): string {
  const sha = `${pr.number}`.padEnd(40, 'c');
  pr.state = 'closed';
  pr.mergedAt = at.toISOString().replace(/\.\d{3}Z$/, 'Z');
  pr.mergeCommitSha = sha;
  return sha;
}

/** The plan bundle on a pull_request event of `pr`, rendering `plan-json` with `planText`. */
async function planOnPr(
  pr: number,
  planText: string,
  options: { planJson?: string; token?: string } = {},
) {
  const ws = applyWorkspace();
  const event = writePullRequestEvent(ws.workspace, { number: pr, headSha: HEAD, repo: REPO });
  writeFileSync(join(ws.workspace, 'plan.txt'), planText);
  return runAction({
    inputs: {
      ...APPLY_INPUTS,
      command: 'plan',
      'plan-json': options.planJson ?? ALL_ACTIONS,
      'plan-text': join(ws.workspace, 'plan.txt'),
      'github-token': options.token ?? APPLY_INPUTS['github-token'],
    },
    env: {
      ...pushEnv({ ...ws, apiUrl: peer.url, scenario: 'plan-changes' }),
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REF: `refs/pull/${pr}/merge`,
    },
  });
}

/** The apply bundle on the push of `sha`; its re-plan has PLANNED_FINGERPRINT. */
async function applyPush(sha: string, token = APPLY_INPUTS['github-token']) {
  const ws = applyWorkspace();
  const run = await runAction({
    inputs: { ...APPLY_INPUTS, 'github-token': token },
    env: { ...pushEnv({ ...ws, apiUrl: peer.url, scenario: 'apply-changes' }), GITHUB_SHA: sha },
  });
  return { run, applies: replayCalls(ws.log).filter((c) => c.subcommand === 'apply') };
}

/**
 * Merged after the planted and forged markers' time (2099-01-01), which is after the real plan:
 * only the rule under test, not the after-the-merge rule, can leave them out.
 */
const MERGED_AFTER_THE_FORGERIES = new Date('2099-06-01T00:00:00Z');

const planted = formatMarker(KEY, {
  v: 1,
  sha: HEAD,
  environments: {
    staging: { fingerprint: PLANNED_FINGERPRINT, status: 'planned', at: '2099-01-01T00:00:00Z' },
  },
});

describe.skipIf(!haveDist)('the reviewed plan apply trusts (bundles, GitHub peer)', () => {
  it('is never a marker planted in the plan text of the comment', async () => {
    const pr = openPr(701);
    const text = `OpenTofu will perform the following actions:\n\n  + resource "aws_ssm_parameter" "note" {\n      + value = <<-EOT\n            ${planted}\n        EOT\n    }\n\nPlan: 1 to add, 0 to change, 0 to destroy.\n`;
    const plan = await planOnPr(701, text);
    expect(plan.exitCode, plan.stdout).toBe(0);
    const [comment] = peer.state.comments(REPO, 701);
    expect(comment?.body).toContain(planted);
    expect(leadingMarker(comment!.body)?.data.environments.staging?.fingerprint).toBe(
      plan.outputs.fingerprint,
    );

    const { run, applies } = await applyPush(merge(pr, MERGED_AFTER_THE_FORGERIES));
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/changed since it was reviewed on pull request #701/);
    expect(applies).toEqual([]);
  });

  it("never takes an outsider's comment for the plan comment, nor its marker for a review", async () => {
    const pr = openPr(702);
    const forged = peer.state.addComment(REPO, 702, `${planted}\n## Plan: staging\n`, {
      login: 'mallory',
    });
    const plan = await planOnPr(702, 'Plan: 1 to add, 0 to change, 0 to destroy.\n');
    expect(plan.exitCode, plan.stdout).toBe(0);
    const comments = peer.state.comments(REPO, 702);
    expect(comments).toHaveLength(2);
    expect(forged.body).toBe(`${planted}\n## Plan: staging\n`);
    expect(comments.find((c) => c.id !== forged.id)?.user.login).toBe('github-actions[bot]');

    const { run, applies } = await applyPush(merge(pr, MERGED_AFTER_THE_FORGERIES));
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/changed since it was reviewed on pull request #702/);
    expect(applies).toEqual([]);
  });

  it('posts no plan to a merged pull request: the summary has it, the step stays green', async () => {
    const pr = openPr(703);
    merge(pr);
    const plan = await planOnPr(703, 'Plan: 1 to add, 0 to change, 0 to destroy.\n');
    expect(plan.exitCode, plan.stdout).toBe(0);
    expect(plan.stdout).toMatch(
      /^::warning::Pull request #703 is merged: the plans of this run were not posted/m,
    );
    expect(plan.summary).toContain('staging');
    expect(peer.state.comments(REPO, 703)).toEqual([]);
  });

  it('does not take a plan made after the merge for the reviewed one', async () => {
    const pr = openPr(704);
    const sha = merge(pr, new Date('2026-11-20T10:00:00Z'));
    const marker = (fingerprint: string, at: string) =>
      `${formatMarker(KEY, { v: 1, sha: HEAD, environments: { staging: { fingerprint, status: 'planned', at } } })}\n## Plan: staging\n`;
    // Reviewed before the merge; then a plan that was still running at the merge posted the
    // plan of now.
    peer.state.addComment(REPO, 704, marker('sha256:' + '0'.repeat(64), '2026-11-20T09:00:00Z'));
    peer.state.addComment(REPO, 704, marker(PLANNED_FINGERPRINT, '2026-11-20T10:00:05Z'));
    const { run, applies } = await applyPush(sha);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/changed since it was reviewed on pull request #704/);
    expect(applies).toEqual([]);

    // Without the plan reviewed before the merge, there is no reviewed plan at all.
    const late = openPr(705);
    const lateSha = merge(late, new Date('2026-11-20T10:00:00Z'));
    peer.state.addComment(REPO, 705, marker(PLANNED_FINGERPRINT, '2026-11-20T10:00:05Z'));
    const alone = await applyPush(lateSha);
    expect(alone.run.exitCode).toBe(1);
    expect(alone.run.stdout).toMatch(/made after it was merged/);
    expect(alone.applies).toEqual([]);
    expect(readFileSync(alone.run.files.summary, 'utf8')).toContain('Nothing was applied');
  });

  it("keeps one comment for a machine user's token (a CONTRIBUTOR), and apply trusts its plan", async () => {
    const pr = openPr(706);
    // An outsider who contributed before is a CONTRIBUTOR too: a newer plan that is not theirs.
    const outsiderBody = `${formatMarker(KEY, {
      v: 1,
      sha: HEAD,
      environments: {
        staging: {
          fingerprint: `sha256:${'0'.repeat(64)}`,
          status: 'planned',
          at: '2099-01-01T00:00:00Z',
        },
      },
    })}\n## Plan: staging\n`;
    const outsider = peer.state.addComment(REPO, 706, outsiderBody, {
      login: 'mallory',
      authorAssociation: 'CONTRIBUTOR',
    });
    const planJson = join(SCENARIOS, 'plan-changes/plan.json');
    const options = { planJson, token: MACHINE_TOKEN };
    const first = await planOnPr(706, 'Plan: 0 to add, 1 to change, 0 to destroy.\n', options);
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.stdout).toMatch(/Plan comment created on pull request #706/);
    const second = await planOnPr(706, 'Plan: 0 to add, 1 to change, 0 to destroy. \n', options);
    expect(second.exitCode, second.stdout).toBe(0);
    expect(second.stdout).toMatch(/Plan comment updated on pull request #706/);
    const comments = peer.state.comments(REPO, 706);
    expect(comments.map((c) => c.user.login)).toEqual(['mallory', 'infra-machine']);
    expect(outsider.body).toBe(outsiderBody);

    const { run, applies } = await applyPush(merge(pr, MERGED_AFTER_THE_FORGERIES), MACHINE_TOKEN);
    expect(run.stdout).toContain(`Reviewed plan of staging: ${PLANNED_FINGERPRINT}`);
    expect(run.stdout).toMatch(/The plan matches the plan reviewed on pull request #706/);
    expect(applies).toHaveLength(1);
  });
});
