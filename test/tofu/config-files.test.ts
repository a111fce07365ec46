import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hasFormattableFiles } from '../../src/tofu/config-files.js';
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
