import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Inputs } from '../../src/github/inputs.js';
import { MemoryHost } from '../../src/github/memory-host.js';
import { readTofuSettings, resolveTofuBinary } from '../../src/tofu/settings.js';
import { commandContext } from '../fixtures/command-context.js';

function settingsFor(inputs: Record<string, string>) {
  const workspace = mkdtempSync(join(tmpdir(), 'settings-'));
  mkdirSync(join(workspace, 'infra/prod'), { recursive: true });
  const host = new MemoryHost({ 'working-directory': 'infra/prod', ...inputs }, { workspace });
  const read = () => readTofuSettings(new Inputs(host), host);
  return {
    workspace,
    read,
    resolve: (options?: { versionFromDirectoriesBelow?: boolean }) =>
      resolveTofuBinary(commandContext(host), read(), options),
  };
}

describe('resolveTofuBinary', () => {
  it('takes a tofu-binary path from the repository root, and leaves a bare name to PATH', async () => {
    const path = settingsFor({ 'tofu-binary': './bin/tofu' });
    expect(await path.resolve()).toBe(join(path.workspace, 'bin/tofu'));
    expect(await settingsFor({ 'tofu-binary': 'tofu-1.10' }).resolve()).toBe('tofu-1.10');
  });

  it('refuses tofu-binary together with tofu-version, and a checksum without an exact version, before tofu is looked for', async () => {
    await expect(
      settingsFor({ 'tofu-binary': 'bin/tofu', 'tofu-version': '1.10.6' }).resolve(),
    ).rejects.toThrow(/^Input 'tofu-binary' has value "bin\/tofu": .*set one or the other/);
    await expect(settingsFor({ 'tofu-checksum': 'ab'.repeat(32) }).resolve()).rejects.toThrow(
      /^Input 'tofu-checksum' .*needs an exact tofu-version/,
    );
  });

  it("passes fmt's versionFromDirectoriesBelow on to ensureTofu", async () => {
    const noTofu = settingsFor({});
    await expect(noTofu.resolve()).rejects.toThrow(/^tofu was not found on PATH: set the input/);
    await expect(noTofu.resolve({ versionFromDirectoriesBelow: true })).rejects.toThrow(
      /^tofu was not found on PATH, and no version is named for fmt/,
    );
  });
});
