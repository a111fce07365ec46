import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planCommentKey } from '../../src/github/comment-keys.js';
import { markerFor } from '../github/marker-for.js';
import {
  APPLY_INPUTS,
  PLANNED_FINGERPRINT,
  REPO,
  addMergedPr,
  applyWorkspace,
  planCommentBody,
  pushEnv,
  replayCalls,
} from '../fixtures/apply-workspace.js';
import { useStateLockTable } from '../fixtures/state-lock-table.js';
import { startGitHubPeer, type GitHubPeer } from '../peers/github-peer.js';
import { distDir } from './dist-dir.js';
import { runAction, type ActionRun } from './run-action.js';

const haveDist = existsSync(join(distDir, 'main', 'index.js'));
if (!haveDist) console.log(`skipping apply end-to-end tests: no bundle in ${distDir}`);

const locks = useStateLockTable();
const heldLock = () => locks.held();
let peer: GitHubPeer;
beforeAll(async () => {
  peer = await startGitHubPeer();
});
afterAll(async () => {
  await peer?.close();
});

function setup(scenario: string, sha?: string) {
  const ws = applyWorkspace();
  const env: Record<string, string | undefined> = {
    ...pushEnv({ ...ws, apiUrl: peer.url, scenario }),
    ...locks.env(),
  };
  if (sha) env.GITHUB_SHA = sha;
  return { ...ws, env };
}

/** Resolves when the child's stdout shows `text`. */
function when(child: ChildProcess, text: string): Promise<void> {
  return new Promise((resolve) => {
    let seen = '';
    child.stdout?.on('data', (chunk: Buffer | string) => {
      seen += chunk.toString();
      if (seen.includes(text)) resolve();
    });
  });
}

/** The tofu the action started (its only child process). */
function childrenOf(pid: number): number[] {
  const file = `/proc/${pid}/task/${pid}/children`;
  return existsSync(file)
    ? readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)
    : [];
}

