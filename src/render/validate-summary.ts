export interface ValidateSummaryRow {
  severity: 'error' | 'warning';
  summary: string;
  /** `path:line:column` relative to the repository root, or '' for sourceless diagnostics. */
  location: string;
  detail: string;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').trim();
}

/** Markdown for the step summary of `validate`: the verdict and one table row per diagnostic. */
export function renderValidateSummary(options: {
  workingDirectory: string;
  valid: boolean;
  errorCount: number;
  warningCount: number;
  rows: readonly ValidateSummaryRow[];
}): string {
  const { workingDirectory, valid, errorCount, warningCount, rows } = options;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const verdict = valid
    ? `✅ Valid${warningCount ? ` with ${plural(warningCount, 'warning')}` : ''}.`
    : `❌ Invalid: ${plural(errorCount, 'error')}, ${plural(warningCount, 'warning')}.`;
  const lines = [`### tofu validate: \`${workingDirectory}\``, '', verdict, ''];
  if (rows.length) {
    lines.push('| | Location | Summary | Detail |', '|---|---|---|---|');
    for (const row of rows) {
      const icon = row.severity === 'error' ? '❌ error' : '⚠️ warning';
      const location = row.location ? `\`${cell(row.location)}\`` : '';
      lines.push(`| ${icon} | ${location} | ${cell(row.summary)} | ${cell(row.detail)} |`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
