import { describe, expect, it } from 'vitest';
import { redactedLines } from '../../src/tofu/redacted-lines.js';
import { createRedactor } from '../../src/tofu/sensitive.js';

describe('redactedLines', () => {
  it('redacts a value split across chunks, line by line, and hands on the last line at the end', () => {
    const written: string[] = [];
    const lines = redactedLines((t) => written.push(t), createRedactor(['Sup3r-Secret-Passw0rd!']));
    lines.push('first line\nerror: password Sup3r-Sec');
    expect(written).toEqual(['first line\n']);
    lines.push('ret-Passw0rd! rejected\nno newline: Sup3r-Secret-');
    lines.push('Passw0rd!');
    lines.end();
    expect(written.join('')).toBe(
      'first line\nerror: password (sensitive) rejected\nno newline: (sensitive)',
    );
  });
});
