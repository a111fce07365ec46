import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requestedVersion } from '../../../src/tofu/install/version-source.js';
import {
  parseRequiredVersion,
  parseVersionRequest,
  pickVersion,
} from '../../../src/tofu/install/version-spec.js';

const released = [
  '1.6.0-alpha1',
  '1.6.0',
  '1.6.2',
  '1.7.0',
  '1.7.3',
  '1.8.0-beta1',
  '1.8.0',
  '1.8.9',
  '1.9.0',
  '1.9.1',
  '1.10.0-alpha10',
  '1.10.0-alpha9',
  '1.10.0-rc1',
];

function pick(text: string): string | undefined {
  const request = parseVersionRequest(text);
  if (!request) throw new Error(`not a request: ${text}`);
  return pickVersion(request, released);
}

describe('version requests', () => {
  it.each([
    ['latest', '1.9.1'],
    ['1.7.0', '1.7.0'],
    ['v1.7.0', '1.7.0'],
    ['1.10.0-rc1', '1.10.0-rc1'],
    ['1.8', '1.8.9'],
    ['1.8.x', '1.8.9'],
    ['1.x', '1.9.1'],
    ['~> 1.7', '1.9.1'],
    ['~> 1.7.0', '1.7.3'],
    ['~>1.6.1', '1.6.2'],
    ['>= 1.7, < 1.9', '1.8.9'],
    ['>= 1.7.0, != 1.9.1', '1.9.0'],
    ['< 1.6.1', '1.6.0'],
    ['= 1.8.0', '1.8.0'],
    ['> 1.9.1', undefined],
    ['1.5.0', undefined],
  ])('%s → %s', (text, expected) => {
    expect(pick(text)).toBe(expected);
  });

  it('orders pre-releases numerically and never picks one for a range', () => {
    expect(pick('= 1.10.0-alpha10')).toBe('1.10.0-alpha10');
    expect(pick('>= 1.9.1')).toBe('1.9.1');
  });

  it.each(['', 'one', '1.9.0.1', '>= banana', '~>', '1.9, ', '>> 1.0'])('rejects %j', (text) => {
    expect(parseVersionRequest(text)).toBeUndefined();
  });

  it('reads a bare required_version as that exact version', () => {
    expect(parseRequiredVersion('1.8.0')).toEqual({ kind: 'exact', version: '1.8.0' });
    expect(parseRequiredVersion('~> 1.8')?.kind).toBe('constraint');
  });
});

describe('where the version comes from', () => {
  function repo(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'tofu-version-src-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }

  it('prefers the input, then .opentofu-version near the module, then the root one, then required_version', () => {
    const dir = repo({
      '.opentofu-version': '1.7.0\n',
      'infra/staging/.opentofu-version': '# pinned\n1.8.0\n',
      'infra/staging/versions.tf': 'terraform {\n  required_version = "~> 1.9"\n}\n',
      'infra/prod/versions.tf': 'terraform {\n  required_version = ">= 1.8"\n}\n',
      'infra/prod/more.tf': 'terraform {\n  required_version = "< 1.9"\n}\n',
      'infra/none/main.tf': '# required_version = "1.0.0"\n',
    });
    try {
      expect(requestedVersion('1.9.0', join(dir, 'infra/staging'), dir)?.source).toBe(
        'input tofu-version',
      );
      expect(requestedVersion(undefined, join(dir, 'infra/staging'), dir)).toEqual({
        request: { kind: 'exact', version: '1.8.0' },
        source: join('infra/staging', '.opentofu-version'),
      });
      expect(requestedVersion(undefined, join(dir, 'infra/prod'), dir)?.source).toBe(
        '.opentofu-version',
      );
      rmSync(join(dir, '.opentofu-version'));
      const prod = requestedVersion(undefined, join(dir, 'infra/prod'), dir);
      expect(prod?.source).toContain(join('infra/prod', 'more.tf'));
      expect(prod && pickVersion(prod.request, released)).toBe('1.8.9');
      expect(requestedVersion(undefined, join(dir, 'infra/none'), dir)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the file when .opentofu-version or required_version is not a version', () => {
    const dir = repo({
      '.opentofu-version': 'stable\n',
      'm/versions.tf': 'terraform {\n  required_version = "soon"\n}\n',
    });
    try {
      expect(() => requestedVersion(undefined, join(dir, 'x'), dir)).toThrow(
        /^\.opentofu-version holds "stable": /,
      );
      rmSync(join(dir, '.opentofu-version'));
      expect(() => requestedVersion(undefined, join(dir, 'm'), dir)).toThrow(
        /required_version "soon" in m\/versions\.tf is not a version constraint/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
