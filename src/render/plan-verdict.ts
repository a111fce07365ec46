import type { PlanModel } from '../tofu/plan-model.js';
import { groupThousands, plural } from './markdown.js';

/**
 * The one-line verdict, worded as OpenTofu words its "Plan:" line:
 * `3 to add, 1 to change, 1 to destroy` (with `N to import, ` before and `, N to forget`
 * after when there are any, and `, N moved`), `No changes`, `2 output changes, no resource
 * changes`, or `Plan failed`.
 */
export function planVerdict(model: PlanModel | undefined): string {
  if (!model || model.errored) return 'Plan failed';
  const c = model.counts;
  const resourceChanges = model.changes.length > 0;
  if (!resourceChanges && model.outputs.length === 0) return 'No changes';
  if (!resourceChanges)
    return `${plural(model.outputs.length, 'output change')}, no resource changes`;
  const parts: string[] = [];
  if (c.import > 0) parts.push(`${c.import} to import`);
  parts.push(`${c.add} to add`, `${c.change} to change`, `${c.destroy} to destroy`);
  if (c.forget > 0) parts.push(`${c.forget} to forget`);
  if (c.move > 0) parts.push(`${c.move} moved`);
  return parts.join(', ');
}

/** The warning line for a plan that destroys anything (replaces included); undefined otherwise. */
export function destroyWarning(model: PlanModel | undefined): string | undefined {
  if (!model || model.counts.destroy === 0) return undefined;
  const { destroy, replace } = model.counts;
  const deleted = destroy - replace;
  const detail = [
    deleted > 0 ? `${groupThousands(deleted)} deleted` : '',
    replace > 0 ? `${groupThousands(replace)} replaced` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `This plan destroys ${plural(destroy, 'resource')} (${detail}).`;
}
