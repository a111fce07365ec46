import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Inputs } from '../../../src/github/inputs.js';
import { MemoryHost } from '../../../src/github/memory-host.js';
import { readTofuInputs } from '../../../src/tofu/install/tofu-inputs.js';

const workspace = join('/', 'repo');
const read = (inputs: Record<string, string>) =>
  readTofuInputs(new Inputs(new MemoryHost(inputs)), workspace);
const SUM = 'ab'.repeat(32);

describe('tofu-binary, tofu-version and tofu-checksum', () => {
  it('resolves a tofu-binary path against the repository root, and leaves a bare name for PATH', () => {
    expect(read({ 'tofu-binary': 'tools/tofu' }).binary).toBe(join(workspace, 'tools/tofu'));
    expect(read({ 'tofu-binary': './tofu' }).binary).toBe(join(workspace, 'tofu'));
    expect(read({ 'tofu-binary': '/opt/tofu/tofu' }).binary).toBe('/opt/tofu/tofu');
    expect(read({ 'tofu-binary': 'tofu-1.10' }).binary).toBe('tofu-1.10');
  });

  it('refuses tofu-binary together with tofu-version or tofu-checksum', () => {
    expect(() => read({ 'tofu-binary': 'bin/tofu', 'tofu-version': '1.10.6' })).toThrow(
      /^Input 'tofu-binary' has value "bin\/tofu": it runs that executable as it is, while tofu-version chooses a release to install: set one or the other\.$/,
    );
    expect(() => read({ 'tofu-binary': 'bin/tofu', 'tofu-checksum': SUM })).toThrow(
      /^Input 'tofu-binary' .*while tofu-checksum chooses a release/,
    );
  });

  it('refuses a tofu-checksum without an exact tofu-version', () => {
    expect(() => read({ 'tofu-checksum': SUM })).toThrow(
      new RegExp(
        `^Input 'tofu-checksum' has value "${SUM}": a pinned checksum needs an exact tofu-version`,
      ),
    );
    expect(() => read({ 'tofu-checksum': SUM, 'tofu-version': '1.10' })).toThrow(
      /needs an exact tofu-version such as 1\.10\.6, not "1\.10"/,
    );
    expect(() => read({ 'tofu-checksum': 'abc', 'tofu-version': '1.10.6' })).toThrow(
      /^Input 'tofu-checksum' has value "abc": expected the 64-character hex SHA-256/,
    );
    expect(read({ 'tofu-checksum': SUM, 'tofu-version': '1.10.6' })).toMatchObject({
      checksum: SUM,
      version: { request: { kind: 'exact', version: '1.10.6' } },
    });
  });
});
