import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFmtDiff, parseFmtList } from '../../src/tofu/fmt-diff.js';

const fixtures = join(import.meta.dirname, '../fixtures/fmt');

describe('parseFmtDiff', () => {
  // check-output.txt is tofu fmt -check -diff's format: the file name, then the output of
  // `diff --label=old/<path> --label=new/<path> -u` against the hclwrite-formatted text.
  const output = readFileSync(join(fixtures, 'check-output.txt'), 'utf8');

  it('finds each unformatted file and the first line formatting changes', () => {
    const files = parseFmtDiff(output);
    expect(files.map((f) => [f.path, f.firstChangedLine])).toEqual([
      ['main.tf', 8],
      ['modules/net/variables.tf', 2],
    ]);
  });

  it('keeps each file its own diff', () => {
    const [main, vars] = parseFmtDiff(output);
    expect(main?.diff).toMatch(/^--- old\/main\.tf\n\+\+\+ new\/main\.tf\n@@ -5,12 \+5,12 @@/);
    expect(main?.diff).toContain('+  a         = 1');
    expect(main?.diff).not.toContain('variables.tf');
    expect(vars?.diff).toContain('-    type = string');
  });

  it('counts lines from the hunk header, not from lines that look like headers', () => {
    const diff = [
      'notes.tf',
      '--- old/notes.tf',
      '+++ new/notes.tf',
      '@@ -10,3 +10,3 @@',
      ' # a comment',
      '--- old/looks-like-a-header.tf',
      '+++ new/looks-like-a-header.tf',
      ' x = 1',
      'other.tf',
      '--- old/other.tf',
      '+++ new/other.tf',
      '@@ -1,2 +1,3 @@',
      ' a = 1',
      '+',
      ' b = 2',
      '\\ No newline at end of file',
      '',
    ].join('\n');
    const files = parseFmtDiff(diff);
    expect(files.map((f) => [f.path, f.firstChangedLine])).toEqual([
      ['notes.tf', 11],
      ['other.tf', 2],
    ]);
    expect(files[1]?.diff).toContain('\\ No newline at end of file');
  });

  it('lists files tofu named without a diff (the list of tofu fmt without -diff)', () => {
    expect(parseFmtList('main.tf\nmodules/net/variables.tf\n')).toEqual([
      'main.tf',
      'modules/net/variables.tf',
    ]);
  });

  it('handles a hunk that only inserts at the top, and Windows line ends', () => {
    const files = parseFmtDiff(
      'a.tf\r\n--- old/a.tf\r\n+++ new/a.tf\r\n@@ -0,0 +1 @@\r\n+x = 1\r\n',
    );
    expect(files).toEqual([
      { path: 'a.tf', firstChangedLine: 1, diff: expect.stringContaining('+x = 1') },
    ]);
  });

  it('returns nothing for formatted trees', () => {
    expect(parseFmtDiff('')).toEqual([]);
  });
});
