import { planChangeSet, type SelectedChangeSet } from './change-set-codec.js';
import { fingerprintPlan } from './fingerprint.js';
import { planModelFromJson, type PlanModel } from './plan-model.js';
import { collectSensitiveValues } from './sensitive.js';

export interface PlanAnalysis {
  model: PlanModel;
  sensitive: readonly string[];
  fingerprint: string;
  changes: SelectedChangeSet;
}

/**
 * What `plan` keeps of `tofu show -json`: the value-free model, the sensitive values (each
 * handed to `mask` before anything is derived from the plan), the fingerprint and the change
 * set for the comment marker. The parsed JSON is not kept: on a large plan it is the largest
 * thing in memory, and nothing after this needs it.
 */
export function analysePlan(
  json: unknown,
  source: string,
  mask: (value: string) => void,
): PlanAnalysis {
  const model = planModelFromJson(json, source);
  const sensitive = collectSensitiveValues(json);
  for (const value of sensitive) mask(value);
  return {
    model,
    sensitive,
    fingerprint: fingerprintPlan(json),
    changes: planChangeSet(json, sensitive),
  };
}
