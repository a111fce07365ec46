import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeChangeSet,
  encodeChangeSet,
  planChangeSet,
} from '../../src/tofu/change-set-codec.js';
import { changeSet } from '../../src/tofu/change-set.js';
import { fingerprintOf, fingerprintPlan } from '../../src/tofu/fingerprint.js';
import { collectSensitiveValues } from '../../src/tofu/sensitive.js';

const PLANS = join(import.meta.dirname, '../fixtures/plans');
const plan = (name: string) => JSON.parse(readFileSync(join(PLANS, name), 'utf8')) as unknown;

describe('the change set in the comment marker', () => {
  it('round-trips to a change set with the same fingerprint, without sensitive values', () => {
    for (const name of ['all-actions.plan.json', 'sensitive.plan.json']) {
      const json = plan(name);
      const sensitive = collectSensitiveValues(json);
      const { set } = planChangeSet(json, sensitive);
      expect(set, name).toEqual(changeSet(json));
      const encoded = encodeChangeSet(set!);
      expect(encoded, name).toMatch(/^[A-Za-z0-9+/]+=*$/);
      const decoded = decodeChangeSet(encoded!);
      expect(decoded).toEqual(changeSet(json));
      expect(fingerprintOf(decoded!)).toBe(fingerprintPlan(json));
      const text = JSON.stringify(decoded);
      for (const secret of sensitive.filter((s) => s.length >= 6))
        expect(text, name).not.toContain(secret);
    }
  });

  it('is left out when it does not fit', () => {
    const json = plan('all-actions.plan.json');
    // Too large to be worth compressing at all, or too large once compressed.
    expect(planChangeSet(json, [], 10)).toEqual({ set: undefined, reason: 'too-large' });
    const { set } = planChangeSet(json, []);
    expect(encodeChangeSet(set!, 100)).toBeUndefined();
    expect(encodeChangeSet(set!)).toBeDefined();
  });

  it('is left out of plans with more resource changes than any marker could hold', () => {
    const json = plan('all-actions.plan.json') as { resource_changes: unknown[] };
    const one = json.resource_changes[0];
    json.resource_changes = Array.from({ length: 301 }, () => one);
    expect(planChangeSet(json, [])).toEqual({ set: undefined, reason: 'too-large' });
  });

  it('is left out when a sensitive value shows up in a plain attribute', () => {
    const json = plan('all-actions.plan.json') as {
      resource_changes: { change: { after: Record<string, unknown> | null } }[];
    };
    const target = json.resource_changes.find((r) => r.change.after)!;
    target.change.after = { ...target.change.after, note: 'url://user:hunter2-secret@db' };
    expect(planChangeSet(json, ['hunter2-secret'])).toEqual({
      set: undefined,
      reason: 'sensitive',
    });
    target.change.after = { ...target.change.after, note: '42' };
    expect(planChangeSet(json, ['42'])).toEqual({ set: undefined, reason: 'sensitive' });
    expect(planChangeSet(json, ['43']).set).toBeDefined();
  });

  it('reads nothing from text that is not an encoded change set', () => {
    expect(decodeChangeSet('not base64 gzip')).toBeUndefined();
    expect(decodeChangeSet(Buffer.from('{"version":1}').toString('base64'))).toBeUndefined();
    expect(decodeChangeSet('')).toBeUndefined();
  });
});
