import { describe, expect, it } from 'vitest';
import { renderFmtSummary } from '../../src/render/fmt-summary.js';
import { renderValidateSummary } from '../../src/render/validate-summary.js';

describe('renderFmtSummary', () => {
  it('lists the files with their first changed line and the diff in a block', () => {
    const md = renderFmtSummary({
      workingDirectory: 'infra',
      fixed: false,
      files: [
        {
          path: 'infra/main.tf',
          firstChangedLine: 8,
          diff: '--- old/main.tf\n+++ new/main.tf\n-a\n+b',
        },
      ],
    });
    expect(md).toContain('❌ 1 file not formatted');
    expect(md).toContain('- `infra/main.tf` (from line 8)');
    expect(md).toContain('```diff\n--- old/main.tf\n+++ new/main.tf\n-a\n+b\n```');
  });

  it('fences a diff holding backticks with a longer fence', () => {
    const md = renderFmtSummary({
      workingDirectory: '.',
      fixed: true,
      files: [{ path: 'a.tf', firstChangedLine: 1, diff: '+x = "```"' }],
    });
    expect(md).toContain('🛠️ Rewrote 1 file');
    expect(md).toContain('````diff\n+x = "```"\n````');
  });

  it('cuts a huge diff to fit the step summary and says so', () => {
    const diff = Array.from({ length: 50_000 }, (_, i) => `+line ${i} ${'x'.repeat(20)}`).join(
      '\n',
    );
    const md = renderFmtSummary({
      workingDirectory: '.',
      fixed: false,
      files: [{ path: 'big.tf', firstChangedLine: 1, diff }],
    });
    expect(md.length).toBeLessThan(1024 * 1024);
    expect(md.length).toBeLessThan(diff.length);
    expect(md).toContain('The diff was cut');
  });

  it('says all is formatted when nothing is listed', () => {
    expect(renderFmtSummary({ workingDirectory: 'infra', fixed: false, files: [] })).toContain(
      'All OpenTofu files are formatted',
    );
  });
});

describe('renderValidateSummary', () => {
  it('has a row per diagnostic with pipes and newlines escaped', () => {
    const md = renderValidateSummary({
      workingDirectory: 'envs/staging',
      valid: false,
      errorCount: 1,
      warningCount: 1,
      rows: [
        {
          severity: 'error',
          summary: 'Bad | thing',
          location: 'envs/staging/main.tf:6:3',
          detail: 'line one\nline two',
        },
        { severity: 'warning', summary: 'Sourceless', location: '', detail: 'd' },
      ],
    });
    expect(md).toContain('❌ Invalid: 1 error, 1 warning.');
    expect(md).toContain(
      '| ❌ error | `envs/staging/main.tf:6:3` | Bad \\| thing | line one line two |',
    );
    expect(md).toContain('| ⚠️ warning |  | Sourceless | d |');
  });

  it('says valid, with warnings when there are any', () => {
    const md = renderValidateSummary({
      workingDirectory: '.',
      valid: true,
      errorCount: 0,
      warningCount: 2,
      rows: [],
    });
    expect(md).toContain('✅ Valid with 2 warnings.');
    expect(md).not.toContain('| --- |');
  });
});
