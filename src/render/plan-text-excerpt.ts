import { stripAnsi } from '../tofu/plan-text.js';

export interface PlanTextExcerpt {
  text: string;
  /** True when lines were left off the end to fit. */
  cut: boolean;
  /** Lines in the excerpt. */
  shownLines: number;
}

/** Progress lines of `tofu plan` that say nothing about the plan. */
const NOISE =
  /^(?:\S.*: (?:Refreshing state\.\.\.|Reading\.\.\.|Read complete after \S+|Preparing import\.\.\.)(?: \[.*\])?|(?:Acquiring|Releasing) state lock\. This may take a few moments\.\.\.)$/;

/**
 * Where a line may need more than copying: colour codes, carriage returns, and what every
 * NOISE line holds (an ellipsis or "Read complete after").
 */
// eslint-disable-next-line no-control-regex
const SPECIAL = /\u001b|\r|\.\.\.|Read complete after /g;

/**
 * The plan text cut on a line boundary to at most `budget` characters: colour codes and
 * refresh progress lines dropped, leading blank lines dropped. Reads only as much of the
 * text as it needs (a 50 MB plan text costs what the excerpt costs). Runs of plain lines
 * (the bulk of a plan) are copied as one slice; only lines with colour codes, carriage
 * returns or what may be a progress line are looked at one by one.
 */
export function planTextExcerpt(text: string, budget: number): PlanTextExcerpt {
  const parts: string[] = [];
  let length = 0;
  let lines = 0;
  let from = 0;
  let cut = false;
  let special = -1;
  while (from < text.length && !cut) {
    if (special < from) {
      // Looked for only as far as the excerpt can reach; the line at the window's end is
      // then looked at on its own.
      const window = Math.max(1024, budget - length + 1);
      SPECIAL.lastIndex = 0;
      const found = SPECIAL.exec(text.slice(from, from + window));
      special = found ? from + found.index : Math.min(text.length, from + window);
    }
    // Plain lines: from `from` up to the start of the line that holds `special`.
    const plainEnd = special >= text.length ? text.length : text.lastIndexOf('\n', special) + 1;
    if (plainEnd > from) {
      if (lines === 0) {
        // Leading blank lines are dropped.
        const first = skipBlankLines(text, from, plainEnd);
        if (first >= plainEnd) {
          from = plainEnd;
          continue;
        }
        from = first;
      }
      // Each line costs its characters and a newline: the run costs plainEnd - from (one
      // more when the text ends without a newline).
      const runEnd = plainEnd < text.length || text.endsWith('\n') ? plainEnd - 1 : plainEnd;
      let end = runEnd;
      if (length + (end - from) + 1 > budget) {
        cut = true;
        end = budget - length - 1 < 0 ? -1 : text.lastIndexOf('\n', from + (budget - length - 1));
        if (end < from) break;
      }
      parts.push(text.slice(from, end));
      lines += countLines(text, from, end);
      length += end - from + 1;
      from = end + 1;
      if (cut) break;
      continue;
    }
    // One line that needs a closer look.
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    let line = text.slice(from, end);
    from = end + 1;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    line = stripAnsi(line);
    if (line.length < 400 && NOISE.test(line)) continue;
    if (lines === 0 && line.trim() === '') continue;
    if (length + line.length + 1 > budget) {
      cut = true;
      break;
    }
    parts.push(line);
    lines++;
    length += line.length + 1;
  }
  // Trailing blank lines are dropped.
  let excerpt = parts.join('\n');
  for (;;) {
    const start = excerpt.lastIndexOf('\n') + 1;
    if (lines === 0 || excerpt.slice(start).trim() !== '') break;
    excerpt = excerpt.slice(0, Math.max(0, start - 1));
    lines--;
  }
  return { text: excerpt, cut, shownLines: lines };
}

/** The start of the first line in [from, end) with more than white space (end if none). */
function skipBlankLines(text: string, from: number, end: number): number {
  while (from < end) {
    let lineEnd = text.indexOf('\n', from);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    if (text.slice(from, lineEnd).trim() !== '') return from;
    from = lineEnd + 1;
  }
  return end;
}

/** Lines in text[from, end) (end is a line end). */
function countLines(text: string, from: number, end: number): number {
  let count = 1;
  for (let i = text.indexOf('\n', from); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
