import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fmtDirectories, hasFormattableFiles, isIgnoredFile } from '../../src/tofu/config-files.js';
import { tofuWords } from '../../src/tofu/error-text.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('hasFormattableFiles', () => {
  it('finds files tofu fmt formats at any depth, skipping hidden directories', () => {
    dir = mkdtempSync(join(tmpdir(), 'cfg-'));
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs/README.md'), '');
    mkdirSync(join(dir, '.terraform/modules/x'), { recursive: true });
    writeFileSync(join(dir, '.terraform/modules/x/main.tf'), '');
    expect(hasFormattableFiles(dir)).toBe(false);
    mkdirSync(join(dir, 'envs/staging'), { recursive: true });
    writeFileSync(join(dir, 'envs/staging/prod.tfvars'), '');
    expect(hasFormattableFiles(dir)).toBe(true);
  });

  it('counts a symlink to a file as that file, and survives dangling and looping links', () => {
    dir = mkdtempSync(join(tmpdir(), 'cfg-'));
    mkdirSync(join(dir, 'shared'));
    writeFileSync(join(dir, 'shared/common.hcl'), 'a = 1\n');
    mkdirSync(join(dir, 'infra'));
    symlinkSync(join(dir, 'missing.tf'), join(dir, 'infra/dangling.tf'));
    symlinkSync(join(dir, 'infra/loop.tf'), join(dir, 'infra/loop.tf'));
    expect(hasFormattableFiles(join(dir, 'infra'))).toBe(false);
    symlinkSync('../shared/common.hcl', join(dir, 'infra/main.tf'));
    expect(hasFormattableFiles(join(dir, 'infra'))).toBe(true);
  });

  it('does not descend into a symlinked directory (tofu fmt -recursive does not)', () => {
    dir = mkdtempSync(join(tmpdir(), 'cfg-'));
    mkdirSync(join(dir, 'modules'));
    writeFileSync(join(dir, 'modules/main.tf'), '');
    mkdirSync(join(dir, 'infra'));
    symlinkSync(join(dir, 'modules'), join(dir, 'infra/modules'));
    expect(hasFormattableFiles(join(dir, 'infra'))).toBe(false);
  });

  it("skips what OpenTofu's IsIgnoredFile skips, and only that", () => {
    for (const name of ['.hidden.tf', 'main.tf~', '#main.tf#', '.terraform']) {
      expect(isIgnoredFile(name)).toBe(true);
    }
    for (const name of ['~main.tf', '#main.tf', 'main.tf#', 'a~b.tf']) {
      expect(isIgnoredFile(name)).toBe(false);
    }
    dir = mkdtempSync(join(tmpdir(), 'cfg-'));
    for (const skipped of ['backup~', '#autosave#']) {
      mkdirSync(join(dir, skipped));
      writeFileSync(join(dir, skipped, 'main.tf'), '');
    }
    expect(hasFormattableFiles(dir)).toBe(false);
    writeFileSync(join(dir, '#scratch.tf'), '');
    expect(hasFormattableFiles(dir)).toBe(true);
    rmSync(join(dir, '#scratch.tf'));
    writeFileSync(join(dir, '~draft.tf'), '');
    expect(hasFormattableFiles(dir)).toBe(true);
  });
});

describe('fmtDirectories', () => {
  it('visits the directory, then each below in path order, as tofu fmt -recursive does', () => {
    dir = mkdtempSync(join(tmpdir(), 'cfg-'));
    for (const d of ['b/y', 'a', 'b/x/deep', '.git/objects', 'old~', '#tmp#']) {
      mkdirSync(join(dir, d), { recursive: true });
    }
    writeFileSync(join(dir, 'b/main.tf'), '');
    writeFileSync(join(dir, 'b/.hidden.tf'), '');
    mkdirSync(join(dir, 'elsewhere/inner'), { recursive: true });
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'b/linked'));
    const visited = [...fmtDirectories(join(dir, 'b'))];
    expect(visited.map((d) => relative(dir, d.path))).toEqual(['b', 'b/x', 'b/x/deep', 'b/y']);
    // The whole listing, sorted: what to make of ignored names is the caller's business.
    expect(visited[0]?.entries.map((e) => e.name)).toEqual([
      '.hidden.tf',
      'linked',
      'main.tf',
      'x',
      'y',
    ]);
    expect([...fmtDirectories(dir)].map((d) => relative(dir, d.path))).toEqual([
      '',
      'a',
      'b',
      'b/x',
      'b/x/deep',
      'b/y',
      'elsewhere',
      'elsewhere/inner',
    ]);
  });

  it('goes 20 directories down and no further', () => {
    dir = mkdtempSync(join(tmpdir(), 'cfg-'));
    const at = (depth: number) => join(dir, ...Array<string>(depth).fill('d'));
    mkdirSync(at(22), { recursive: true });
    expect([...fmtDirectories(dir)].map((d) => d.path).at(-1)).toBe(at(20));
    writeFileSync(join(at(21), 'main.tf'), '');
    expect(hasFormattableFiles(dir)).toBe(false);
    writeFileSync(join(at(20), 'main.tf'), '');
    expect(hasFormattableFiles(dir)).toBe(true);
  });
});

describe('tofuWords', () => {
  it('keeps the words of a boxed, coloured diagnostic', () => {
    const text =
      '\u001b[31m╷\u001b[0m\n\u001b[31m│\u001b[0m \u001b[1mError: \u001b[0mBad thing\n│ \n│ Because.\n╵\n';
    expect(tofuWords(text)).toBe('Error: Bad thing\nBecause.');
  });

  it('cuts long output', () => {
    expect(tofuWords('x'.repeat(5000), 100)).toHaveLength(100);
  });
});
