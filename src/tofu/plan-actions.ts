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

const BY_KEY: Record<string, ResourceAction> = {
  'no-op': 'no-op',
  create: 'create',
  read: 'read',
  update: 'update',
  delete: 'delete',
  'delete,create': 'replace-delete-first',
  'create,delete': 'replace-create-first',
  forget: 'forget',
  'forget,create': 'replace-forget-first',
};

export function classifyActions(actions: readonly unknown[] | undefined): ResourceAction {
  if (!Array.isArray(actions) || actions.length === 0) return 'other';
  return BY_KEY[actions.join(',')] ?? 'other';
}
