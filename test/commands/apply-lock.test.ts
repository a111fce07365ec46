import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, run } from '../../src/commands/apply.js';
import type { Clock } from '../../src/github/host.js';
import { MemoryHost } from '../../src/github/memory-host.js';
import { markerFor } from '../github/marker-for.js';
import { startGitHubPeer, type GitHubPeer } from '../peers/github-peer.js';
import {
  APPLY_INPUTS,
  BACKEND,
  PLANNED_FINGERPRINT,
  REPO,
  SCENARIOS,
  addMergedPr,
  applyWorkspace,
  planCommentBody,
  pushEnv,
  replayCalls,
} from '../fixtures/apply-workspace.js';
import { commandContext, runCommand } from '../fixtures/command-context.js';
import { useStateLockTable } from '../fixtures/state-lock-table.js';

const locks = useStateLockTable();
let peer: GitHubPeer;
beforeAll(async () => {
  peer = await startGitHubPeer();
});
afterAll(async () => {
  await peer?.close();
});

function goTimeIso(ms: number): string {
  return new Date(ms).toISOString().replace(/Z$/, '000000Z');
}

const seedLock = (id: string, who: string, createdMs: number) =>
  locks.seed({ ID: id, Who: who, Created: goTimeIso(createdMs) });
const heldLockId = async () => (await locks.held())?.ID;

function planStub(): string {
  const stub = join(mkdtempSync(join(tmpdir(), 'stub-')), 'plan.tfplan');
  writeFileSync(
    stub,
    JSON.stringify({ 'tofu-replay-plan': 1, showJson: join(SCENARIOS, 'plan-changes/plan.json') }),
  );
  return stub;
}

async function apply(
  inputs: Record<string, string>,
  scenario = 'apply-changes',
  extraEnv: Record<string, string> = {},
) {
  const ws = applyWorkspace();
  const env = {
    ...pushEnv({ ...ws, apiUrl: peer.url, scenario }),
    ...locks.env(),
    ...extraEnv,
  };
  const host = new MemoryHost(
    {
      ...APPLY_INPUTS,
      'check-reviewed-plan': 'false',
      'lock-timeout': '1s',
      'plan-file': planStub(),
      ...inputs,
    },
    { workspace: ws.workspace, env },
  );
  const error = await runCommand(run, host);
  const calls = replayCalls(ws.log);
  return { host, error, calls, ws, env };
}

const unlocks = (calls: ReturnType<typeof replayCalls>) =>
  calls.filter((c) => c.subcommand === 'force-unlock');

