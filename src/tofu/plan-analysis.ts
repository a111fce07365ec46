import { planChangeSet, type SelectedChangeSet } from './change-set-codec.js';
import { fingerprintPlan } from './fingerprint.js';
import { planModelFromJson, type PlanModel } from './plan-model.js';
import { collectSensitiveValues, MIN_REDACT_LENGTH } from './sensitive.js';

export interface PlanAnalysis {
  model: PlanModel;
  sensitive: readonly string[];
  fingerprint: string;
  changes: SelectedChangeSet;
}

/**
 * What `plan` keeps of `tofu show -json`: the value-free model, the sensitive values (masked
 * before anything is derived from the plan), the fingerprint and the change set for the
 * comment marker. The parsed JSON is not kept: on a large plan it is the largest thing in
 * memory, and nothing after this needs it.
 */
export function analysePlan(
  json: unknown,
  source: string,
  mask: (value: string) => void,
): PlanAnalysis {
  const model = planModelFromJson(json, source);
  const sensitive = maskSensitiveValues(json, mask);
  return {
    model,
    sensitive,
    fingerprint: fingerprintPlan(json),
    changes: planChangeSet(json, sensitive),
  };
}

/**
 * The plan's sensitive values (collectSensitiveValues), each long enough to be redacted handed
 * to `mask` (the host's setSecret); `plan` and `apply` both mask through this. Shorter ones are
 * not masked: the runner would blank every "2" or "db" in the job's log and drop every job
 * output that contains one, and redaction skips them too.
 */
export function maskSensitiveValues(json: unknown, mask: (value: string) => void): string[] {
  const sensitive = collectSensitiveValues(json);
  for (const value of sensitive) if (value.length >= MIN_REDACT_LENGTH) mask(value);
  return sensitive;
}
