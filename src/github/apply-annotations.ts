import type { TofuDiagnostic } from '../tofu/apply-stream.js';
import type { Host } from './host.js';

/** tofu apply's diagnostics as annotations, on the file and lines they name when they do. */
export function annotateApplyDiagnostics(
  host: Host,
  diagnostics: readonly TofuDiagnostic[],
  workingDirectoryRelative: string,
): void {
  for (const d of diagnostics) {
    const file = d.range
      ? `${workingDirectoryRelative}/${d.range.filename}`.replace(/^\.\//, '')
      : undefined;
    const props = {
      title: d.address ? `${d.address}: ${d.summary}` : d.summary,
      ...(file && d.range
        ? {
            file,
            startLine: d.range.start.line,
            startColumn: d.range.start.column,
            ...(d.range.end ? { endLine: d.range.end.line, endColumn: d.range.end.column } : {}),
          }
        : {}),
    };
    const message = d.detail?.trim() || d.summary;
    if (d.severity === 'error') host.error(message, props);
    else host.warning(message, props);
  }
}
