import type { LabelDefinition } from './labels.js';

/** The labels `comment` manages on the pull request (others are left alone). */
export const PLAN_LABELS: Record<string, LabelDefinition> = {
  'tofu:destroy': {
    color: 'b60205',
    description: 'The OpenTofu plan destroys or replaces resources',
  },
  'tofu:changes': { color: 'fbca04', description: 'The OpenTofu plan changes infrastructure' },
  'tofu:no-changes': { color: '0e8a16', description: 'The OpenTofu plan changes nothing' },
};

export interface LabelInput {
  status: 'planned' | 'failed';
  hasChanges: boolean;
  destroy: number;
  replace: number;
}

/**
 * tofu:destroy when any environment destroys or replaces, tofu:changes when any changes
 * anything, tofu:no-changes only when every environment planned and none changes anything
 * (a failed plan proves nothing either way).
 */
export function wantedPlanLabels(plans: readonly LabelInput[]): string[] {
  const planned = plans.filter((p) => p.status === 'planned');
  const wanted: string[] = [];
  if (planned.some((p) => p.destroy > 0 || p.replace > 0)) wanted.push('tofu:destroy');
  if (planned.some((p) => p.hasChanges)) wanted.push('tofu:changes');
  if (plans.length > 0 && planned.length === plans.length && !planned.some((p) => p.hasChanges))
    wanted.push('tofu:no-changes');
  return wanted;
}
