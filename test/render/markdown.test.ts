import { describe, expect, it } from 'vitest';
import {
  cellCode,
  clip,
  codeBlock,
  codeSpan,
  escapePipes,
  escapeText,
  fenceFor,
  shorten,
} from '../../src/render/markdown.js';
import { tableCells } from './gfm.js';
import { random } from '../fixtures/random.js';

describe('codeSpan', () => {
  it('uses a fence longer than any backtick run inside', () => {
    expect(codeSpan('a.b')).toBe('`a.b`');
    expect(codeSpan('x`y')).toBe('``x`y``');
    expect(codeSpan('`edge`')).toBe('`` `edge` ``');
    expect(codeSpan('two\nlines')).toBe('`two lines`');
  });
});

describe('cellCode and escapePipes', () => {
  it('keeps a table row at its number of cells whatever the address holds', () => {
    for (const address of [
      'aws_x.y["a|b"]',
      'aws_x.y["a\\|b"]',
      'aws_x.y["a\\\\|b"]',
      'aws_x.y["|`|``|"]',
      'aws_x.y["</td><script>"]',
    ]) {
      const row = `| create | ${cellCode(address)} | detail |`;
      expect(tableCells(row), address).toHaveLength(3);
    }
    expect(escapePipes('no pipes')).toBe('no pipes');
  });
});

describe('escapeText', () => {
  it('neutralises markup, links, HTML and mentions', () => {
    const text = escapeText('[x](http://e) <img src=x> *b* @octocat `c`');
    expect(text).not.toMatch(/(^|[^\\])\[/);
    expect(text).not.toContain('<img');
    expect(text).not.toContain('@octocat');
    expect(text).toContain('\\*b\\*');
  });

  it('is one line', () => {
    expect(escapeText('a\nb')).toBe('a b');
  });
});

describe('fenceFor and codeBlock', () => {
  it('opens with a fence that the text cannot close', () => {
    expect(fenceFor('plain')).toBe('```');
    const text = 'before\n```\n</details>\n````\nafter';
    const fence = fenceFor(text);
    expect(fence).toBe('`````');
    const block = codeBlock(text);
    expect(block.startsWith(`${fence}text\n`)).toBe(true);
    expect(block.endsWith(`\n${fence}`)).toBe(true);
    const lines = block.split('\n');
    const closing = lines.findIndex((l, i) => i > 0 && l.startsWith(fence));
    expect(closing).toBe(lines.length - 1);
  });
});

describe('shorten', () => {
  it('cuts with an ellipsis only when needed', () => {
    expect(shorten('abc', 3)).toBe('abc');
    expect(shorten('abcdef', 4)).toBe('abc…');
  });

  it('never cuts a surrogate pair in half', () => {
    expect(shorten('ab😀cd', 4)).toBe('ab…');
    expect(shorten('ab😀cd', 5)).toBe('ab😀…');
  });
});

describe('clip', () => {
  it('folds whitespace runs onto one line before it shortens', () => {
    expect(clip('  boom\n\n  second\tline ', 100)).toBe('boom second line');
    expect(clip('boom\nsecond line', 8)).toBe('boom se…');
    expect(clip('a 😀😀', 4)).toBe('a …');
  });
});

describe('escapeText on any text', () => {
  /** escapeText as written before its shortcut for text with nothing to escape. */
  const reference = (text: string) =>
    text
      .replace(/[\r\n\t]+/g, ' ')
      .replace(/[\\`*_{}[\]()|~>]/g, '\\$&')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/@/g, '&#64;');

  it('escapes exactly as every replacement in turn does', () => {
    const alphabet = 'ab \\`*_{}[]()|~>&<@\r\n\t#-!.é😀';
    const next = random(3);
    for (let round = 0; round < 2000; round++) {
      let text = '';
      for (let i = next(12); i > 0; i--) text += alphabet[next(alphabet.length)];
      expect(escapeText(text), JSON.stringify(text)).toBe(reference(text));
    }
  });
});
