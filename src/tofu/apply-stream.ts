/**
 * The `tofu apply -json` event stream: one JSON object per line (apply_start, apply_progress,
 * apply_complete, apply_errored, diagnostic, change_summary, outputs, ...). ApplyStream turns
 * each event into a readable log line as it arrives and keeps what the summary needs: every
 * resource with its action, outcome and duration, the diagnostics, the counts and the outputs.
 */

export interface ResourceAddr {
  addr: string;
  resource_type?: string;
  resource_name?: string;
  module?: string;
}

export interface TofuDiagnostic {
  severity: 'error' | 'warning' | string;
  summary: string;
  detail?: string;
  address?: string;
  range?: {
    filename: string;
    start: { line: number; column: number };
    end?: { line: number; column: number };
  };
}

export interface TofuOutputValue {
  sensitive: boolean;
  type?: unknown;
  value?: unknown;
}

export interface TofuJsonEvent {
  '@level'?: string;
  '@message'?: string;
  '@timestamp'?: string;
  type?: string;
  hook?: {
    resource?: ResourceAddr;
    action?: string;
    id_key?: string;
    id_value?: string;
    elapsed_seconds?: number;
  };
  change?: { resource?: ResourceAddr; action?: string };
  diagnostic?: TofuDiagnostic;
  changes?: {
    add?: number;
    change?: number;
    remove?: number;
    import?: number;
    forget?: number;
    operation?: string;
  };
  outputs?: Record<string, TofuOutputValue>;
}

export type ResourceOutcome = 'running' | 'complete' | 'errored';

export interface AppliedResource {
  address: string;
  /** create, update, delete, replace, read, ... as tofu names it in the hook. */
  action: string;
  outcome: ResourceOutcome;
  elapsedSeconds?: number;
  id?: string;
}

export interface ChangeCounts {
  add: number;
  change: number;
  destroy: number;
  import: number;
  forget: number;
}

export interface ApplyStreamResult {
  resources: AppliedResource[];
  diagnostics: TofuDiagnostic[];
  counts: ChangeCounts | undefined;
  outputs: Record<string, TofuOutputValue> | undefined;
  /** Lines that were not JSON events (tofu writes some errors as plain text). */
  otherLines: string[];
}

/** One parsed line; undefined for anything that is not a tofu JSON event. */
export function parseEventLine(line: string): TofuJsonEvent | undefined {
  const text = line.trim();
  if (!text.startsWith('{')) return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as TofuJsonEvent)
      : undefined;
  } catch {
    return undefined;
  }
}

/** A whole stream, as tofu writes it (JSON lines) or as a recorded JSON array. */
export function readApplyEvents(text: string): TofuJsonEvent[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    const parsed = JSON.parse(trimmed) as unknown;
    if (Array.isArray(parsed)) return parsed as TofuJsonEvent[];
  }
  return trimmed
    .split(/\r?\n/)
    .map(parseEventLine)
    .filter((e): e is TofuJsonEvent => !!e);
}

const MARK: Record<string, string> = {
  apply_start: '→',
  apply_progress: '…',
  apply_complete: '✓',
  apply_errored: '✗',
  provision_start: '→',
  provision_progress: '…',
  provision_complete: '✓',
  provision_errored: '✗',
};

export class ApplyStream {
  private readonly resources = new Map<string, AppliedResource>();
  private readonly diagnostics: TofuDiagnostic[] = [];
  private readonly otherLines: string[] = [];
  private counts: ChangeCounts | undefined;
  private outputs: Record<string, TofuOutputValue> | undefined;
  private readonly earlierSeconds = new Map<string, number>();
  private buffer = '';

  /** Feeds a chunk of stdout; returns the log lines for the complete lines in it. */
  push(chunk: string): string[] {
    this.buffer += chunk;
    const lines = this.buffer.split(/\r?\n/);
    this.buffer = lines.pop() ?? '';
    return lines.flatMap((l) => this.line(l));
  }

  /** The rest of the buffer once the process has ended. */
  end(): string[] {
    const rest = this.buffer;
    this.buffer = '';
    return rest ? this.line(rest) : [];
  }

  private line(line: string): string[] {
    if (!line.trim()) return [];
    const event = parseEventLine(line);
    if (!event) {
      this.otherLines.push(line);
      return [line];
    }
    const text = this.handle(event);
    return text === undefined ? [] : [text];
  }

  /** Records an event; returns its log line, or undefined for events not worth a line. */
  handle(event: TofuJsonEvent): string | undefined {
    const message = event['@message'] ?? '';
    switch (event.type) {
      case 'version':
      case 'planned_change':
        return undefined;
      case 'apply_start':
      case 'apply_progress':
      case 'apply_complete':
      case 'apply_errored': {
        const address = event.hook?.resource?.addr;
        if (address) this.track(address, event);
        return `${MARK[event.type]} ${message}`;
      }
      case 'provision_start':
      case 'provision_progress':
      case 'provision_complete':
      case 'provision_errored':
        return `  ${MARK[event.type]} ${message}`;
      case 'diagnostic': {
        if (event.diagnostic) this.diagnostics.push(event.diagnostic);
        const d = event.diagnostic;
        if (!d) return message;
        const where = d.address
          ? ` (${d.address})`
          : d.range
            ? ` (${d.range.filename} line ${d.range.start.line})`
            : '';
        const detail = (d.detail ?? '').trim();
        const head = `${d.severity === 'error' ? 'Error' : 'Warning'}: ${d.summary}${where}`;
        return detail ? `${head}\n${detail.replace(/^/gm, '  ')}` : head;
      }
      case 'change_summary': {
        const c = event.changes ?? {};
        this.counts = {
          add: c.add ?? 0,
          change: c.change ?? 0,
          destroy: c.remove ?? 0,
          import: c.import ?? 0,
          forget: c.forget ?? 0,
        };
        return message;
      }
      case 'outputs': {
        this.outputs = event.outputs ?? {};
        const names = Object.keys(this.outputs);
        return names.length ? `Outputs: ${names.join(', ')}` : undefined;
      }
      default:
        return message || undefined;
    }
  }

  private track(address: string, event: TofuJsonEvent): void {
    const hook = event.hook ?? {};
    let entry = this.resources.get(address);
    if (!entry) {
      entry = { address, action: hook.action ?? 'apply', outcome: 'running' };
      this.resources.set(address, entry);
    } else if (event.type === 'apply_start' && entry.outcome === 'complete') {
      // The second half of a replacement (delete then create, or the other way round).
      if (hook.action && hook.action !== entry.action) entry.action = 'replace';
      this.earlierSeconds.set(address, entry.elapsedSeconds ?? 0);
      entry.outcome = 'running';
    }
    if (hook.id_value) entry.id = hook.id_value;
    if (typeof hook.elapsed_seconds === 'number') {
      entry.elapsedSeconds = (this.earlierSeconds.get(address) ?? 0) + hook.elapsed_seconds;
    }
    if (event.type === 'apply_complete') entry.outcome = 'complete';
    if (event.type === 'apply_errored') entry.outcome = 'errored';
  }

  result(): ApplyStreamResult {
    return {
      resources: [...this.resources.values()],
      diagnostics: [...this.diagnostics],
      counts: this.counts,
      outputs: this.outputs,
      otherLines: [...this.otherLines],
    };
  }
}

/** The whole text of a diagnostic, as tofu would print it (for the lock-error parser). */
export function diagnosticText(d: TofuDiagnostic): string {
  return `Error: ${d.summary}\n\n${d.detail ?? ''}`;
}
