import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { ConfigurationError } from '../util/errors.js';
import type { ChangeSet } from './change-set.js';
import type { PlanModel } from './plan-model.js';

export const PLAN_RESULT_SCHEMA = 'tofu-aws-action/plan-result@1';

/**
 * What one `plan` run leaves for a later `comment` (aggregation) or `apply` step. Holds no
 * attribute values: the model is value-free and the plan text is redacted.
 */
export interface PlanResult {
  schema: typeof PLAN_RESULT_SCHEMA;
  environment: string;
  workingDirectory: string;
  status: 'planned' | 'failed';
  hasChanges: boolean;
  fingerprint?: string;
  /**
   * The change set for the comment marker, when small and free of secrets: a value-free
   * summary (sensitive values are markers), compressed only where a comment is written.
   */
  changeSet?: ChangeSet;
  model?: PlanModel;
  planText?: string;
  failedStep?: string;
  error?: string;
  sha?: string;
  runUrl?: string;
  createdAt: string;
}

export function writePlanResult(path: string, result: PlanResult): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(result), 'utf8');
  renameSync(tmp, path);
}

export function readPlanResult(path: string): PlanResult {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigurationError(
      `Result file ${path} is not a tofu-aws-action plan result (not readable JSON: ${(error as Error).message.split('\n')[0]}).`,
    );
  }
  const schema = (data as { schema?: unknown } | null)?.schema;
  if (schema !== PLAN_RESULT_SCHEMA) {
    throw new ConfigurationError(
      typeof schema === 'string' && schema.startsWith('tofu-aws-action/plan-result@')
        ? `Result file ${path} is from another version of tofu-aws-action (${schema}); this version reads ${PLAN_RESULT_SCHEMA}.`
        : `Result file ${path} is not a tofu-aws-action plan result (expected schema ${PLAN_RESULT_SCHEMA}).`,
    );
  }
  return data as PlanResult;
}
