import { describe, expect, it } from 'vitest';
import {
  collectSensitiveValues,
  createRedactor,
  MIN_REDACT_LENGTH,
  redact,
  sensitiveLeaves,
} from '../../src/tofu/sensitive.js';
import { generatePlan } from '../fixtures/generate-plan.js';
import { readPlan } from '../fixtures/plan-files.js';

describe('collectSensitiveValues', () => {
  const values = collectSensitiveValues(readPlan('sensitive').json);

  it('collects marked attributes before and after, nested and whole-object', () => {
    expect(values).toContain('Sup3r-Secret-Passw0rd!');
    expect(values).toContain('old-Passw0rd-2023');
    expect(values).toContain('valkey-auth-token-9f8e7d6c5b4a');
    expect(values).toContain('tag-value-marked-sensitive-77');
    expect(values).toContain(
      '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----',
    );
  });

  it('adds the JSON-escaped form and the lines of multi-line values', () => {
    expect(values).toContain(
      '-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----',
    );
    expect(values).toContain('MIIEvQIBADANBgkqhkiG9w0BAQEFAASC');
  });

  it('adds the JSON-escaped form of every value JSON.stringify writes otherwise', () => {
    const leaves = [
      'plain-value',
      'say "hi"',
      'back\\slash',
      'tab\there',
      'nul\u0000byte',
      'emoji 😀 pair',
      'lone \ud800 high',
      'lone \udc00 low',
      'line\u2028separator',
      'del\u007fchar',
    ];
    const plan = {
      resource_changes: [
        {
          address: 'a.b',
          change: { actions: ['create'], after: { v: leaves }, after_sensitive: { v: true } },
        },
      ],
    };
    const found = collectSensitiveValues(plan);
    for (const leaf of leaves) {
      const escaped = JSON.stringify(leaf).slice(1, -1);
      expect(found).toContain(leaf);
      if (escaped !== leaf) expect(found).toContain(escaped);
    }
    const expected = new Set(leaves.flatMap((l) => [l, JSON.stringify(l).slice(1, -1)]));
    expect(found.length).toBe(expected.size);
  });

  it('collects sensitive outputs and sensitive variables, not the others', () => {
    expect(values).toContain('postgres://app:Sup3r-Secret-Passw0rd!@db.internal:5432/app');
    expect(values).not.toContain('staging');
    expect(values).not.toContain('main');
    expect(values).not.toContain('cache');
  });

  it('is sorted longest first without duplicates', () => {
    expect(new Set(values).size).toBe(values.length);
    for (let i = 1; i < values.length; i++) {
      expect((values[i - 1] as string).length).toBeGreaterThanOrEqual((values[i] as string).length);
    }
  });

  it('finds sensitive outputs of format 0.1 from the configuration', () => {
    expect(collectSensitiveValues(readPlan('format-0.1').json)).toContain('hunter2-legacy-secret');
  });

  it('finds every secret of a generated plan', () => {
    const { plan, secrets } = generatePlan(200);
    const found = new Set(collectSensitiveValues(plan));
    for (const secret of secrets) expect(found.has(secret)).toBe(true);
  });

  it('is empty for a plan without marks and for junk', () => {
    expect(collectSensitiveValues(readPlan('all-actions').json)).toEqual([]);
    expect(collectSensitiveValues(null)).toEqual([]);
  });
});

describe('sensitiveLeaves', () => {
  it('walks one value as plan walks a sensitive one: strings and numbers, lines, escaped forms', () => {
    const leaves = sensitiveLeaves({
      a: ['line-one-long\nline-two-long', 'say "hi"'],
      b: { on: true, off: false, none: null, port: 5432 },
    });
    expect(leaves.sort()).toEqual(
      [
        'line-one-long\nline-two-long',
        'line-one-long\\nline-two-long',
        'line-one-long',
        'line-two-long',
        'say "hi"',
        'say \\"hi\\"',
        '5432',
      ].sort(),
    );
    expect(sensitiveLeaves(true)).toEqual([]);
  });
});

describe('redact', () => {
  it('replaces every occurrence, longest first', () => {
    expect(redact('a=secret-1 b=secret-12 c=secret-1', ['secret-1', 'secret-12'])).toBe(
      'a=(sensitive) b=(sensitive) c=(sensitive)',
    );
  });

  it('treats values as text, not patterns', () => {
    expect(redact('x=a.b+c* y=aXb+c', ['a.b+c*'])).toBe('x=(sensitive) y=aXb+c');
  });

  it('leaves values shorter than the minimum alone', () => {
    const short = 'x'.repeat(MIN_REDACT_LENGTH - 1);
    expect(redact(`value ${short}`, [short])).toBe(`value ${short}`);
  });

  it('makes a reusable redactor', () => {
    const clean = createRedactor(['token-123']);
    expect(clean('1 token-123')).toBe('1 (sensitive)');
    expect(clean('2 token-123')).toBe('2 (sensitive)');
    expect(createRedactor([])('same')).toBe('same');
  });
});
