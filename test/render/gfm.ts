/** Small models of how GitHub reads markdown, to check that rendered text keeps its shape. */

/** How GitHub splits a table row into cells: at pipes not escaped by a backslash. */
export function tableCells(row: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < row.length; i++) {
    const char = row[i] as string;
    if (char === '\\' && i + 1 < row.length) {
      current += char + (row[i + 1] as string);
      i++;
    } else if (char === '|') {
      cells.push(current);
      current = '';
    } else current += char;
  }
  cells.push(current);
  return cells.slice(1, -1).map((c) => c.trim());
}

/**
 * The fenced code blocks of a document as GitHub finds them: a line of three or more
 * backticks opens one, a line of at least as many backticks (and nothing else) closes it.
 */
export function fencedBlocks(markdown: string): { fence: string; body: string[] }[] {
  const blocks: { fence: string; body: string[] }[] = [];
  let open: { fence: string; body: string[] } | undefined;
  for (const line of markdown.split('\n')) {
    if (!open) {
      const start = /^(`{3,})[^`]*$/.exec(line);
      if (start) open = { fence: start[1] as string, body: [] };
      continue;
    }
    const end = /^(`{3,})\s*$/.exec(line);
    if (end && (end[1] as string).length >= open.fence.length) {
      blocks.push(open);
      open = undefined;
    } else open.body.push(line);
  }
  if (open) blocks.push(open);
  return blocks;
}

/** The markdown outside fenced code blocks (where text could act as markup). */
export function outsideFences(markdown: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    if (!fence) {
      const start = /^(`{3,})[^`]*$/.exec(line);
      if (start) fence = start[1] as string;
      else out.push(line);
      continue;
    }
    const end = /^(`{3,})\s*$/.exec(line);
    if (end && (end[1] as string).length >= fence.length) fence = undefined;
  }
  return out.join('\n');
}
