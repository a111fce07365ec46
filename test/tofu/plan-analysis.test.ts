import { describe, expect, it } from 'vitest';
import { analysePlan, maskSensitiveValues } from '../../src/tofu/plan-analysis.js';
import { readPlan } from '../fixtures/plan-files.js';

/** The sensitive fixture plan with short sensitive variables: a number, two letters, three. */
function planWithShortSecrets(): unknown {
  const plan = readPlan('sensitive').json as {
    variables: Record<string, { value: unknown }>;
    configuration: { root_module: { variables: Record<string, { sensitive?: boolean }> } };
  };
  const short = { replicas: 2, db_user: 'db', region_code: 'euw' };
  for (const [name, value] of Object.entries(short)) {
    plan.variables[name] = { value };
    plan.configuration.root_module.variables[name] = { sensitive: true };
  }
  return plan;
}

describe('maskSensitiveValues', () => {
  it('masks every sensitive value of at least 3 characters and no shorter one', () => {
    const masked: string[] = [];
    const values = maskSensitiveValues(planWithShortSecrets(), (v) => masked.push(v));
    expect(values).toEqual(expect.arrayContaining(['2', 'db', 'euw', 'Sup3r-Secret-Passw0rd!']));
    expect(masked).toEqual(expect.arrayContaining(['euw', 'Sup3r-Secret-Passw0rd!']));
    expect(masked).not.toContain('2');
    expect(masked).not.toContain('db');
    expect(masked.every((v) => v.length >= 3)).toBe(true);
  });

  it('is the rule analysePlan masks by (the one `plan` uses)', () => {
    const masked: string[] = [];
    const { sensitive } = analysePlan(planWithShortSecrets(), 'test', (v) => masked.push(v));
    expect(sensitive).toContain('db');
    expect(masked).toContain('euw');
    expect(masked).not.toContain('2');
    expect(masked).not.toContain('db');
  });
});
