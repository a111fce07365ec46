import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/commands/apply.js';
import { markerFor } from '../github/marker-for.js';
import { MemoryHost } from '../../src/github/memory-host.js';
import { encodeChangeSet, planChangeSet } from '../../src/tofu/change-set-codec.js';
import { collectSensitiveValues } from '../../src/tofu/sensitive.js';
import {
  APPLY_INPUTS,
  PLANNED_FINGERPRINT,
  REPO,
  SCENARIOS,
  SHA,
  addMergedPr,
  applyWorkspace,
  fingerprintOfFile,
  planCommentBody,
  pushEnv,
  replayCalls,
} from '../fixtures/apply-workspace.js';
import { runCommand } from '../fixtures/command-context.js';
import { startGitHubPeer, type GitHubPeer } from '../peers/github-peer.js';

let peer: GitHubPeer;
let pr = 100;
beforeAll(async () => {
  peer = await startGitHubPeer();
});
afterAll(async () => {
  await peer?.close();
});

/** A merged PR for SHA with a plan comment; each test gets its own PR number and commit. */
function mergedPr(body: string | undefined) {
  pr++;
  const sha = `${pr}`.padEnd(40, 'a');
  addMergedPr(peer.state, pr, sha);
  const comment = body === undefined ? undefined : peer.state.addComment(REPO, pr, body);
  return { sha, comment };
}

async function apply(
  inputs: Record<string, string>,
  options: { scenario?: string; sha?: string } = {},
) {
  const ws = applyWorkspace();
  const env = {
    ...pushEnv({ ...ws, apiUrl: peer.url, scenario: options.scenario ?? 'apply-changes' }),
    GITHUB_SHA: options.sha ?? SHA,
  };
  const host = new MemoryHost({ ...APPLY_INPUTS, ...inputs }, { workspace: ws.workspace, env });
  const error = await runCommand(run, host);
  const calls = replayCalls(ws.log);
  return { host, error, calls, applies: calls.filter((c) => c.subcommand === 'apply'), ws };
}

const commentBody = (id: number) =>
  peer.state.comments(REPO, pr).find((c) => c.id === id)?.body ?? '';