describe('apply with a held state lock', () => {
  it('releases a stale lock confirmed in DynamoDB with force-unlock, then applies', async () => {
    await seedLock('stale-lock-1', 'ci@other-host', Date.now() - 3 * 3600_000);
    const { host, error, calls } = await apply({ 'unlock-stale-after': '1h' });
    expect(error).toBeUndefined();
    expect(unlocks(calls).map((c) => c.argv)).toEqual([['force-unlock', '-force', 'stale-lock-1']]);
    expect(calls.filter((c) => c.subcommand === 'apply').map((c) => c.exitCode)).toEqual([1, 0]);
    expect(host.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        title: 'Stale state lock released',
        message: expect.stringMatching(
          /RELEASING A STALE STATE LOCK: ID stale-lock-1, held by ci@other-host.*3h/,
        ),
      }),
    );
    expect(host.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(host.summary).toContain('🔓 Released stale lock stale-lock-1 (held by ci@other-host');
    expect(host.outputs.applied).toBe('true');
    expect(Number(host.outputs['lock-wait-seconds'])).toBeGreaterThanOrEqual(1);
    expect(await heldLockId()).toBeUndefined();
  });

  it('never releases a lock younger than unlock-stale-after, and reports who holds it', async () => {
    await seedLock('young-lock', 'alice@laptop', Date.now() - 10 * 60_000);
    const { host, error, calls } = await apply({ 'unlock-stale-after': '1h' });
    expect(unlocks(calls)).toEqual([]);
    expect(error?.message).toMatch(
      /^The state is locked by alice@laptop for apply for 10m .*lock ID young-lock.*nothing was applied/,
    );
    expect(host.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        title: 'State lock held',
        message: expect.stringContaining('lock ID young-lock'),
      }),
    );
    expect(host.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringMatching(
          /young-lock is not released: .*younger than unlock-stale-after \(1m|young-lock is not released: .*younger/,
        ),
      }),
    );
    expect(host.summary).toContain('state is locked');
    expect(host.outputs.applied).toBe('false');
    expect(await heldLockId()).toBe('young-lock');
  });

  it('only reports a lock when unlock-stale-after is off (the default)', async () => {
    await seedLock('old-lock', 'ci@other-host', Date.now() - 48 * 3600_000);
    const { error, calls } = await apply({});
    expect(unlocks(calls)).toEqual([]);
    expect(error?.message).toMatch(/lock ID old-lock.*set unlock-stale-after/);
    expect(await heldLockId()).toBe('old-lock');
  });

  it('does not release a lock the backend does not show', async () => {
    // The recorded stderr names lock 8c5f2b1e-…, two days old; the table holds nothing.
    const { host, error, calls } = await apply({ 'unlock-stale-after': '1h' }, 'apply-lock-held');
    expect(unlocks(calls)).toEqual([]);
    expect(error?.message).toMatch(/lock ID 8c5f2b1e-3d4a-4b6c-9e7f-0a1b2c3d4e5f/);
    expect(host.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringMatching(/the backend does not show lock 8c5f2b1e/),
      }),
    );
  });

  it("never guesses an ID it cannot read: shows tofu's words instead", async () => {
    const scenario = mkdtempSync(join(tmpdir(), 'scenario-'));
    const stderr =
      '\nError: Error acquiring the state lock\n\nError message: ConditionalCheckFailedException: The conditional request failed\nLock Info:\n  Who:       someone@somewhere\n\n';
    writeFileSync(
      join(scenario, 'scenario.json'),
      JSON.stringify({ steps: { apply: { stderrText: stderr, exitCode: 1 } } }),
    );
    const { host, error, calls } = await apply({ 'unlock-stale-after': '1h' }, scenario);
    expect(unlocks(calls)).toEqual([]);
    expect(error?.message).toMatch(
      /The state is locked \(tofu: Error: Error acquiring the state lock/,
    );
    expect(host.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringMatching(/never guessed/),
      }),
    );
  });
});

describe('apply: a lock met while re-planning', () => {
  it('is reported on the pull request comment', async () => {
    const sha = 'abcd'.padEnd(40, '3');
    addMergedPr(peer.state, 900, sha);
    const comment = peer.state.addComment(REPO, 900, planCommentBody(PLANNED_FINGERPRINT));
    await seedLock('plan-time-lock', 'bob@workstation', Date.now() - 5 * 60_000);
    const { error, calls } = await apply(
      { 'check-reviewed-plan': 'true', 'plan-file': '' },
      'apply-changes',
      {
        GITHUB_SHA: sha,
        TOFU_REPLAY_LOCK: JSON.stringify({
          table: BACKEND.table,
          bucket: BACKEND.bucket,
          key: BACKEND.key,
        }),
      },
    );
    expect(calls.map((c) => c.subcommand)).toEqual(['init', 'plan']);
    expect(error?.message).toMatch(/locked by bob@workstation for apply .*lock ID plan-time-lock/);
    const body = peer.state.comments(REPO, 900).find((c) => c.id === comment.id)?.body ?? '';
    expect(markerFor(body, 'Infra-plan:staging')?.environments.staging?.status).toBe(
      'apply-failed',
    );
    expect(body).toMatch(
      /❌ \*\*staging\*\*: apply failed: The state is locked by bob@workstation/,
    );
  });
});

