import type { ApplyRun } from './apply-run.js';
import type { TofuDiagnostic, TofuOutputValue } from './apply-stream.js';

/**
 * A run of `tofu apply` as `apply` shows it (annotations, failure line and error, step summary,
 * plan comment): every text tofu printed, and every string in the outputs, with the plan's
 * sensitive values redacted. A provider may echo one in an error (a connection string with
 * its password), and none of those places is masked by the runner.
 */
export function redactApplyRun(run: ApplyRun, redact: (text: string) => string): ApplyRun {
  return {
    ...run,
    resources: run.resources.map((r) => ({
      ...r,
      address: redact(r.address),
      ...(r.id === undefined ? {} : { id: redact(r.id) }),
    })),
    diagnostics: run.diagnostics.map((d) => redactDiagnostic(d, redact)),
    outputs: run.outputs && redactOutputs(run.outputs, redact),
    otherLines: run.otherLines.map(redact),
    stderr: redact(run.stderr),
    lockErrorText: run.lockErrorText === undefined ? undefined : redact(run.lockErrorText),
  };
}

function redactDiagnostic(d: TofuDiagnostic, redact: (text: string) => string): TofuDiagnostic {
  return {
    ...d,
    summary: redact(d.summary),
    ...(d.detail === undefined ? {} : { detail: redact(d.detail) }),
    ...(d.address === undefined ? {} : { address: redact(d.address) }),
  };
}

function redactOutputs(
  outputs: Record<string, TofuOutputValue>,
  redact: (text: string) => string,
): Record<string, TofuOutputValue> {
  const out: Record<string, TofuOutputValue> = {};
  for (const [name, output] of Object.entries(outputs)) {
    out[name] =
      'value' in output ? { ...output, value: redactValue(output.value, redact) } : output;
  }
  return out;
}

function redactValue(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((v) => redactValue(v, redact));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, redact)]));
  }
  return value;
}
