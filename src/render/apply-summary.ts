import type { AppliedResource, ChangeCounts, TofuOutputValue } from '../tofu/apply-stream.js';
import type { StateLockInfo } from '../tofu/lock-error.js';
import { operationName } from '../tofu/lock-error.js';
import { formatDuration } from '../util/duration.js';

export type ApplyOutcome = 'applied' | 'no-changes' | 'failed' | 'locked' | 'plan-changed';

export interface ApplySummaryInput {
  environment: string;
  outcome: ApplyOutcome;
  resources: readonly AppliedResource[];
  counts: ChangeCounts | undefined;
  outputs?: Record<string, TofuOutputValue> | undefined;
  firstError?: string | undefined;
  lock?: { info: StateLockInfo | undefined; text: string; now: number } | undefined;
  /** Markdown explaining a refused apply (the change-set diff). */
  detail?: string | undefined;
  durationMs?: number | undefined;
  /** A stale lock released on the way (unlock-stale-after). */
  released?: string | undefined;
}

const HEADLINE: Record<ApplyOutcome, string> = {
  applied: 'applied',
  'no-changes': 'nothing to apply',
  failed: 'apply failed',
  locked: 'state is locked',
  'plan-changed': 'not applied: the plan changed since review',
};

const RESULT: Record<AppliedResource['outcome'], string> = {
  complete: '✅ done',
  errored: '❌ failed',
  running: '⏸️ interrupted',
};

/** `|` and newlines would break a table row; backticks would break a code span. */
export function tableCell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

export function countsLine(counts: ChangeCounts): string {
  const parts = [`${counts.add} added`, `${counts.change} changed`, `${counts.destroy} destroyed`];
  if (counts.import) parts.push(`${counts.import} imported`);
  if (counts.forget) parts.push(`${counts.forget} forgotten`);
  return parts.join(', ');
}

/** A non-sensitive output value, short enough for a table cell. */
export function outputValueText(value: TofuOutputValue, max = 120): string {
  if (value.sensitive) return '(sensitive)';
  if (value.value === undefined) return '(unknown)';
  const text = typeof value.value === 'string' ? value.value : JSON.stringify(value.value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** One line about a held lock: who, what, how long, which ID. */
export function lockLine(info: StateLockInfo, now: number): string {
  const who = info.who ? `by ${info.who}` : 'by an unknown holder';
  const age = info.createdAt ? ` for ${formatDuration(now - info.createdAt.getTime())}` : '';
  const since = info.created ? ` (since ${info.created})` : '';
  const path = info.path ? ` on ${info.path}` : '';
  return `The state is locked ${who} for ${operationName(info.operation)}${age}${since}${path}; lock ID ${info.id}`;
}

export function renderApplySummary(input: ApplySummaryInput): string {
  const lines: string[] = [`### Apply: ${input.environment}: ${HEADLINE[input.outcome]}`, ''];
  if (input.counts) {
    const took = input.durationMs !== undefined ? ` in ${formatDuration(input.durationMs)}` : '';
    lines.push(`${countsLine(input.counts)}${took}.`, '');
  }
  if (input.lock) {
    if (input.lock.info) lines.push(`🔒 ${lockLine(input.lock.info, input.lock.now)}.`, '');
    else
      lines.push(
        '🔒 The state is locked. OpenTofu said:',
        '',
        '```',
        input.lock.text.trim(),
        '```',
        '',
      );
  }
  if (input.released) lines.push(`🔓 ${input.released}`, '');
  if (input.firstError) lines.push(`**Error:** ${tableCell(input.firstError)}`, '');
  if (input.detail) lines.push(input.detail.trim(), '');
  if (input.resources.length) {
    lines.push('| Resource | Action | Result | Took |', '|---|---|---|---|');
    for (const r of input.resources) {
      const took = r.elapsedSeconds !== undefined ? formatDuration(r.elapsedSeconds * 1000) : '';
      lines.push(`| ${code(r.address)} | ${r.action} | ${RESULT[r.outcome]} | ${took} |`);
    }
    lines.push('');
  }
  const outputs = Object.entries(input.outputs ?? {});
  if (outputs.length) {
    lines.push(
      `<details><summary>Outputs (${outputs.length})</summary>`,
      '',
      '| Output | Value |',
      '|---|---|',
    );
    for (const [name, value] of outputs) {
      lines.push(`| ${code(name)} | ${tableCell(outputValueText(value))} |`);
    }
    lines.push('', '</details>', '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