describe('apply: the reviewed-plan guard', () => {
  beforeEach(() => undefined);

  it('applies the re-planned plan when its fingerprint equals the reviewed one', async () => {
    const { sha, comment } = mergedPr(planCommentBody(PLANNED_FINGERPRINT));
    const { host, error, applies, calls } = await apply({}, { sha });
    expect(error).toBeUndefined();
    expect(calls.map((c) => c.subcommand)).toEqual(['init', 'plan', 'show', 'show', 'apply']);
    expect(applies[0]?.appliedPlan).toMatchObject({
      showJson: join(SCENARIOS, 'plan-changes/plan.json'),
    });
    expect(applies[0]?.argv).toEqual(
      expect.arrayContaining(['-json', '-input=false', '-lock-timeout=300s']),
    );
    expect(host.outputs).toMatchObject({
      applied: 'true',
      add: '0',
      change: '1',
      destroy: '0',
      'lock-wait-seconds': '0',
    });
    expect(host.log).toContain(
      '✓ tfcoremock_simple_resource.drift: Modifications complete after 0s [id=f3c6ddc5-37d5-0170-64ff-518ad421385a]',
    );
    expect(host.summary).toMatch(
      /\| `tfcoremock_simple_resource.drift` \| update \| .*done \| 0s \|/,
    );
    const body = commentBody(comment!.id);
    expect(markerFor(body, 'Infra-plan:staging')?.environments.staging).toEqual({
      fingerprint: PLANNED_FINGERPRINT,
      status: 'applied',
    });
    expect(body).toContain('✅ **staging**: applied: 0 added, 1 changed, 0 destroyed');
    expect(body).toContain('https://staging.example.test');
    expect(body).not.toContain('db_password');
    expect(body).toContain('## Plan: staging');
  });

  it('refuses a plan that differs from the reviewed one, with a diff, and marks the comment', async () => {
    const reviewedJson = join(SCENARIOS, '../plans/all-actions.plan.json');
    const { sha, comment } = mergedPr(planCommentBody(fingerprintOfFile(reviewedJson)));
    const { host, error, applies } = await apply({ 'reviewed-plan-json': reviewedJson }, { sha });
    expect(applies).toEqual([]);
    expect(error?.name).toBe('ConfigurationError');
    expect(error?.message).toMatch(
      /changed since it was reviewed on pull request #\d+.*nothing was applied/,
    );
    expect(host.outputs.applied).toBe('false');
    expect(host.summary).toContain(
      '+ tfcoremock_simple_resource.drift (update): not in the reviewed plan',
    );
    expect(host.summary).toMatch(/^- .*: no longer planned$/m);
    const body = commentBody(comment!.id);
    expect(markerFor(body, 'Infra-plan:staging')?.environments.staging?.status).toBe(
      'plan-changed',
    );
    expect(body).toContain('not applied, the plan changed since review');
    expect(body).toContain('+ tfcoremock_simple_resource.drift (update)');
  });

  it('without the reviewed plan JSON, says what would be applied now', async () => {
    const { sha } = mergedPr(planCommentBody('sha256:' + '0'.repeat(64)));
    const { host, error, applies } = await apply({}, { sha });
    expect(applies).toEqual([]);
    expect(error?.message).toContain('changed since it was reviewed');
    expect(host.summary).toContain('+ tfcoremock_simple_resource.drift (update)');
    expect(host.summary).toContain('reviewed-plan-json');
  });

  it('shows the full diff from the change set the plan comment carries', async () => {
    const reviewedPath = join(SCENARIOS, '../plans/all-actions.plan.json');
    const reviewed = JSON.parse(readFileSync(reviewedPath, 'utf8')) as unknown;
    const { set } = planChangeSet(reviewed, collectSensitiveValues(reviewed));
    const encoded = set && encodeChangeSet(set);
    expect(encoded).toBeDefined();
    const { sha, comment } = mergedPr(
      planCommentBody(fingerprintOfFile(reviewedPath), 'planned', encoded),
    );
    const { host, error, applies } = await apply({}, { sha });
    expect(applies).toEqual([]);
    expect(error?.message).toContain('changed since it was reviewed');
    expect(host.summary).toContain(
      '+ tfcoremock_simple_resource.drift (update): not in the reviewed plan',
    );
    expect(host.summary).toMatch(/^- .*: no longer planned$/m);
    expect(host.summary).not.toContain('not available here');
    expect(commentBody(comment!.id)).toMatch(/^- .*: no longer planned$/m);
  });

  it("does not take a change set that is not the reviewed plan's for the reviewed one", async () => {
    const reviewed = JSON.parse(
      readFileSync(join(SCENARIOS, '../plans/all-actions.plan.json'), 'utf8'),
    ) as unknown;
    const { set } = planChangeSet(reviewed, []);
    const encoded = set && encodeChangeSet(set);
    const { sha } = mergedPr(planCommentBody('sha256:' + '0'.repeat(64), 'planned', encoded));
    const { host, error } = await apply({}, { sha });
    expect(error?.message).toContain('changed since it was reviewed');
    expect(host.summary).not.toContain('no longer planned');
    expect(host.summary).toContain('not available here');
    expect(host.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringMatching(/is not the reviewed plan's; no full diff/),
      }),
    );
  });

  it('refuses a marker whose change set is nested too deep to hash as a changed plan, not a crash', async () => {
    const depth = 200_000;
    const json = `{"version":1,"outputs":[],"resources":[{"address":"a","actions":["create"],"after":${'['.repeat(depth)}${']'.repeat(depth)}}]}`;
    const deep = gzipSync(json).toString('base64');
    const { sha } = mergedPr(planCommentBody('sha256:' + '0'.repeat(64), 'planned', deep));
    const { error, applies } = await apply({}, { sha });
    expect(applies).toEqual([]);
    expect(error?.name).toBe('ConfigurationError');
    expect(error?.message).toContain('changed since it was reviewed');
  });

  it('ignores a plan marker written by someone without write access', async () => {
    // The bot's comment shows another plan; a forged, newer one shows the plan of now.
    const { sha, comment } = mergedPr(planCommentBody('sha256:' + '0'.repeat(64)));
    const forged = peer.state.addComment(REPO, pr, planCommentBody(PLANNED_FINGERPRINT), {
      login: 'mallory',
      createdAt: '2099-01-01T00:00:00Z',
    });
    const { error, applies } = await apply({}, { sha });
    expect(applies).toEqual([]);
    expect(error?.message).toContain('changed since it was reviewed');
    expect(
      markerFor(commentBody(comment!.id), 'Infra-plan:staging')?.environments.staging?.status,
    ).toBe('plan-changed');
    expect(commentBody(forged.id)).toBe(planCommentBody(PLANNED_FINGERPRINT));

    // Alone, the forged comment is no review at all.
    const second = mergedPr(undefined);
    peer.state.addComment(REPO, pr, planCommentBody(PLANNED_FINGERPRINT), { login: 'mallory' });
    const alone = await apply({}, { sha: second.sha });
    expect(alone.applies).toEqual([]);
    expect(alone.error?.message).toMatch(/has no plan comment for environment staging \(1 comment/);
  });

  it('trusts a plan comment of a collaborator (a token of a machine user)', async () => {
    const { sha } = mergedPr(undefined);
    const c = peer.state.addComment(REPO, pr, planCommentBody(PLANNED_FINGERPRINT), {
      login: 'infra-bot-user',
    });
    c.authorAssociation = 'COLLABORATOR';
    const { error, applies } = await apply({}, { sha });
    expect(error).toBeUndefined();
    expect(applies).toHaveLength(1);
  });

  it('applies nothing and succeeds when the plan has no changes, whatever was reviewed', async () => {
    const { sha, comment } = mergedPr(planCommentBody(PLANNED_FINGERPRINT, 'applied'));
    const before = commentBody(comment!.id);
    const { host, error, applies } = await apply({}, { sha, scenario: 'plan-no-changes' });
    expect(error).toBeUndefined();
    expect(applies).toEqual([]);
    expect(host.outputs.applied).toBe('false');
    expect(host.annotations).toContainEqual(
      expect.objectContaining({
        level: 'notice',
        message: expect.stringMatching(/has no changes, unlike the plan reviewed/),
      }),
    );
    expect(commentBody(comment!.id)).toBe(before);
  });

  it('fails when no merged PR is found on a push to the default branch, and says so', async () => {
    const { host, error, applies } = await apply({}, { sha: 'f'.repeat(40) });
    expect(applies).toEqual([]);
    expect(error?.message).toMatch(
      /No reviewed plan to compare with: no merged pull request contains commit ffffffffffff.*require-reviewed-plan is true/,
    );
    expect(host.outputs.applied).toBe('false');
  });

  it('applies without a PR when require-reviewed-plan is false, with a warning', async () => {
    const { host, error, applies } = await apply(
      { 'require-reviewed-plan': 'false' },
      { sha: 'e'.repeat(40) },
    );
    expect(error).toBeUndefined();
    expect(applies).toHaveLength(1);
    expect(host.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringMatching(/No reviewed plan.*Applying anyway/),
      }),
    );
  });

  it('treats a PR without a plan comment for this environment as not reviewed', async () => {
    const { sha } = mergedPr(undefined);
    const { error, applies } = await apply({}, { sha });
    expect(applies).toEqual([]);
    expect(error?.message).toMatch(/has no plan comment for environment staging/);
  });

  it('treats a failed plan in the comment as not reviewed', async () => {
    const { sha } = mergedPr(planCommentBody(undefined, 'failed'));
    const { error, applies } = await apply({}, { sha });
    expect(applies).toEqual([]);
    expect(error?.message).toMatch(/shows environment staging as failed/);
  });

  it('does not look at GitHub when check-reviewed-plan is false', async () => {
    const before = peer.requests.length;
    const { error, applies } = await apply(
      { 'check-reviewed-plan': 'false', 'github-token': '' },
      { sha: 'd'.repeat(40) },
    );
    expect(error).toBeUndefined();
    expect(applies).toHaveLength(1);
    expect(peer.requests.length).toBe(before);
  });
});

