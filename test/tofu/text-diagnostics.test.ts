import { describe, expect, it } from 'vitest';
import { firstError, parseTextDiagnostics, plainText } from '../../src/tofu/text-diagnostics.js';

const boxed = [
  '\u001b[31m╷\u001b[0m\u001b[0m',
  '\u001b[31m│\u001b[0m \u001b[0m\u001b[1m\u001b[31mError: \u001b[0m\u001b[0m\u001b[1mUnsupported argument\u001b[0m',
  '\u001b[31m│\u001b[0m \u001b[0m',
  '\u001b[31m│\u001b[0m \u001b[0m\u001b[0m  on main.tf line 3, in resource "aws_s3_bucket" "state":',
  '\u001b[31m│\u001b[0m \u001b[0m   3:   bucket_prefix_typo = "x"',
  '\u001b[31m│\u001b[0m \u001b[0m',
  '\u001b[31m│\u001b[0m \u001b[0mAn argument named "bucket_prefix_typo" is not expected here.',
  '\u001b[31m╵\u001b[0m\u001b[0m',
].join('\n');

const plain = `
Warning: Deprecated attribute

  on vars.tf line 9:
   9:   x = var.old

The attribute "old" is deprecated.

Error: No valid credential sources found

Please see https://opentofu.org/docs for more information.
`;

describe('text diagnostics', () => {
  it('strips colour and the diagnostic box', () => {
    const stripped = plainText(boxed);
    expect(stripped).not.toMatch(/[│╷╵]/);
    expect(stripped.includes('\u001b')).toBe(false);
  });

  it('reads a boxed, coloured error with its location', () => {
    expect(parseTextDiagnostics(boxed)).toEqual([
      {
        severity: 'error',
        summary: 'Unsupported argument',
        detail: 'An argument named "bucket_prefix_typo" is not expected here.',
        file: 'main.tf',
        line: 3,
      },
    ]);
  });

  it('reads plain warnings and errors in order', () => {
    const found = parseTextDiagnostics(plain);
    expect(found.map((d) => [d.severity, d.summary, d.file, d.line])).toEqual([
      ['warning', 'Deprecated attribute', 'vars.tf', 9],
      ['error', 'No valid credential sources found', undefined, undefined],
    ]);
  });

  it("gives the first error as one line, or tofu's first words when nothing parses", () => {
    expect(firstError(plain)).toBe(
      'No valid credential sources found: Please see https://opentofu.org/docs for more information.',
    );
    expect(firstError('segmentation fault\nmore')).toBe('segmentation fault');
  });
});
