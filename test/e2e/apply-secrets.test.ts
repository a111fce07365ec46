import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APPLY_INPUTS,
  REPO,
  SCENARIOS,
  addMergedPr,
  applyWorkspace,
  fingerprintOfFile,
  planCommentBody,
  pushEnv,
} from '../fixtures/apply-workspace.js';
import { startGitHubPeer, type GitHubPeer } from '../peers/github-peer.js';
import { distDir } from './dist-dir.js';
import { runAction } from './run-action.js';

const haveDist = existsSync(join(distDir, 'main', 'index.js'));
if (!haveDist) console.log(`skipping apply-secrets end-to-end tests: no bundle in ${distDir}`);

let peer: GitHubPeer;
beforeAll(async () => {
  peer = await startGitHubPeer();
});
afterAll(async () => {
  await peer?.close();
});

const SECRETS = [
  'Sup3r-Secret-Passw0rd!',
  'postgres://app:Sup3r-Secret-Passw0rd!@db.internal:5432/app',
  'valkey-auth-token-9f8e7d6c5b4a',
];

describe.skipIf(!haveDist)('apply end to end: sensitive values in tofu errors', () => {
  it('masks them first and shows none of them in the log, summary, outputs or comment', async () => {
    const sha = '5ec2'.padEnd(40, '7');
    addMergedPr(peer.state, 561, sha);
    const planJson = join(SCENARIOS, '../plans/sensitive.plan.json');
    const comment = peer.state.addComment(REPO, 561, planCommentBody(fingerprintOfFile(planJson)));
    const ws = applyWorkspace();
    const env = {
      ...pushEnv({ ...ws, apiUrl: peer.url, scenario: 'apply-sensitive-error' }),
      GITHUB_SHA: sha,
    };
    const run = await runAction({ inputs: APPLY_INPUTS, env });
    expect(run.exitCode, run.stdout).toBe(1);

    const lines = run.stdout.split('\n');
    const masks = lines.filter((l) => l.startsWith('::add-mask::'));
    for (const value of SECRETS) expect(masks).toContain(`::add-mask::${value}`);
    // Each mask comes before the first line of tofu apply.
    const firstApplyLine = lines.findIndex((l) => l.includes('tofu apply (staging)'));
    expect(lines.findLastIndex((l) => l.startsWith('::add-mask::'))).toBeLessThan(firstApplyLine);
    expect(run.stdout).toContain(
      '::error::tofu apply failed in staging: aws_db_instance.main: connecting to (sensitive) failed',
    );
    expect(run.summary).toContain('connecting to (sensitive) failed');
    const body = peer.state.comments(REPO, 561).find((c) => c.id === comment.id)?.body ?? '';
    expect(body).toContain('apply failed: aws_db_instance.main: connecting to (sensitive) failed');

    const shown = [
      lines.filter((l) => !l.startsWith('::add-mask::')).join('\n'),
      run.stderr,
      run.summary,
      JSON.stringify(run.outputs),
      body,
    ].join('\n');
    for (const value of SECRETS) expect(shown).not.toContain(value);
  });
});
