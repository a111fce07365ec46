import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/commands/apply.js';
import { MemoryHost } from '../../src/github/memory-host.js';
import { APPLY_INPUTS, applyWorkspace, pushEnv, replayCalls } from '../fixtures/apply-workspace.js';
import { runCommand } from '../fixtures/command-context.js';

/** apply with bad inputs: nothing may run, so no GitHub peer is needed. */
async function apply(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const ws = applyWorkspace();
  const host = new MemoryHost(
    { ...APPLY_INPUTS, ...inputs },
    {
      workspace: ws.workspace,
      env: {
        ...pushEnv({ ...ws, apiUrl: 'http://127.0.0.1:9', scenario: 'apply-changes' }),
        ...env,
      },
    },
  );
  const error = await runCommand(run, host);
  return { host, error, calls: replayCalls(ws.log), ws };
}

describe('apply: inputs', () => {
  it('refuses an unlock-stale-after below 15m, which would release a lock still in use', async () => {
    for (const value of ['0', '1m', '14m59s']) {
      const { error, calls } = await apply({ 'unlock-stale-after': value });
      expect(error?.message).toBe(
        `Input 'unlock-stale-after' has value "${value}": expected 15m or more (a younger lock may belong to a run that is still applying); leave it unset to never release locks.`,
      );
      expect(calls).toEqual([]);
    }
  });

  it('refuses require-reviewed-plan: true with check-reviewed-plan: false', async () => {
    const { error, calls } = await apply({
      'require-reviewed-plan': 'true',
      'check-reviewed-plan': 'false',
    });
    expect(error?.message).toMatch(
      /^Input 'require-reviewed-plan' has value "true": a reviewed plan is required only where it is compared, and check-reviewed-plan is false/,
    );
    expect(calls).toEqual([]);
  });

  it('refuses a directory as plan-file or reviewed-plan-json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'a-dir-'));
    expect((await apply({ 'plan-file': dir })).error?.message).toMatch(
      /^Input 'plan-file' has value ".*": .* is a directory, not a saved plan\.$/,
    );
    expect((await apply({ 'reviewed-plan-json': dir })).error?.message).toMatch(
      /^Input 'reviewed-plan-json' has value ".*": a directory, not a file\.$/,
    );
  });

  it('checks its inputs before looking for tofu (which may download it)', async () => {
    const emptyPath = mkdtempSync(join(tmpdir(), 'no-tofu-'));
    mkdirSync(join(emptyPath, 'bin'));
    const { error } = await apply(
      { 'tofu-binary': '', 'unlock-stale-after': 'soon' },
      { PATH: join(emptyPath, 'bin') },
    );
    expect(error?.message).toMatch(/^Input 'unlock-stale-after' has value "soon"/);
  });
});
