import type { ChangeCounts, TofuOutputValue } from '../tofu/apply-stream.js';
import { countsLine, outputValueText, tableCell } from './apply-summary.js';
import { clip } from './markdown.js';

/** The status lines `apply` puts into the plan comment, per environment. */
export type ApplyStatusInput =
  | { state: 'applying'; environment: string; runUrl?: string; sha?: string }
  | {
      state: 'applied';
      environment: string;
      runUrl?: string;
      counts?: ChangeCounts;
      outputs?: Record<string, TofuOutputValue>;
    }
  | { state: 'apply-failed'; environment: string; runUrl?: string; error: string }
  | { state: 'plan-changed'; environment: string; runUrl?: string; differences: string[] };

const MAX_LINES = 30;
const MAX_CHARS = 6_000;

function runLink(url: string | undefined): string {
  return url ? ` ([run](${url}))` : '';
}

/** Returns [full block, one-line fallback]. */
export function renderApplyStatus(input: ApplyStatusInput): [string, string] {
  const env = `**${input.environment.replace(/[*_`[\]]/g, '\\$&')}**`;
  const link = runLink(input.runUrl);
  switch (input.state) {
    case 'applying': {
      const line = `> ⏳ ${env}: applying${input.sha ? ` commit ${input.sha.slice(0, 7)}` : ''}${link}`;
      return [line, line];
    }
    case 'applied': {
      const counts = input.counts ? `: ${countsLine(input.counts)}` : '';
      const line = `> ✅ ${env}: applied${counts}${link}`;
      const outputs = Object.entries(input.outputs ?? {}).filter(([, v]) => !v.sensitive);
      if (!outputs.length) return [line, line];
      const rows = outputs
        .slice(0, MAX_LINES)
        .map(([name, value]) => `| \`${name}\` | ${tableCell(outputValueText(value, 100))} |`);
      const more = outputs.length > MAX_LINES ? [`\n…and ${outputs.length - MAX_LINES} more`] : [];
      const block = [
        line,
        '',
        `<details><summary>Outputs (${outputs.length})</summary>`,
        '',
        '| Output | Value |',
        '|---|---|',
        ...rows,
        ...more,
        '',
        '</details>',
      ].join('\n');
      return [block.length > MAX_CHARS ? line : block, line];
    }
    case 'apply-failed': {
      const line = `> ❌ ${env}: apply failed: ${clip(input.error, 300)}${link}`;
      return [line, line];
    }
    case 'plan-changed': {
      const line = `> ⚠️ ${env}: not applied, the plan changed since review${link}`;
      const diff = input.differences.slice(0, MAX_LINES);
      if (input.differences.length > MAX_LINES) {
        diff.push(`…and ${input.differences.length - MAX_LINES} more`);
      }
      const block = [
        line,
        '',
        '<details><summary>What differs from the reviewed plan</summary>',
        '',
        '```diff',
        ...diff.map((d) => clip(d, 300)),
        '```',
        '',
        '</details>',
      ].join('\n');
      return [block.length > MAX_CHARS ? line : block, line];
    }
  }
}