describe('apply post step: a lock left behind', () => {
  async function runPost(state: Record<string, string>, clock?: Clock) {
    const ws = applyWorkspace();
    const env = {
      ...pushEnv({ ...ws, apiUrl: 'http://127.0.0.1:9', scenario: 'apply-changes' }),
      ...locks.env(),
    };
    const host = new MemoryHost(
      {},
      {
        workspace: ws.workspace,
        env,
        state: {
          command: 'apply',
          'apply-host': hostname(),
          'apply-working-directory': join(ws.workspace, 'infra/envs/staging'),
          'apply-tofu-binary': APPLY_INPUTS['tofu-binary'],
          'apply-backend-config': '[]',
          ...state,
        },
      },
    );
    await post(commandContext(host, clock));
    return { host, calls: replayCalls(ws.log) };
  }
  const started = () => String(Date.now() - 60_000);
  /** The step's apply run, started a minute ago and never seen to end (the step was killed). */
  const killedApply = () =>
    JSON.stringify([{ operation: 'OperationTypeApply', startedAt: Date.now() - 60_000 }]);

  it("releases this run's lock (this runner, created after the job started)", async () => {
    await seedLock('mine', `runner@${hostname()}`, Date.now() - 30_000);
    const { host, calls } = await runPost({
      'apply-started-at': started(),
      'apply-tofu-runs': killedApply(),
    });
    expect(unlocks(calls).map((c) => c.argv)).toEqual([['force-unlock', '-force', 'mine']]);
    expect(host.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringMatching(/RELEASING THIS RUN'S STATE LOCK.*mine/),
      }),
    );
    expect(await heldLockId()).toBeUndefined();
  });

  it('leaves a lock from another host alone, and says so', async () => {
    await seedLock('theirs', 'runner@another-runner', Date.now() - 30_000);
    const { host, calls } = await runPost({
      'apply-started-at': started(),
      'apply-tofu-runs': killedApply(),
    });
    expect(unlocks(calls)).toEqual([]);
    expect(host.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringMatching(/runner@another-runner.*theirs.*not this run's.*left alone/),
      }),
    );
    expect(await heldLockId()).toBe('theirs');
  });

  it('leaves a lock from this host that is older than the job alone', async () => {
    await seedLock('earlier', `runner@${hostname()}`, Date.now() - 3600_000);
    const { calls } = await runPost({
      'apply-started-at': started(),
      'apply-tofu-runs': killedApply(),
    });
    expect(unlocks(calls)).toEqual([]);
    expect(await heldLockId()).toBe('earlier');
  });

  it('waits for a tofu that is still stopping, and leaves its lock alone while it runs', async () => {
    await seedLock('still-applying', `runner@${hostname()}`, Date.now() - 30_000);
    const tofu = spawn('sleep', ['30']);
    // Simulated time: the post step's waiting costs no real minutes.
    let now = Date.now();
    const clock: Clock = { now: () => now, sleep: async (ms) => void (now += ms) };
    try {
      const runs = [{ operation: 'OperationTypeApply', startedAt: now - 60_000, pid: tofu.pid }];
      const { host, calls } = await runPost(
        { 'apply-started-at': started(), 'apply-tofu-runs': JSON.stringify(runs) },
        clock,
      );
      expect(unlocks(calls)).toEqual([]);
      expect(await heldLockId()).toBe('still-applying');
      expect(host.log.join('\n')).toMatch(
        `Waiting for tofu (process ${tofu.pid}) to finish stopping`,
      );
      expect(host.annotations).toContainEqual(
        expect.objectContaining({
          level: 'warning',
          message: expect.stringMatching(`tofu \\(process ${tofu.pid}\\) is still running 4m`),
        }),
      );
    } finally {
      tofu.kill('SIGKILL');
    }
  });

  it('does nothing when the apply finished', async () => {
    await seedLock('mine-but-finished', `runner@${hostname()}`, Date.now() - 30_000);
    const { calls } = await runPost({ 'apply-started-at': started(), 'apply-finished': 'true' });
    expect(unlocks(calls)).toEqual([]);
    expect(await heldLockId()).toBe('mine-but-finished');
  });
});
