import { describe, expect, it } from 'vitest';
import { PLAN_LABELS, wantedPlanLabels, type LabelInput } from '../../src/github/plan-labels.js';

const plan = (p: Partial<LabelInput>): LabelInput => ({
  status: 'planned',
  hasChanges: false,
  destroy: 0,
  replace: 0,
  ...p,
});

describe('wantedPlanLabels', () => {
  it('labels destroys and replacements as destroy and changes', () => {
    expect(wantedPlanLabels([plan({}), plan({ hasChanges: true, destroy: 1 })])).toEqual([
      'tofu:destroy',
      'tofu:changes',
    ]);
    expect(wantedPlanLabels([plan({ hasChanges: true, replace: 1 })])).toContain('tofu:destroy');
  });

  it('labels changes without destroys as changes only', () => {
    expect(wantedPlanLabels([plan({ hasChanges: true }), plan({})])).toEqual(['tofu:changes']);
  });

  it('says no-changes only when every environment planned and none changes', () => {
    expect(wantedPlanLabels([plan({}), plan({})])).toEqual(['tofu:no-changes']);
    expect(wantedPlanLabels([plan({}), plan({ status: 'failed' })])).toEqual([]);
    expect(wantedPlanLabels([])).toEqual([]);
  });

  it('ignores what a failed plan claims', () => {
    expect(wantedPlanLabels([plan({ status: 'failed', hasChanges: true, destroy: 3 })])).toEqual(
      [],
    );
  });

  it('manages exactly the three labels, each with a colour and a description', () => {
    expect(Object.keys(PLAN_LABELS).sort()).toEqual([
      'tofu:changes',
      'tofu:destroy',
      'tofu:no-changes',
    ]);
    for (const definition of Object.values(PLAN_LABELS)) {
      expect(definition.color).toMatch(/^[0-9a-f]{6}$/);
      expect(definition.description).toBeTruthy();
    }
  });
});
