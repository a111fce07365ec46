import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/commands/apply.js';
import { MemoryHost } from '../../src/github/memory-host.js';
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
import { runCommand } from '../fixtures/command-context.js';
import { startGitHubPeer, type GitHubPeer } from '../peers/github-peer.js';

let peer: GitHubPeer;
let pr = 700;
beforeAll(async () => {
  peer = await startGitHubPeer();
});
afterAll(async () => {
  await peer?.close();
});

const SENSITIVE_PLAN = join(SCENARIOS, '../plans/sensitive.plan.json');
/** What the apply-sensitive-error scenario's tofu echoes: values the plan marks sensitive. */
const ECHOED = [
  'Sup3r-Secret-Passw0rd!',
  'postgres://app:Sup3r-Secret-Passw0rd!@db.internal:5432/app',
  'valkey-auth-token-9f8e7d6c5b4a',
];

/** An apply of `scenario` on a push of a merged PR whose plan comment reviewed `planJson`. */
async function apply(scenario: string, planJson: string) {
  pr++;
  const sha = `${pr}`.padEnd(40, 'c');
  addMergedPr(peer.state, pr, sha);
  const comment = peer.state.addComment(REPO, pr, planCommentBody(fingerprintOfFile(planJson)));
  const ws = applyWorkspace();
  const env = { ...pushEnv({ ...ws, apiUrl: peer.url, scenario }), GITHUB_SHA: sha };
  const host = new MemoryHost({ ...APPLY_INPUTS }, { workspace: ws.workspace, env });
  const error = await runCommand(run, host);
  const body = peer.state.comments(REPO, pr).find((c) => c.id === comment.id)?.body ?? '';
  return { host, error, body };
}

/** A copy of a scenario (its files by absolute path) whose plan is `plan`. */
function scenarioWithPlan(scenario: string, plan: unknown): string {
  const from = join(SCENARIOS, scenario);
  const dir = mkdtempSync(join(tmpdir(), 'scenario-'));
  const planJson = join(dir, 'plan.json');
  writeFileSync(planJson, JSON.stringify(plan));
  const spec = JSON.parse(readFileSync(join(from, 'scenario.json'), 'utf8')) as {
    steps: Record<string, Record<string, unknown>>;
  };
  for (const step of Object.values(spec.steps)) {
    for (const field of ['stdout', 'stderr', 'showJson', 'showText']) {
      if (typeof step[field] === 'string') step[field] = resolve(from, step[field]);
    }
  }
  spec.steps.plan = { ...spec.steps.plan, showJson: planJson };
  writeFileSync(join(dir, 'scenario.json'), JSON.stringify(spec));
  return dir;
}

describe('apply: the sensitive values of the plan', () => {
  it('shows none of them when tofu echoes them in an error, and masks them', async () => {
    const { host, error, body } = await apply('apply-sensitive-error', SENSITIVE_PLAN);
    expect(error?.name).toBe('ConfigurationError');
    expect(error?.message).toBe(
      'tofu apply failed in staging: aws_db_instance.main: connecting to (sensitive) failed',
    );
    expect(host.secrets).toEqual(expect.arrayContaining(ECHOED));

    expect(host.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        title: 'aws_db_instance.main: connecting to (sensitive) failed',
        message: expect.stringContaining('with password (sensitive) (auth token (sensitive))'),
        file: 'infra/envs/staging/main.tf',
      }),
    );
    expect(host.summary).toContain(
      '**Error:** aws_db_instance.main: connecting to (sensitive) failed',
    );
    expect(body).toContain('apply failed: aws_db_instance.main: connecting to (sensitive) failed');
    // The log: the diagnostic, tofu's plain stdout line and its stderr.
    expect(host.log.join('')).toContain('provider: dial (sensitive): connection refused');
    expect(host.log).toContain('postgres connection check failed for (sensitive)');

    const shown = [host.everything(), body, error?.message ?? ''].join('\n');
    for (const value of ECHOED) expect(shown).not.toContain(value);
  });

  it('masks no value shorter than 3 characters (the runner would blank it job-wide)', async () => {
    const plan = JSON.parse(readFileSync(join(SCENARIOS, 'plan-changes/plan.json'), 'utf8')) as {
      variables?: Record<string, { value: unknown }>;
      configuration: { root_module: { variables?: Record<string, { sensitive?: boolean }> } };
    };
    plan.variables = {
      ...plan.variables,
      replicas: { value: 1 },
      db_user: { value: 'db' },
      api_key: { value: 'key-0123456789' },
    };
    plan.configuration.root_module.variables = {
      ...plan.configuration.root_module.variables,
      replicas: { sensitive: true },
      db_user: { sensitive: true },
      api_key: { sensitive: true },
    };
    const dir = scenarioWithPlan('apply-changes', plan);
    const planJson = join(dir, 'plan.json');
    const { host, error } = await apply(dir, planJson);
    expect(error).toBeUndefined();
    expect(host.secrets).toContain('key-0123456789');
    expect(host.secrets).not.toContain('1');
    expect(host.secrets).not.toContain('db');
    expect(host.outputs).toMatchObject({ applied: 'true', change: '1' });
  });
});
