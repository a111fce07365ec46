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
 * The plan text cut on a line boundary to at most `budget` characters: colour codes and
 * refresh progress lines dropped, leading blank lines dropped. Reads only as much of the
 * text as it needs (a 50 MB plan text costs what the excerpt costs).
 */
export function planTextExcerpt(text: string, budget: number): PlanTextExcerpt {
  const lines: string[] = [];
  let length = 0;
  let from = 0;
  let cut = false;
  while (from < text.length) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    let line = text.slice(from, end);
    from = end + 1;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    line = stripAnsi(line);
    if (line.length < 400 && NOISE.test(line)) continue;
    if (lines.length === 0 && line.trim() === '') continue;
    if (length + line.length + 1 > budget) {
      cut = true;
      break;
    }
    lines.push(line);
    length += line.length + 1;
  }
  while (lines.length > 0 && (lines[lines.length - 1] as string).trim() === '') lines.pop();
  return { text: lines.join('\n'), cut, shownLines: lines.length };
}