describe('apply: bad input', () => {
  it('says a stale saved plan needs a re-plan', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stub-'));
    const stub = join(dir, 'plan.tfplan');
    writeFileSync(
      stub,
      JSON.stringify({
        'tofu-replay-plan': 1,
        showJson: join(SCENARIOS, 'plan-changes/plan.json'),
      }),
    );
    const { error, host, applies } = await apply(
      { 'plan-file': stub, 'check-reviewed-plan': 'false' },
      { scenario: 'apply-stale' },
    );
    expect(applies).toHaveLength(1);
    expect(error?.message).toMatch(/stale.*A re-plan is needed/);
    expect(host.outputs.applied).toBe('false');
  });

  it('says a file that is not a plan is not one, and that a re-plan is needed', async () => {
    const scenario = mkdtempSync(join(tmpdir(), 'scenario-'));
    mkdirSync(scenario, { recursive: true });
    writeFileSync(
      join(scenario, 'scenario.json'),
      JSON.stringify({
        steps: {
          'show-json': {
            stderrText:
              '\nError: Failed to read the given file as a state or plan file\n\nState read error: unsupported state format\n',
            exitCode: 1,
          },
        },
      }),
    );
    const notAPlan = join(scenario, 'notes.txt');
    writeFileSync(notAPlan, 'hello');
    const { error, applies } = await apply(
      { 'plan-file': notAPlan, 'check-reviewed-plan': 'false' },
      { scenario },
    );
    expect(applies).toEqual([]);
    expect(error?.message).toMatch(
      /^Input 'plan-file' has value ".*notes.txt": not a saved plan that tofu can read: Failed to read the given file as a state or plan file.*re-plan is needed/,
    );
  });

  it('rejects a plan-file that does not exist and an unlock-stale-after that is not a duration', async () => {
    expect((await apply({ 'plan-file': 'nope.tfplan' })).error?.message).toMatch(
      /^Input 'plan-file' has value "nope.tfplan": no such file/,
    );
    const bad = await apply({ 'unlock-stale-after': 'soon' });
    expect(bad.error?.message).toMatch(
      /^Input 'unlock-stale-after' has value "soon": expected a duration/,
    );
    expect(bad.calls).toEqual([]);
  });
});
