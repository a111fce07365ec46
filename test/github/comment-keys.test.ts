import { describe, expect, it } from 'vitest';
import {
  aggregateCommentKey,
  legacyKeyMatch,
  planCommentKey,
} from '../../src/github/comment-keys.js';
import { legacyMarkerKey, type MarkerData } from '../../src/github/marker.js';

const marker = (key: string, environments: string[]) => ({
  key,
  data: {
    v: 1,
    environments: Object.fromEntries(environments.map((e) => [e, { status: 'planned' }])),
  } as MarkerData,
});

describe('comment keys', () => {
  it('keeps the keys of names made of [A-Za-z0-9._/-] as earlier versions wrote them', () => {
    expect(planCommentKey('Plan', 'prod-eu')).toBe('Plan:prod-eu');
    expect(planCommentKey('infra', 'stacks/team-1/eu_west.1')).toBe(
      'infra:stacks/team-1/eu_west.1',
    );
    expect(planCommentKey(undefined, 'staging')).toBe('tofu:staging');
    expect(aggregateCommentKey('Plan')).toBe('Plan:-');
    expect(aggregateCommentKey(undefined)).toBe('tofu:-');
  });

  it('gives different names different keys', () => {
    const keys = [
      planCommentKey('Plan', '*'),
      planCommentKey('Plan', '-'),
      aggregateCommentKey('Plan'),
      planCommentKey('Plan', 'prod eu'),
      planCommentKey('Plan', 'prod-eu'),
      planCommentKey('Plan', 'prod%20eu'),
      planCommentKey('Plan (infra)', 'a'),
      planCommentKey('Plan [infra]', 'a'),
      planCommentKey('Plan:x', 'a'),
      planCommentKey('Plan', 'x:a'),
      planCommentKey('Plan', 'é'),
      planCommentKey('Plan', 'e'),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(planCommentKey('Plan', 'prod eu')).toBe('Plan:prod%20eu');
    expect(planCommentKey('Plan', '-->')).not.toContain('>');
  });

  it('still finds a comment an earlier version wrote under the old form of the key', () => {
    const match = legacyKeyMatch(planCommentKey('Infra plan', 'prod eu'));
    expect(legacyMarkerKey(['Infra plan', 'prod eu'])).toBe('Infra-plan:prod-eu');
    expect(match?.(marker('Infra-plan:prod-eu', ['prod eu']))).toBe(true);
    // The environment that shared the old key is not this one.
    expect(match?.(marker('Infra-plan:prod-eu', ['prod-eu']))).toBe(false);
    expect(match?.(marker('Infra-plan:prod-eu', ['prod eu', 'x']))).toBe(false);
    expect(
      legacyKeyMatch(aggregateCommentKey('Infra plan'))?.(marker('Infra-plan:-', ['a', 'b'])),
    ).toBe(true);
    // Unchanged keys have no old form to look for.
    expect(legacyKeyMatch(planCommentKey('Plan', 'prod-eu'))).toBeUndefined();
    expect(legacyKeyMatch(aggregateCommentKey('Plan'))).toBeUndefined();
  });
});
