/** Why OpenTofu plans an action (`action_reason`), in a few words for the table. */
const REASONS: Record<string, string> = {
  replace_because_cannot_update: 'cannot update in place',
  replace_because_tainted: 'tainted',
  replace_by_request: 'replace requested (-replace)',
  replace_by_triggers: 'replace_triggered_by',
  delete_because_no_resource_config: 'not in configuration',
  delete_because_wrong_repetition: 'count/for_each changed',
  delete_because_count_index: 'index out of range for count',
  delete_because_each_key: 'key not in for_each',
  delete_because_no_module: 'module not in configuration',
  delete_because_no_move_target: 'moved to an address not in configuration',
  delete_because_enabled_false: 'enabled = false',
  read_because_config_unknown: 'configuration known only after apply',
  read_because_dependency_pending: 'depends on pending changes',
  read_because_check_nested: 'read by a check block',
  forget_because_lifecycle_destroy_in_state: 'lifecycle.destroy = false (in state)',
  forget_because_lifecycle_destroy_in_config: 'lifecycle.destroy = false',
};

/** Undefined for no reason; an unknown reason is shown as it is. */
export function describeReason(reason: string | undefined): string | undefined {
  if (!reason) return undefined;
  return REASONS[reason] ?? reason;
}
