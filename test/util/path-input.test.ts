import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { existingFileInput, pathKind } from '../../src/util/path-input.js';

describe('path inputs', () => {
  const base = mkdtempSync(join(tmpdir(), 'path-input-'));
  writeFileSync(join(base, 'plan.json'), '{}');
  mkdirSync(join(base, 'dir'));

  it('tells a file, a directory and nothing apart', () => {
    expect(pathKind(join(base, 'plan.json'))).toBe('file');
    expect(pathKind(join(base, 'dir'))).toBe('directory');
    expect(pathKind(join(base, 'missing'))).toBeUndefined();
    expect(pathKind('/dev/null')).toBe('other');
  });

  it('resolves an existing file from the base, and names the input and the value otherwise', () => {
    expect(existingFileInput('plan-json', 'plan.json', base)).toBe(join(base, 'plan.json'));
    expect(existingFileInput('plan-json', join(base, 'plan.json'), '/elsewhere')).toBe(
      join(base, 'plan.json'),
    );
    expect(() => existingFileInput('plan-json', 'dir', base)).toThrow(
      `Input 'plan-json' has value "dir": a directory, not a file.`,
    );
    expect(() => existingFileInput('plan-text', 'missing', base)).toThrow(
      `Input 'plan-text' has value "missing": no such file.`,
    );
  });
});
