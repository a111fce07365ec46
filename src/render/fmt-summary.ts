export interface FmtSummaryFile {
  /** Path relative to the repository root. */
  path: string;
  firstChangedLine: number;
  diff: string;
}

/** The step summary is capped by GitHub at 1 MiB per step; keep well under it. */
const MAX_DIFF_CHARS = 400_000;

/** Markdown for the step summary of `fmt`: what is (or was) unformatted, with the diff. */
export function renderFmtSummary(options: {
  workingDirectory: string;
  files: readonly FmtSummaryFile[];
  fixed: boolean;
}): string {
  const { workingDirectory, files, fixed } = options;
  const where = `\`${workingDirectory}\``;
  if (files.length === 0) {
    return `### tofu fmt: ${where}\n\n✅ All OpenTofu files are formatted.\n`;
  }
  const count = `${files.length} file${files.length === 1 ? '' : 's'}`;
  const lines = [
    `### tofu fmt: ${where}`,
    '',
    fixed
      ? `🛠️ Rewrote ${count} to the canonical format:`
      : `❌ ${count} not formatted. Run \`tofu fmt -recursive\` (or set \`fix: true\`) to fix:`,
    '',
    ...files.map((f) => `- \`${f.path}\` (from line ${f.firstChangedLine})`),
    '',
  ];
  let diff = files
    .map((f) => f.diff)
    .filter(Boolean)
    .join('\n');
  if (diff) {
    let note = '';
    if (diff.length > MAX_DIFF_CHARS) {
      diff = diff.slice(0, diff.lastIndexOf('\n', MAX_DIFF_CHARS));
      note =
        '\n_The diff was cut to fit the step summary; run `tofu fmt -diff` to see all of it._\n';
    }
    lines.push(
      '<details><summary>Diff</summary>',
      '',
      codeBlock(diff, 'diff'),
      '',
      '</details>',
      note,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A fenced code block whose fence is longer than any backtick run inside the text. */
function codeBlock(text: string, language: string): string {
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${text.replace(/\n$/, '')}\n${fence}`;
}
