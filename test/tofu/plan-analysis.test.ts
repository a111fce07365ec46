import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintPlan } from '../../src/tofu/fingerprint.js';
import { analysePlan, analysePlanFile, maskSensitiveValues } from '../../src/tofu/plan-analysis.js';
import { ConfigurationError } from '../../src/util/errors.js';
import { generatePlan } from '../fixtures/generate-plan.js';
import { corpusPlans, plansDir, readPlan } from '../fixtures/plan-files.js';
import { tempFiles } from '../fixtures/temp-files.js';

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

describe('analysePlanFile', () => {
  const fileOf = tempFiles('plan-analysis');
  /** The analysis and what was masked, read in parts (streamFrom 0) or parsed whole. */
  const analysed = async (path: string, streamFrom: number) => {
    const masked: string[] = [];
    const analysis = await analysePlanFile(
      path,
      'Input plan-json',
      (v) => masked.push(v),
      streamFrom,
    );
    return { analysis, masked };
  };

  it('gives the same model, secrets, fingerprint and change set read in parts as parsed whole', async () => {
    const plans = [
      ...readdirSync(plansDir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => join(plansDir, f)),
      ...corpusPlans().map((p) => p.jsonFile),
      fileOf(JSON.stringify(generatePlan(120).plan)),
      fileOf(JSON.stringify(generatePlan(2000).plan)),
      fileOf(JSON.stringify(planWithShortSecrets(), null, 2)),
    ];
    for (const path of plans) {
      const whole = await analysed(path, Infinity);
      expect(await analysed(path, 0), path).toEqual(whole);
      expect(whole.analysis.fingerprint).toBe(
        fingerprintPlan(JSON.parse(readFileSync(path, 'utf8'))),
      );
    }
    // Not a trivial equality: the small generated plan has a change set and secrets.
    const small = (await analysed(plans.at(-3) as string, 0)).analysis;
    expect(small.changes.set?.resources.length).toBeGreaterThan(50);
    expect(small.sensitive.length).toBeGreaterThan(5);
  });

  it('reads a plan that repeats a streamed key as JSON.parse does (the last one counts)', async () => {
    const change = (address: string) => ({
      address,
      mode: 'managed',
      type: 'aws_s3_bucket',
      name: 'b',
      change: { actions: ['create'], before: null, after: { bucket: address } },
    });
    const text = `{"format_version":"1.2","resource_changes":[${JSON.stringify(change('aws_s3_bucket.first'))}],"resource_changes":[${JSON.stringify(change('aws_s3_bucket.last'))}]}`;
    const path = fileOf(text);
    const parts = (await analysed(path, 0)).analysis;
    expect(parts.model.changes.map((c) => c.address)).toEqual(['aws_s3_bucket.last']);
    expect(parts).toEqual((await analysed(path, Infinity)).analysis);
  });

  it('parses whole what reading in parts cannot take: child modules nested 3,000 deep', async () => {
    // Written as text: JSON.stringify itself would run out of stack at this depth.
    const leaf = JSON.stringify({
      resources: [{ address: 'a.b', values: { s: 'deep-secret' }, sensitive_values: { s: true } }],
    });
    const module = '{"child_modules":['.repeat(3000) + leaf + ']}'.repeat(3000);
    const path = fileOf(`{"format_version":"1.2","planned_values":{"root_module":${module}}}`);
    const parts = await analysed(path, 0);
    expect(parts.masked).toContain('deep-secret');
    expect(parts).toEqual(await analysed(path, Infinity));
  });

  it('says in one line which input is not JSON, read in parts or parsed whole', async () => {
    const path = fileOf('{"format_version":"1.2","resource_changes":[{"address":"a.b"} {}]}');
    for (const streamFrom of [0, Infinity]) {
      const error = (await analysed(path, streamFrom).catch((e: unknown) => e)) as Error;
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.message).toMatch(/^Input plan-json is not JSON: .+\.$/);
      expect(error.message).not.toContain('\n');
    }
    const notPlan = fileOf('{"resources": []}');
    await expect(analysed(notPlan, 0)).rejects.toThrow(/^Input plan-json is not a plan/);
  });
});
