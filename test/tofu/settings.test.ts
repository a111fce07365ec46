import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Inputs } from '../../src/github/inputs.js';
import { MemoryHost } from '../../src/github/memory-host.js';
import { readTofuSettings } from '../../src/tofu/settings.js';

function settingsFor(inputs: Record<string, string>) {
  const workspace = mkdtempSync(join(tmpdir(), 'settings-'));
  mkdirSync(join(workspace, 'infra/prod'), { recursive: true });
  const host = new MemoryHost({ 'working-directory': 'infra/prod', ...inputs }, { workspace });
  return { workspace, read: () => readTofuSettings(new Inputs(host), host) };
}

describe('readTofuSettings', () => {
  it('resolves a tofu-binary path against the repository root, and leaves a bare name to PATH', () => {
    const path = settingsFor({ 'tofu-binary': './bin/tofu' });
    expect(path.read().binary).toBe(join(path.workspace, 'bin/tofu'));
    expect(settingsFor({ 'tofu-binary': 'tofu-1.10' }).read().binary).toBe('tofu-1.10');
    expect(settingsFor({}).read().binary).toBe('tofu');
  });

  it('refuses tofu-binary together with tofu-version or tofu-checksum, for every command', () => {
    expect(() =>
      settingsFor({ 'tofu-binary': 'bin/tofu', 'tofu-version': '1.10.6' }).read(),
    ).toThrow(/^Input 'tofu-binary' has value "bin\/tofu": .*set one or the other/);
    expect(() => settingsFor({ 'tofu-checksum': 'ab'.repeat(32) }).read()).toThrow(
      /^Input 'tofu-checksum' .*needs an exact tofu-version/,
    );
  });
});
