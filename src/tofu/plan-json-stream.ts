import {
  readJsonParts,
  JSON_PARTS_SIZES,
  type JsonPartsCounts,
  type JsonPartsSizes,
  type JsonShape,
} from './json-parts.js';
import type { RawPlan } from './plan-json-types.js';
import type { PlanPartsVisitor } from './plan-parts.js';

/**
 * Reads the JSON of `tofu show -json` from a file in parts (json-parts.ts), never holding it
 * whole as text or as objects: the plan's growing parts (plan-parts.ts) are handed to the
 * visitor one element at a time; everything else is kept in the head, which is returned, but
 * what no reader of the plan uses (the configuration's expressions, `relevant_attributes`,
 * `checks`) is dropped.
 */

type Part = keyof PlanPartsVisitor;

const MODULE: JsonShape<Part> = {
  rules: { resources: { each: 'moduleResource' }, child_modules: { eachIn: () => MODULE } },
  other: 'keep',
};
const VALUES: JsonShape<Part> = { rules: { root_module: { descend: MODULE } }, other: 'keep' };
/** Of the configuration, only the root module's output and variable declarations are read. */
const CONFIGURATION: JsonShape<Part> = {
  rules: {
    root_module: { descend: { rules: { outputs: 'keep', variables: 'keep' }, other: 'drop' } },
  },
  other: 'drop',
};
const PLAN: JsonShape<Part> = {
  rules: {
    resource_changes: { each: 'resourceChange' },
    resource_drift: { each: 'drift' },
    planned_values: { descend: VALUES },
    prior_state: { descend: { rules: { values: { descend: VALUES } }, other: 'keep' } },
    configuration: { descend: CONFIGURATION },
    relevant_attributes: 'drop',
    checks: 'drop',
  },
  other: 'keep',
};

/**
 * How `tofu show -json` writes the boundary between two resource changes (or two module
 * resources): its compact output has no spaces and starts each with its address.
 */
const ELEMENT_BOUNDARY = Buffer.from('},{"address":"');

/** The head of the plan in `path`: every kept value, with the handed-on lists as empty lists. */
export function streamPlanFile(
  path: string,
  visitor: PlanPartsVisitor,
  sizes: JsonPartsSizes = JSON_PARTS_SIZES,
  counts?: JsonPartsCounts,
): RawPlan {
  return readJsonParts(
    path,
    PLAN,
    visitor,
    { ...sizes, boundary: ELEMENT_BOUNDARY },
    counts,
  ) as RawPlan;
}
