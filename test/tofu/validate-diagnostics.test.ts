import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotValidateJsonError, parseValidateJson } from '../../src/tofu/validate-diagnostics.js';

const corpus = join(import.meta.dirname, '../../../shared/corpus/opentofu-validate');
const fixtures = join(import.meta.dirname, '../fixtures/validate');
if (!existsSync(corpus)) console.log(`skipping real tofu validate output: ${corpus} is absent`);

describe.skipIf(!existsSync(corpus))('parseValidateJson on real tofu validate -json output', () => {
  it('reads a valid configuration', () => {
    const result = parseValidateJson(readFileSync(join(corpus, 'valid.output.json'), 'utf8'));
    expect(result).toEqual({ valid: true, errorCount: 0, warningCount: 0, diagnostics: [] });
  });

  it('reads an undeclared variable with its range and snippet', () => {
    const text = readFileSync(join(corpus, 'missing_var.output.json'), 'utf8');
    const raw = JSON.parse(text).diagnostics[0];
    const result = parseValidateJson(text);
    expect(result.valid).toBe(false);
    expect(result.errorCount).toBe(1);
    expect(result.diagnostics).toEqual([
      {
        severity: 'error',
        summary: raw.summary,
        detail: raw.detail,
        range: {
          filename: raw.range.filename,
          start: { line: raw.range.start.line, column: raw.range.start.column },
          end: { line: raw.range.end.line, column: raw.range.end.column },
        },
        snippet: {
          code: raw.snippet.code,
          startLine: raw.snippet.start_line,
          context: raw.snippet.context,
        },
      },
    ]);
  });
});

describe('parseValidateJson on fixtures', () => {
  const text = readFileSync(join(fixtures, 'errors-and-warnings.json'), 'utf8');

  it('keeps severities, counts, addresses and sourceless diagnostics', () => {
    const result = parseValidateJson(text);
    expect([result.valid, result.errorCount, result.warningCount]).toEqual([false, 2, 2]);
    expect(result.diagnostics.map((d) => d.severity)).toEqual([
      'error',
      'error',
      'warning',
      'warning',
    ]);
    expect(result.diagnostics[1]?.range?.end).toEqual({ line: 14, column: 4 });
    expect(result.diagnostics[2]?.address).toBe('aws_s3_bucket.site');
    expect(result.diagnostics[2]?.snippet).toBeUndefined();
    expect(result.diagnostics[3]?.range).toBeUndefined();
  });

  it('finds the JSON after log lines tofu printed first', () => {
    const result = parseValidateJson(`2025-01-01T00:00:00Z [WARN] something\n${text}`);
    expect(result.errorCount).toBe(2);
  });

  it('counts diagnostics when the counts are missing', () => {
    const result = parseValidateJson(
      JSON.stringify({
        valid: false,
        diagnostics: [{ severity: 'error', summary: 's', detail: 'd' }],
      }),
    );
    expect([result.errorCount, result.warningCount]).toEqual([1, 0]);
  });

  it('rejects what is not validate JSON', () => {
    expect(() => parseValidateJson('Error: Failed to load plugin schemas')).toThrow(
      NotValidateJsonError,
    );
    expect(() => parseValidateJson('{"format_version": "1.0"')).toThrow(NotValidateJsonError);
    expect(() => parseValidateJson('{"plan": 1}')).toThrow(NotValidateJsonError);
  });
});
