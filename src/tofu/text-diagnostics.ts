import { stripAnsi } from './plan-text.js';

/** A diagnostic as tofu prints it on stderr (human form, boxed or plain). */
export interface TextDiagnostic {
  severity: 'error' | 'warning';
  summary: string;
  detail: string;
  file?: string;
  line?: number;
}

/** Strips colour codes and the `╷ │ ╵` box that tofu draws around diagnostics. */
export function plainText(text: string): string {
  return stripAnsi(text)
    .split(/\r?\n/)
    .map((line) => line.replace(/^[│╷╵]\s?/, ''))
    .join('\n');
}

/**
 * Finds `Error: ...` / `Warning: ...` blocks in tofu's human output. Each block runs to the
 * next blank-line-separated heading or the end of its box.
 */
export function parseTextDiagnostics(text: string): TextDiagnostic[] {
  const lines = plainText(text).split('\n');
  const found: TextDiagnostic[] = [];
  let current: (TextDiagnostic & { body: string[] }) | undefined;
  const flush = () => {
    if (!current) return;
    const body = current.body.join('\n').trim();
    const location = /^\s*on (.+?) line (\d+)/m.exec(body);
    if (location) {
      current.file = location[1];
      current.line = Number(location[2]);
    }
    current.detail = body
      .split('\n')
      .filter(
        (l) =>
          !/^\s*on .+ line \d+/.test(l) &&
          !/^\s*\d+:\s/.test(l) &&
          !/^\s*\(source code not available\)/.test(l),
      )
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    const { body: _body, ...diagnostic } = current;
    found.push(diagnostic);
    current = undefined;
  };
  for (const raw of lines) {
    const heading = /^(Error|Warning): (.*)$/.exec(raw.trimEnd());
    if (heading) {
      flush();
      current = {
        severity: heading[1] === 'Error' ? 'error' : 'warning',
        summary: (heading[2] ?? '').trim(),
        detail: '',
        body: [],
      };
      continue;
    }
    if (current) {
      if (/^(Plan:|OpenTofu|Terraform) /.test(raw)) flush();
      else current.body.push(raw);
    }
  }
  flush();
  return found;
}

/** The first error as one line, for comments and failure messages. */
export function firstError(text: string): string | undefined {
  const error = parseTextDiagnostics(text).find((d) => d.severity === 'error');
  if (error) {
    const detail = error.detail
      .split('\n')
      .find((l) => l.trim())
      ?.trim();
    return detail ? `${error.summary}: ${detail}` : error.summary;
  }
  return plainText(text)
    .split('\n')
    .map((l) => l.trim())
    .find(Boolean);
}
