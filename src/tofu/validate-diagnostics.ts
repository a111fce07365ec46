/**
 * `tofu validate -json` (format_version 1.x): { valid, error_count, warning_count,
 * diagnostics[] { severity, summary, detail, address?, range? { filename, start, end },
 * snippet? { context, code, start_line, ... } } }. File names are relative to tofu's
 * working directory.
 */
export interface ValidatePosition {
  line: number;
  column: number;
}

export interface ValidateDiagnostic {
  severity: 'error' | 'warning';
  summary: string;
  detail: string;
  address?: string;
  range?: { filename: string; start: ValidatePosition; end: ValidatePosition };
  snippet?: { code: string; startLine: number; context?: string };
}

export interface ValidateResult {
  valid: boolean;
  errorCount: number;
  warningCount: number;
  diagnostics: ValidateDiagnostic[];
}

/** Thrown when the text is not validate's JSON; the caller shows tofu's own words. */
export class NotValidateJsonError extends Error {
  override name = 'NotValidateJsonError';
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function position(value: unknown): ValidatePosition | undefined {
  if (!isObject(value) || typeof value.line !== 'number') return undefined;
  return { line: value.line, column: typeof value.column === 'number' ? value.column : 1 };
}

function diagnostic(value: unknown): ValidateDiagnostic | undefined {
  if (!isObject(value)) return undefined;
  const severity = value.severity === 'warning' ? 'warning' : 'error';
  const result: ValidateDiagnostic = {
    severity,
    summary: typeof value.summary === 'string' ? value.summary : '',
    detail: typeof value.detail === 'string' ? value.detail : '',
  };
  if (typeof value.address === 'string' && value.address) result.address = value.address;
  const range = value.range;
  if (isObject(range) && typeof range.filename === 'string') {
    const start = position(range.start);
    if (start)
      result.range = { filename: range.filename, start, end: position(range.end) ?? start };
  }
  const snippet = value.snippet;
  if (isObject(snippet) && typeof snippet.code === 'string') {
    result.snippet = {
      code: snippet.code,
      startLine:
        typeof snippet.start_line === 'number'
          ? snippet.start_line
          : (result.range?.start.line ?? 1),
    };
    if (typeof snippet.context === 'string') result.snippet.context = snippet.context;
  }
  return result;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new NotValidateJsonError(`not JSON: ${(error as Error).message}`);
  }
}

/**
 * Parses validate's JSON. tofu may print log lines before it (TF_LOG), so the JSON is taken
 * from the first line that starts an object.
 */
export function parseValidateJson(text: string): ValidateResult {
  const start = text.search(/^\{/m);
  if (start < 0) throw new NotValidateJsonError('no JSON object in the output');
  const data = parseJson(text.slice(start));
  if (!isObject(data) || typeof data.valid !== 'boolean' || !Array.isArray(data.diagnostics)) {
    throw new NotValidateJsonError('JSON without "valid" and "diagnostics"');
  }
  const diagnostics = data.diagnostics.map(diagnostic).filter((d): d is ValidateDiagnostic => !!d);
  const count = (key: string, severity: string) =>
    typeof data[key] === 'number'
      ? (data[key] as number)
      : diagnostics.filter((d) => d.severity === severity).length;
  return {
    valid: data.valid,
    errorCount: count('error_count', 'error'),
    warningCount: count('warning_count', 'warning'),
    diagnostics,
  };
}
