/** Escaping for GitHub-flavoured markdown: text from plans never breaks out of its place. */

/** Any character escapeText changes. */
const NEEDS_TEXT_ESCAPE = /[\\`*_{}[\]()|~>&<@\r\n\t]/;

/**
 * Plain text inside a line of markdown (never at its start): no markup, links, HTML or
 * @mentions.
 */
export function escapeText(text: string): string {
  // Most text (reasons, labels, names) holds nothing to escape: no new strings for it.
  if (!NEEDS_TEXT_ESCAPE.test(text)) return text;
  return oneLine(text)
    .replace(/[\\`*_{}[\]()|~>]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/@/g, '&#64;');
}

/** Text inside raw HTML (a <summary>): markdown escapes would show as backslashes there. */
export function escapeHtml(text: string): string {
  return oneLine(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '&#64;');
}

/** An inline code span that holds any text (backticks inside, newlines folded). */
export function codeSpan(text: string): string {
  const content = oneLine(text);
  const fence = '`'.repeat(longestRun(content, '`') + 1);
  const pad = content.startsWith('`') || content.endsWith('`') || /^ .* $/.test(content) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/**
 * A code span inside a table cell: pipes escaped so that they cannot end the cell (GitHub
 * splits cells before it reads code spans; `\|` is the one escape it honours there).
 */
export function cellCode(text: string): string {
  return escapePipes(codeSpan(text));
}

/** Pipes in any table cell content; a backslash run before a pipe cannot unescape it. */
export function escapePipes(text: string): string {
  if (!text.includes('|')) return text;
  return text.replace(/(\\*)\|/g, (_m, slashes: string) =>
    slashes.length % 2 === 0 ? `${slashes}\\|` : `${slashes}|`,
  );
}

/** A code fence longer than any backtick run in the text, so the text cannot close it. */
export function fenceFor(text: string): string {
  return '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
}

/** Text in a fenced code block that nothing inside can end. */
export function codeBlock(text: string, info = 'text'): string {
  const fence = fenceFor(text);
  const body = text.endsWith('\n') ? text : `${text}\n`;
  return `${fence}${info}\n${body}${fence}`;
}

const LINE_BREAK = /[\r\n\t]/;

export function oneLine(text: string): string {
  return LINE_BREAK.test(text) ? text.replace(/[\r\n\t]+/g, ' ') : text;
}

/** At most `max` UTF-16 units, an ellipsis when cut, never half of a surrogate pair. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * shorten() on one line, whitespace runs folded and trimmed first; escape the result
 * afterwards, so that no escape is cut.
 */
export function clip(text: string, max: number): string {
  return shorten(text.replace(/\s+/g, ' ').trim(), max);
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let from = text.indexOf(char);
  while (from >= 0) {
    let end = from;
    while (text[end] === char) end++;
    if (end - from > longest) longest = end - from;
    from = text.indexOf(char, end);
  }
  return longest;
}

/**
 * `12,345`. Written by hand: the first toLocaleString call loads ICU's locale data, which
 * costs more than the rest of a small plan's rendering.
 */
export function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${groupThousands(n)} ${n === 1 ? one : many}`;
}
