import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryHost } from '../../src/github/memory-host.js';
import { planFiles } from '../../src/tofu/plan-files.js';
import { runPlan } from '../../src/tofu/plan-pipeline.js';
import type { TofuSettings } from '../../src/tofu/settings.js';

/** A tofu whose `show -json` prints `json` and exits with `showExit`; plan finds changes. */
function fakeTofu(json: string, showExit: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'fake-tofu-'));
  const file = join(dir, 'tofu');
  const script = `
const [command, ...rest] = process.argv.slice(2);
if (command === 'plan') process.exit(2);
if (command === 'show' && rest[0] === '-json') {
  process.stdout.write(${JSON.stringify(json)});
  process.exit(${showExit});
}
if (command === 'show') process.stdout.write('Plan: 1 to add, 0 to change, 0 to destroy.\\n');
`;
  writeFileSync(file, `#!${process.execPath}\n${script}`);
  chmodSync(file, 0o755);
  return file;
}

function settings(binary: string): TofuSettings {
  const workingDirectory = mkdtempSync(join(tmpdir(), 'root-'));
  return {
    binary,
    workingDirectory,
    workingDirectoryRelative: '.',
    environment: 'staging',
    varFiles: [],
    backendConfig: [],
    lockTimeoutMs: undefined,
  };
}

describe('runPlan', () => {
  const host = () =>
    new MemoryHost(
      {},
      { env: { PATH: process.env.PATH, RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'rt-')) } },
    );

  it('has tofu show -json write the plan JSON straight into plan.json', async () => {
    const json = JSON.stringify({ format_version: '1.2', resource_changes: [] });
    const h = host();
    const files = planFiles(h, 'staging');
    const run = await runPlan(settings(fakeTofu(json, 0)), h, files, [], 0);
    expect(run.outcome).toBe('changes');
    expect(readFileSync(files.planJsonFile, 'utf8')).toBe(json);
    expect(run.planText).toContain('Plan: 1 to add');
  });

  it('leaves no plan.json behind when show -json fails part-way', async () => {
    const h = host();
    const files = planFiles(h, 'staging');
    writeFileSync(files.planJsonFile, '{"an":"older plan"}');
    const run = await runPlan(settings(fakeTofu('{"format_version":"1.', 1)), h, files, [], 0);
    expect(run.outcome).toBe('failed');
    expect(run.failedStep).toBe('show');
    expect(existsSync(files.planJsonFile)).toBe(false);
  });
});
