import { plainText } from './text-diagnostics.js';

/**
 * Parses OpenTofu's "Error acquiring the state lock" diagnostic and its `Lock Info:` block.
 * Works on plain text (-no-color), on the boxed form (`╷`, `│ ` prefixes, ANSI colours) and on
 * the detail of a `-json` diagnostic. When the ID cannot be read with certainty the result is
 * undefined: callers then show tofu's own words and never guess an ID to force-unlock.
 */
export interface StateLockInfo {
  id: string;
  path?: string;
  operation?: string;
  who?: string;
  version?: string;
  /** `Created` as tofu printed it (Go time format). */
  created?: string;
  /** `Created` parsed; undefined when the text is not a Go timestamp. */
  createdAt?: Date;
  info?: string;
  /** The backend's error message, unwrapped into one line. */
  backendError?: string;
}

const FIELDS = {
  ID: 'id',
  Path: 'path',
  Operation: 'operation',
  Who: 'who',
  Version: 'version',
  Created: 'created',
  Info: 'info',
} as const;

// An ID is one token: a UUID for the S3/DynamoDB backends, other backends use other shapes.
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._:@+/=-]*$/;

export function isStateLockError(text: string): boolean {
  return plainText(text).includes('Error acquiring the state lock');
}

export function parseLockError(text: string): StateLockInfo | undefined {
  const plain = plainText(text);
  const start = plain.indexOf('Error acquiring the state lock');
  if (start < 0) return undefined;
  const lines = plain.slice(start).split('\n');
  const infoAt = lines.findIndex((l) => l.trim() === 'Lock Info:');
  if (infoAt < 0) return undefined;

  const fields: Partial<Record<(typeof FIELDS)[keyof typeof FIELDS], string>> = {};
  for (const line of lines.slice(infoAt + 1)) {
    const m = /^\s+(ID|Path|Operation|Who|Version|Created|Info):[ \t]*(.*)$/.exec(line);
    if (!m) break;
    const key = FIELDS[m[1] as keyof typeof FIELDS];
    if (key in fields) return undefined; // two blocks interleaved: not something to act on
    fields[key] = (m[2] as string).trim();
  }
  const id = fields.id;
  if (!id || !SAFE_ID.test(id)) return undefined;

  const messageAt = lines.findIndex((l) => l.startsWith('Error message:'));
  const backendError =
    messageAt >= 0 && messageAt < infoAt
      ? lines
          .slice(messageAt, infoAt)
          .map((l) => l.trim())
          .filter(Boolean)
          .join(' ')
          .replace(/^Error message:\s*/, '')
      : undefined;

  const result: StateLockInfo = { id };
  if (fields.path) result.path = fields.path;
  if (fields.operation) result.operation = fields.operation;
  if (fields.who) result.who = fields.who;
  if (fields.version) result.version = fields.version;
  if (fields.created) {
    result.created = fields.created;
    const at = parseGoTime(fields.created);
    if (at) result.createdAt = at;
  }
  if (fields.info) result.info = fields.info;
  if (backendError) result.backendError = backendError;
  return result;
}

/**
 * Go's default time.Time format (`2026-11-19 14:02:11.512345678 +0000 UTC`) and RFC 3339
 * (`2026-11-19T14:02:11.5Z`, what the lock JSON in the backend holds).
 */
export function parseGoTime(text: string): Date | undefined {
  const m =
    /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\.(\d+))?\s*(Z|[+-]\d{2}:?\d{2})?(?:\s+[A-Z]{2,5})?(?:\s+m=[+-][\d.]+)?$/.exec(
      text.trim(),
    );
  if (!m) return undefined;
  const fraction = ((m[3] ?? '') + '000').slice(0, 3);
  const zone = m[4] ?? 'Z';
  const offset = zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  const date = new Date(`${m[1]}T${m[2]}.${fraction}${offset}`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** `OperationTypeApply` → `apply`. */
export function operationName(operation: string | undefined): string {
  if (!operation) return 'an unknown operation';
  return operation.replace(/^OperationType/, '').toLowerCase() || operation;
}
