import { clip, escapeText } from './markdown.js';
import {
  icon,
  NAME_CHARS,
  NOTE_ROOM,
  rank,
  verdict,
  type AggregateEnvironment,
} from './aggregate-environment.js';

/** Characters of a failed plan's first error in its table cell (the section has it whole). */
export const ERROR_CELL_CHARS = 200;

const HEADER = [
  '| Environment | Verdict | Add | Change | Destroy | Replace | Import | Failed |',
  '|---|---|--:|--:|--:|--:|--:|---|',
].join('\n');

function row(env: AggregateEnvironment): string {
  const n = (value: number | undefined) =>
    env.status === 'planned' && value !== undefined ? String(value) : '–';
  const failed =
    env.status === 'failed'
      ? `❌ ${escapeText(clip(env.error ?? 'failed', ERROR_CELL_CHARS))}`
      : env.status === 'not-planned'
        ? 'not planned in this run'
        : '';
  return `| ${icon(env)} **${escapeText(clip(env.environment, NAME_CHARS))}** | ${escapeText(verdict(env))} | ${n(env.counts?.add)} | ${n(env.counts?.change)} | ${n(env.counts?.destroy)} | ${n(env.counts?.replace)} | ${n(env.counts?.import)} | ${failed} |`;
}

/**
 * A row per environment, in the given order, within `maxChars`: when they do not all fit, the
 * rows that matter most (destroys, failures, changes) are kept and a note counts the others.
 */
export function renderTable(
  envs: readonly AggregateEnvironment[],
  maxChars: number,
): { text: string; cut: boolean } {
  const rows = envs.map(row);
  const whole = [HEADER, ...rows].join('\n');
  if (whole.length <= maxChars) return { text: whole, cut: false };
  const order = envs.map((_, i) => i).sort((a, b) => rank(envs[a]!) - rank(envs[b]!) || a - b);
  const kept = new Set<number>();
  let used = HEADER.length + NOTE_ROOM;
  for (const i of order) {
    const length = rows[i]!.length + 1;
    if (used + length > maxChars) break;
    used += length;
    kept.add(i);
  }
  const left = envs.length - kept.size;
  const text = [
    HEADER,
    ...rows.filter((_, i) => kept.has(i)),
    '',
    `_${left} more environment${left === 1 ? ' is' : 's are'} not in this table, to keep the comment under GitHub's size limit; the step summary of this run lists more._`,
  ].join('\n');
  return { text, cut: true };
}
