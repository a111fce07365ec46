/** Reading the human plan text (`tofu show <planfile>` / `tofu plan` output). */

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]|\u001b\][^\u0007]*\u0007/g;

export function stripAnsi(text: string): string {
  return text.includes('\u001b') ? text.replace(ANSI, '') : text;
}

/** The counts of the "Plan: ..." line, or `noChanges` for "No changes.". */
export interface PlanTextSummary {
  noChanges: boolean;
  import?: number;
  add?: number;
  change?: number;
  destroy?: number;
  forget?: number;
}

/** Undefined when the text has neither a "Plan:" line nor "No changes.". */
export function parsePlanSummaryLine(text: string): PlanTextSummary | undefined {
  const plain = stripAnsi(text);
  const line = /^Plan: (.+?)\.?\s*$/m.exec(plain);
  if (line) {
    const summary: PlanTextSummary = { noChanges: false };
    for (const part of (line[1] as string).matchAll(
      /(\d+) to (import|add|change|destroy|forget)/g,
    )) {
      summary[part[2] as 'import' | 'add' | 'change' | 'destroy' | 'forget'] = Number(part[1]);
    }
    return summary;
  }
  if (/^No changes\./m.test(plain)) return { noChanges: true };
  return undefined;
}

const BOX = /^[│╷╵|]\s?/;

/**
 * The first error of a failed plan's output: its "Error: ..." line and the detail under it,
 * without the box-drawing prefix OpenTofu adds. At most `maxLines` lines.
 */
export function firstPlanError(text: string, maxLines = 20): string | undefined {
  const lines = stripAnsi(text).split(/\r?\n/);
  const start = lines.findIndex((l) => /^Error: /.test(l.replace(BOX, '').trimStart()));
  if (start < 0) return undefined;
  const boxed = /^[│╷]/.test(lines[start] as string);
  const out: string[] = [];
  let blanks = 0;
  for (let i = start; i < lines.length && out.length < maxLines; i++) {
    const raw = lines[i] as string;
    if (boxed && (raw.startsWith('╵') || (i > start && !/^[│╷]/.test(raw)))) break;
    const line = raw.replace(BOX, '').trimEnd();
    if (i > start && /^(Error|Warning): /.test(line.trimStart())) break;
    if (line.trim() === '') {
      if (++blanks >= 2) break;
    } else blanks = 0;
    out.push(line.replace(/^\s*(Error: )/, '$1'));
  }
  while (out.length > 0 && (out[out.length - 1] as string).trim() === '') out.pop();
  return out.join('\n');
}
