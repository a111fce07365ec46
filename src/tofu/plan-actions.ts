/**
 * The action lists a plan JSON can hold (`change.actions`), as one value each.
 * `replace` comes in two orders; OpenTofu also has `forget` (removed from state, not
 * destroyed) and forget-then-create (a replace under `lifecycle { destroy = false }`).
 * Anything else (a future action) is `other`: shown with its raw actions, never hidden.
 */
export type ResourceAction =
  | 'no-op'
  | 'create'
  | 'read'
  | 'update'
  | 'delete'
  | 'replace-delete-first'
  | 'replace-create-first'
  | 'forget'
  | 'replace-forget-first'
  | 'other';

const SINGLE = new Map<string, ResourceAction>([
  ['no-op', 'no-op'],
  ['create', 'create'],
  ['read', 'read'],
  ['update', 'update'],
  ['delete', 'delete'],
  ['forget', 'forget'],
  ['delete,create', 'replace-delete-first'],
  ['create,delete', 'replace-create-first'],
  ['forget,create', 'replace-forget-first'],
]);
const PAIRS = new Map<string, Map<string, ResourceAction>>([
  ['delete', new Map([['create', 'replace-delete-first']])],
  ['create', new Map([['delete', 'replace-create-first']])],
  ['forget', new Map([['create', 'replace-forget-first']])],
]);

/** The action of `change.actions` (its elements joined with commas, as OpenTofu lists them). */
export function classifyActions(actions: readonly unknown[] | undefined): ResourceAction {
  if (!Array.isArray(actions) || actions.length === 0) return 'other';
  const first: unknown = actions[0];
  const second: unknown = actions[1];
  // Strings are looked up without joining them (one of the hottest calls on a large plan).
  if (typeof first === 'string' && (actions.length === 1 || typeof second === 'string')) {
    if (actions.length === 1) return SINGLE.get(first) ?? 'other';
    // Three or more strings join to two commas or more: no known action.
    if (actions.length > 2) return 'other';
    return PAIRS.get(first)?.get(second as string) ?? 'other';
  }
  return SINGLE.get(actions.join(',')) ?? 'other';
}
