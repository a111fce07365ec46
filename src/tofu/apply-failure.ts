import { ConfigurationError } from '../util/errors.js';
import type { ApplyRun } from './apply-run.js';
import { tofuWords } from './error-text.js';
import { firstError } from './text-diagnostics.js';

/**
 * Why a finished `tofu apply` failed (not for a held lock or a cancel): `line` for the summary
 * and the plan comment, `error` to end the step with.
 */
export interface ApplyFailure {
  line: string;
  error: ConfigurationError;
}

export function classifyApplyFailure(
  result: Pick<ApplyRun, 'diagnostics' | 'stderr' | 'otherLines' | 'exitCode'>,
  environment: string,
): ApplyFailure {
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  const text = [
    ...errors.map((d) => `${d.summary} ${d.detail ?? ''}`),
    result.stderr,
    ...result.otherLines,
  ].join('\n');
  if (/Saved plan is stale/.test(text)) {
    return {
      line: 'Saved plan is stale: the state changed since the plan was made.',
      error: new ConfigurationError(
        `The saved plan for ${environment} is stale (tofu: "Saved plan is stale"): the state changed after it was made, so nothing was applied. A re-plan is needed: run plan again (or leave plan-file empty to re-plan here).`,
      ),
    };
  }
  if (/Failed to (load|read) .* plan file|as a plan file|not a valid plan file/i.test(text)) {
    return {
      line: 'tofu could not read the saved plan.',
      error: new ConfigurationError(
        `tofu apply could not read the saved plan for ${environment}: ${tofuWords(text, 300)}. A re-plan is needed.`,
      ),
    };
  }
  const first = errors[0]
    ? `${errors[0].address ? `${errors[0].address}: ` : ''}${errors[0].summary}`
    : (firstError(result.stderr) ??
      (tofuWords(result.stderr, 300) || `tofu apply exited with ${result.exitCode}`));
  return {
    line: first,
    error: new ConfigurationError(`tofu apply failed in ${environment}: ${first}`),
  };
}
