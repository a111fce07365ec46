import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryHost } from '../../src/github/memory-host.js';
import { runCommand } from '../../src/run-command.js';

const root = resolve(import.meta.dirname, '../..');

/** plan rendering an existing plan from examples/plan, as the runner runs it. */
async function plan(inputs: Record<string, string>) {
  const host = new MemoryHost(
    { command: 'plan', comment: 'false', ...inputs },
    { workspace: root, env: { RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'plan-inputs-')) } },
  );
  const ok = await runCommand(host, 'main');
  return { ok, failed: host.failed };
}

describe('plan: the inputs of an existing plan', () => {
  it('refuses a directory as plan-json or plan-text in one line naming the input', async () => {
    expect(await plan({ 'plan-json': 'examples' })).toEqual({
      ok: false,
      failed: `Input 'plan-json' has value "examples": a directory, not a file.`,
    });
    expect(
      await plan({ 'plan-json': 'examples/plan/plan.json', 'plan-text': 'examples/plan' }),
    ).toEqual({
      ok: false,
      failed: `Input 'plan-text' has value "examples/plan": a directory, not a file.`,
    });
  });

  it('refuses plan-text without plan-json', async () => {
    const { failed } = await plan({ 'plan-text': 'examples/plan/plan.txt' });
    expect(failed).toMatch(
      /^Input 'plan-text' has value "examples\/plan\/plan.txt": it is the text of the plan given in plan-json, which is not set/,
    );
  });

  it('refuses a working-directory that does not exist, with plan-json', async () => {
    const { failed } = await plan({
      'plan-json': 'examples/plan/plan.json',
      'working-directory': 'infra/envs/nowhere',
    });
    expect(failed).toBe(
      `Input 'working-directory' has value "infra/envs/nowhere": no such directory under ${root}.`,
    );
  });

  it('renders a plan-json with its plan-text', async () => {
    expect(
      await plan({ 'plan-json': 'examples/plan/plan.json', 'plan-text': 'examples/plan/plan.txt' }),
    ).toEqual({ ok: true, failed: undefined });
  });
});