describe.skipIf(!haveDist)('apply end to end (bundle, replay tofu, GitHub peer, dynalite)', () => {
  it('applies the reviewed plan of the merged PR and updates its comment', async () => {
    const sha = '5eed'.padEnd(40, '2');
    addMergedPr(peer.state, 501, sha);
    const comment = peer.state.addComment(REPO, 501, planCommentBody(PLANNED_FINGERPRINT));
    const s = setup('apply-changes', sha);
    const run = await runAction({ inputs: APPLY_INPUTS, env: s.env });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({
      applied: 'true',
      add: '0',
      change: '1',
      destroy: '0',
      'lock-wait-seconds': '0',
    });
    expect(run.stdout).toContain(
      '✓ tfcoremock_simple_resource.drift: Modifications complete after 0s',
    );
    expect(run.stdout).not.toContain('"@level"');
    expect(run.summary).toContain('### Apply: staging: applied');
    const body = peer.state.comments(REPO, 501).find((c) => c.id === comment.id)?.body ?? '';
    expect(markerFor(body, 'Infra-plan:staging')?.environments.staging?.status).toBe('applied');
    const applies = replayCalls(s.log).filter((c) => c.subcommand === 'apply');
    expect(applies).toHaveLength(1);
    expect(await heldLock()).toBeUndefined();
    const post = await runAction({ phase: 'post', files: run.files, env: s.env });
    expect(post.exitCode).toBe(0);
    expect(replayCalls(s.log).some((c) => c.subcommand === 'force-unlock')).toBe(false);
  });

  it('plan on the PR, then apply of a different plan: a full diff from the comment marker', async () => {
    const sha = '5eed'.padEnd(40, '3');
    // The reviewed plan: posted by the plan bundle on the pull request while it is open.
    const reviewed = setup('plan-destroy');
    const event = join(reviewed.workspace, 'pr-event.json');
    writeFileSync(
      event,
      JSON.stringify({
        pull_request: {
          number: 502,
          head: { sha: 'b'.repeat(40), repo: { full_name: REPO } },
          base: { repo: { full_name: REPO } },
        },
        repository: { full_name: REPO, default_branch: 'main' },
      }),
    );
    const planRun = await runAction({
      inputs: { ...APPLY_INPUTS, command: 'plan' },
      env: {
        ...reviewed.env,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_REF: 'refs/pull/502/merge',
      },
    });
    expect(planRun.exitCode, planRun.stdout).toBe(0);
    addMergedPr(peer.state, 502, sha, new Date(Date.now() + 2_000).toISOString());
    const [comment] = peer.state.comments(REPO, 502);
    const key = planCommentKey('Infra apply', 'staging');
    expect(markerFor(comment!.body, key)?.environments.staging?.changes).toMatch(
      /^[A-Za-z0-9+/]+=*$/,
    );
    // The apply on main plans something else (plan-changes): refused, with a full diff.
    const s = setup('apply-changes', sha);
    const run = await runAction({ inputs: APPLY_INPUTS, env: s.env });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.applied).toBe('false');
    expect(run.summary).toContain(
      '+ tfcoremock_simple_resource.drift (update): not in the reviewed plan',
    );
    expect(run.summary).toMatch(/^- .*: no longer planned$/m);
    expect(run.summary).not.toContain('not available here');
    expect(replayCalls(s.log).some((c) => c.subcommand === 'apply')).toBe(false);
  });

  it('fails in one line on a bad unlock-stale-after, before running tofu', async () => {
    const s = setup('apply-changes');
    const run = await runAction({
      inputs: { ...APPLY_INPUTS, 'unlock-stale-after': 'later' },
      env: s.env,
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /^::error::Input 'unlock-stale-after' has value "later": expected a duration/m,
    );
    expect(replayCalls(s.log)).toEqual([]);
  });

  describe('cancellation', () => {
    const inputs = { ...APPLY_INPUTS, 'check-reviewed-plan': 'false' };

    it('graceful: SIGINT reaches tofu, which stops and releases its lock; the post step finds none', async () => {
      const s = setup('apply-slow');
      let child: ChildProcess | undefined;
      const running = runAction({ inputs, env: s.env, onSpawn: (c) => (child = c) });
      await when(child!, 'Modifying...');
      const lock = await heldLock();
      expect(lock?.Who).toContain('@');
      child!.kill('SIGINT');
      const run: ActionRun = await running;
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toContain('Cancelled: sent SIGINT to tofu apply');
      expect(run.stdout).toMatch(/::error::The job was cancelled during tofu apply in staging/);
      const apply = replayCalls(s.log).find((c) => c.subcommand === 'apply');
      expect(apply?.signals).toEqual(['SIGINT']);
      expect(apply?.exitCode).toBe(1);
      expect(await heldLock()).toBeUndefined();

      const post = await runAction({ phase: 'post', files: run.files, env: s.env });
      expect(post.exitCode).toBe(0);
      expect(post.stdout).toContain('left no state lock behind');
      expect(replayCalls(s.log).some((c) => c.subcommand === 'force-unlock')).toBe(false);
    });

    it('hard kill: the post step releases the lock this run left, and says so', async () => {
      const s = setup('apply-slow');
      let child: ChildProcess | undefined;
      const running = runAction({ inputs, env: s.env, onSpawn: (c) => (child = c) });
      await when(child!, 'Modifying...');
      const lock = await heldLock();
      expect(lock).toBeDefined();
      const tofuPids = childrenOf(child!.pid!);
      expect(tofuPids).toHaveLength(1);
      child!.kill('SIGKILL');
      for (const pid of tofuPids) process.kill(pid, 'SIGKILL');
      const run = await running;
      expect(run.signal).toBe('SIGKILL');
      expect((await heldLock())?.ID).toBe(lock!.ID);

      const post = await runAction({ phase: 'post', files: run.files, env: s.env });
      expect(post.exitCode, post.stdout).toBe(0);
      expect(post.stdout).toMatch(
        new RegExp(
          `::warning title=State lock left by this run released::RELEASING THIS RUN'S STATE LOCK.*${lock!.ID}`,
        ),
      );
      expect(
        replayCalls(s.log)
          .filter((c) => c.subcommand === 'force-unlock')
          .map((c) => c.unlocked),
      ).toEqual([lock!.ID]);
      expect(await heldLock()).toBeUndefined();
    });

    it('runner kill: the action is killed while tofu stops; tofu writes state and releases its lock, the post step waits for it and unlocks nothing', async () => {
      const s = setup('apply-slow-stop');
      let child: ChildProcess | undefined;
      const running = runAction({ inputs, env: s.env, onSpawn: (c) => (child = c) });
      await when(child!, 'Modifying...');
      const lock = await heldLock();
      expect(lock).toBeDefined();
      const [tofuPid] = childrenOf(child!.pid!);
      // As the runner does: SIGINT to the action, and after a while SIGKILL to the action
      // only, while tofu (4 s to stop) is still stopping.
      child!.kill('SIGINT');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      child!.kill('SIGKILL');
      const run = await running;
      expect(run.signal).toBe('SIGKILL');
      expect(existsSync(`/proc/${tofuPid}`)).toBe(true);

      const post = await runAction({ phase: 'post', files: run.files, env: s.env });
      expect(post.exitCode, post.stdout).toBe(0);
      expect(post.stdout).toMatch(
        new RegExp(`Waiting for tofu \\(process ${tofuPid}\\) to finish stopping`),
      );
      expect(post.stdout).toContain('left no state lock behind');
      const calls = replayCalls(s.log);
      expect(calls.some((c) => c.subcommand === 'force-unlock')).toBe(false);
      // tofu finished its graceful stop (its interrupt exit code, not a crash on a dead pipe).
      expect(calls.find((c) => c.subcommand === 'apply')).toMatchObject({
        signals: ['SIGINT'],
        exitCode: 1,
      });
      expect(await heldLock()).toBeUndefined();
    });

    it('killed while applying: the post step says so on the plan comment, which no longer says "applying"', async () => {
      const sha = 'dead'.padEnd(40, '7');
      addMergedPr(peer.state, 503, sha);
      const comment = peer.state.addComment(REPO, 503, planCommentBody(PLANNED_FINGERPRINT));
      const s = setup('apply-slow', sha);
      let child: ChildProcess | undefined;
      const running = runAction({
        inputs: APPLY_INPUTS,
        env: s.env,
        onSpawn: (c) => (child = c),
      });
      await when(child!, 'Modifying...');
      const status = () =>
        markerFor(
          peer.state.comments(REPO, 503).find((c) => c.id === comment.id)?.body ?? '',
          'Infra-plan:staging',
        )?.environments.staging?.status;
      expect(status()).toBe('applying');
      const tofuPids = childrenOf(child!.pid!);
      child!.kill('SIGKILL');
      for (const pid of tofuPids) process.kill(pid, 'SIGKILL');
      const run = await running;

      // The runner gives the post step the step's inputs again.
      const post = await runAction({
        phase: 'post',
        inputs: APPLY_INPUTS,
        files: run.files,
        env: s.env,
      });
      expect(post.exitCode, post.stdout).toBe(0);
      expect(status()).toBe('apply-failed');
      const body = peer.state.comments(REPO, 503).find((c) => c.id === comment.id)?.body ?? '';
      expect(body).toMatch(/apply failed: the apply step was stopped before it finished/);
      expect(await heldLock()).toBeUndefined();
    });

    it("another job's plan on the same machine keeps its lock", async () => {
      const s = setup('apply-slow');
      let child: ChildProcess | undefined;
      const running = runAction({ inputs, env: s.env, onSpawn: (c) => (child = c) });
      await when(child!, 'Modifying...');
      const lock = await heldLock();
      // This step's apply is stopped cleanly and releases its lock ...
      child!.kill('SIGINT');
      const run = await running;
      expect(await heldLock()).toBeUndefined();
      // ... then another job on the same machine takes the state lock for a plan.
      await locks.seed({
        ID: 'same-host-plan',
        Who: lock!.Who,
        Operation: 'OperationTypePlan',
        Created: new Date().toISOString(),
      });
      const post = await runAction({ phase: 'post', files: run.files, env: s.env });
      expect(post.exitCode).toBe(0);
      expect(replayCalls(s.log).some((c) => c.subcommand === 'force-unlock')).toBe(false);
      expect((await heldLock())?.ID).toBe('same-host-plan');
    });

    it("another run's lock is never touched by the post step", async () => {
      await locks.seed({
        ID: 'other-run-lock',
        Who: 'runner@another-runner',
        Created: new Date(Date.now() - 5 * 60_000).toISOString(),
      });
      const s = setup('apply-slow');
      let child: ChildProcess | undefined;
      const running = runAction({
        inputs: { ...inputs, 'lock-timeout': '60s' },
        env: s.env,
        onSpawn: (c) => (child = c),
      });
      await when(child!, 'Acquiring state lock');
      const tofuPids = childrenOf(child!.pid!);
      child!.kill('SIGKILL');
      for (const pid of tofuPids) process.kill(pid, 'SIGKILL');
      const run = await running;

      const post = await runAction({ phase: 'post', files: run.files, env: s.env });
      expect(post.exitCode).toBe(0);
      expect(post.stdout).toMatch(
        /runner@another-runner.*other-run-lock.*not this run's.*left alone/,
      );
      expect(replayCalls(s.log).some((c) => c.subcommand === 'force-unlock')).toBe(false);
      expect((await heldLock())?.ID).toBe('other-run-lock');
    });
  });

  it('output: exports outputs (sensitive ones masked first) and writes the deploy config', async () => {
    const s = setup('apply-changes');
    const run = await runAction({
      inputs: {
        command: 'output',
        'working-directory': 'infra/envs/staging',
        'tofu-binary': APPLY_INPUTS['tofu-binary'],
        'output-file': 'infra/scripts/config/staging.json',
      },
      env: s.env,
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({
      site_url: 'https://staging.example.test',
      db_password: 'pw-0123456789',
    });
    const mask = run.stdout.indexOf('::add-mask::pw-0123456789');
    expect(mask).toBeGreaterThanOrEqual(0);
    expect(run.stdout.replace('::add-mask::pw-0123456789', '')).not.toContain('pw-0123456789');
    expect(
      JSON.parse(readFileSync(join(s.workspace, 'infra/scripts/config/staging.json'), 'utf8')),
    ).toEqual({ site_url: 'https://staging.example.test' });
  });
});
