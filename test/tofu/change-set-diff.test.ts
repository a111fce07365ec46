import { describe, expect, it } from 'vitest';
import { changeSet } from '../../src/tofu/change-set.js';
import { diffChangeSets, formatChangeSetDiff } from '../../src/tofu/change-set-diff.js';
import {
  allActionsPlan as base,
  reorder,
  resourceChange as change,
} from '../fixtures/plan-edits.js';

describe('diffChangeSets', () => {
  it('lists added, removed and changed resources and outputs', () => {
    const reviewed = changeSet(base());
    const plan = base();
    change(plan, 'aws_instance.web').change.after.ami = 'ami-999';
    change(plan, 'aws_instance.worker').change.actions = ['update'];
    change(plan, 'aws_iam_role.legacy').address = 'aws_iam_role.renamed';
    plan.output_changes.bucket_name.after = 'other';
    const differences = diffChangeSets(reviewed, changeSet(plan));
    expect(differences).toEqual([
      {
        kind: 'removed',
        subject: 'resource',
        address: 'aws_iam_role.legacy',
        reviewedActions: ['delete'],
      },
      {
        kind: 'added',
        subject: 'resource',
        address: 'aws_iam_role.renamed',
        currentActions: ['delete'],
      },
      { kind: 'changed', subject: 'resource', address: 'aws_instance.web', paths: ['ami'] },
      {
        kind: 'changed',
        subject: 'resource',
        address: 'aws_instance.worker',
        reviewedActions: ['create', 'delete'],
        currentActions: ['update'],
      },
      { kind: 'changed', subject: 'output', address: 'bucket_name', paths: ['(value)'] },
    ]);
    const lines = formatChangeSetDiff(differences);
    expect(lines[0]).toBe('- aws_iam_role.legacy (delete): no longer planned');
    expect(lines[1]).toBe('+ aws_iam_role.renamed (delete): not in the reviewed plan');
    expect(lines[2]).toBe('~ aws_instance.web: planned values differ at ami');
    expect(lines[3]).toBe('~ aws_instance.worker: actions create, delete → update');
    expect(lines[4]).toBe('~ output bucket_name: planned values differ at (value)');
  });

  it('is empty for the same plan', () => {
    expect(diffChangeSets(changeSet(base()), changeSet(reorder(base())))).toEqual([]);
  });
});
