import type { RawModuleValues, RawPlan } from './plan-json-types.js';

/**
 * The parts of a plan that grow with it, one at a time: every element of `resource_changes`
 * and `resource_drift`, and every resource of the planned and prior module values (child
 * modules included). What reads a plan (model, sensitive values, fingerprint, change set) takes
 * these one by one, then the rest of the plan (the head: versions, outputs, variables, the
 * configuration's output and variable declarations) once at the end. That lets a large plan be
 * read without ever holding all of it (plan-json-stream.ts), and a small one be parsed whole
 * and walked (visitPlanTree): the same calls either way.
 *
 * Elements are whatever the JSON holds (usually objects; checked where they are used).
 * Resource changes and drift entries each come in the plan's order. Module resources, and the
 * kinds among each other, come in the file's order when streamed, which visitPlanTree does
 * not keep (it gives planned values before prior state, a module's resources before its
 * children's): a visitor must not depend on that order.
 */
export interface PlanPartsVisitor {
  resourceChange(raw: unknown): void;
  drift(raw: unknown): void;
  moduleResource(raw: unknown): void;
}

/** Feeds a parsed plan's parts to the visitor: resource changes, drift, then module resources. */
export function visitPlanTree(plan: RawPlan, visitor: PlanPartsVisitor): void {
  const changes: unknown[] = Array.isArray(plan.resource_changes) ? plan.resource_changes : [];
  for (let i = 0; i < changes.length; i++) visitor.resourceChange(changes[i]);
  const drift: unknown[] = Array.isArray(plan.resource_drift) ? plan.resource_drift : [];
  for (let i = 0; i < drift.length; i++) visitor.drift(drift[i]);
  visitModule(plan.planned_values?.root_module, visitor);
  visitModule(plan.prior_state?.values?.root_module, visitor);
}

function visitModule(module: unknown, visitor: PlanPartsVisitor): void {
  if (!module || typeof module !== 'object') return;
  const { resources, child_modules: children } = module as RawModuleValues;
  const list: unknown[] = Array.isArray(resources) ? resources : [];
  for (let i = 0; i < list.length; i++) visitor.moduleResource(list[i]);
  const childList: unknown[] = Array.isArray(children) ? children : [];
  for (let i = 0; i < childList.length; i++) visitModule(childList[i], visitor);
}
