import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyActions } from '../../src/tofu/plan-actions.js';
import { parsePlanJson, planModelFromJson, type PlanModel } from '../../src/tofu/plan-model.js';
import { parsePlanSummaryLine } from '../../src/tofu/plan-text.js';
import { ConfigurationError } from '../../src/util/errors.js';
import { generatePlan } from '../fixtures/generate-plan.js';
import { corpusDir, corpusPlans, readPlan } from '../fixtures/plan-files.js';

function byAddress(model: PlanModel, address: string) {
  const found = model.changes.find((c) => c.address === address);
  if (!found) throw new Error(`${address} not in the model`);
  return found;
}

/** The counts OpenTofu prints on its "Plan:" line, for comparison with the model's. */
function textCounts(planText: string) {
  const line = parsePlanSummaryLine(planText);
  if (!line) throw new Error('no Plan: line');
  return {
    import: line.import ?? 0,
    add: line.add ?? 0,
    change: line.change ?? 0,
    destroy: line.destroy ?? 0,
    forget: line.forget ?? 0,
  };
}

function modelCounts(model: PlanModel) {
  const { import: imports, add, change, destroy, forget } = model.counts;
  return { import: imports, add, change, destroy, forget };
}

describe('classifyActions', () => {
  it('maps every action list of the JSON format, and anything else to other', () => {
    expect(classifyActions(['no-op'])).toBe('no-op');
    expect(classifyActions(['create'])).toBe('create');
    expect(classifyActions(['read'])).toBe('read');
    expect(classifyActions(['update'])).toBe('update');
    expect(classifyActions(['delete'])).toBe('delete');
    expect(classifyActions(['delete', 'create'])).toBe('replace-delete-first');
    expect(classifyActions(['create', 'delete'])).toBe('replace-create-first');
    expect(classifyActions(['forget'])).toBe('forget');
    expect(classifyActions(['forget', 'create'])).toBe('replace-forget-first');
    expect(classifyActions(['teleport'])).toBe('other');
    expect(classifyActions(undefined)).toBe('other');
  });

  it('reads a list as its elements joined with commas, whatever they are', () => {
    expect(classifyActions(['delete,create'])).toBe('replace-delete-first');
    expect(classifyActions([['forget', 'create']])).toBe('replace-forget-first');
    expect(classifyActions(['create', 'delete', 'create'])).toBe('other');
    expect(classifyActions(['delete', 'create,'])).toBe('other');
    expect(classifyActions(['create', 'teleport'])).toBe('other');
    expect(classifyActions([])).toBe('other');
    expect(classifyActions(['constructor'])).toBe('other');
    expect(classifyActions(['__proto__'])).toBe('other');
  });
});

describe('planModelFromJson on a plan with every action', () => {
  const { text, planText } = readPlan('all-actions');
  const model = parsePlanJson(text, 'all-actions.plan.json');

  it('counts as the plan text of the same plan does', () => {
    expect(modelCounts(model)).toEqual(textCounts(planText as string));
    expect(model.counts.replace).toBe(2);
    expect(model.counts.move).toBe(1);
    expect(model.counts.read).toBe(1);
    expect(model.hasChanges).toBe(true);
  });

  it('keeps both replace orders, reasons and the paths that force a replacement', () => {
    const web = byAddress(model, 'aws_instance.web');
    expect(web.action).toBe('replace-delete-first');
    expect(web.actionReason).toBe('replace_because_cannot_update');
    expect(web.replacePaths).toEqual(['ami']);
    expect(byAddress(model, 'aws_instance.worker').action).toBe('replace-create-first');
  });

  it('keeps imports, moves, forgets, reads and deposed objects', () => {
    expect(byAddress(model, 'aws_ecr_repository.app')).toMatchObject({
      action: 'no-op',
      importing: { id: 'app' },
    });
    expect(byAddress(model, 'aws_sns_topic.alerts')).toMatchObject({
      action: 'update',
      generatedConfig: true,
    });
    expect(byAddress(model, 'aws_cloudwatch_log_group.app').previousAddress).toBe(
      'aws_cloudwatch_log_group.this',
    );
    expect(byAddress(model, 'aws_kms_key.old').action).toBe('forget');
    expect(byAddress(model, 'data.aws_iam_policy_document.assume')).toMatchObject({
      action: 'read',
      mode: 'data',
    });
    expect(byAddress(model, 'aws_launch_template.app').deposed).toBe('7f2a9c01');
  });

  it('leaves out plain no-ops and data-source deletes, as OpenTofu does', () => {
    const addresses = model.changes.map((c) => c.address);
    expect(addresses).not.toContain('aws_vpc.main');
    expect(addresses).not.toContain('data.aws_caller_identity.current');
  });

  it('has drift and output changes (no-op outputs left out)', () => {
    expect(model.drift.map((d) => [d.address, d.action])).toEqual([
      ['aws_security_group.web', 'update'],
      ['aws_s3_bucket.gone', 'delete'],
    ]);
    expect(model.outputs.map((o) => [o.name, o.action, o.unknown])).toEqual([
      ['bucket_name', 'create', false],
      ['instance_id', 'update', true],
      ['legacy_role', 'delete', false],
    ]);
    expect(model.outputs[0]?.value).toBe('example-logs');
    expect(model.outputs[2]?.value).toBeUndefined();
  });

  it('carries no attribute values', () => {
    const json = JSON.stringify(model);
    for (const value of ['ami-222', 'cache.t4g.small', 'Alerts', 'changed by hand', 'i-0abc']) {
      expect(json).not.toContain(value);
    }
  });
});

describe('old format versions', () => {
  it('reads format 0.1: sensitive outputs from the configuration, no marks on changes', () => {
    const { text } = readPlan('format-0.1');
    const model = parsePlanJson(text, 'format-0.1.plan.json');
    expect(model.formatVersion).toBe('0.1');
    expect(model.errored).toBe(false);
    expect(model.counts).toMatchObject({ add: 2, destroy: 1, replace: 1, read: 1 });
    const password = model.outputs.find((o) => o.name === 'db_password');
    expect(password).toMatchObject({ sensitive: true });
    expect(password).not.toHaveProperty('value');
    expect(JSON.stringify(model)).not.toContain('hunter2');
    expect(byAddress(model, 'module.net.aws_subnet.private[0]').moduleAddress).toBe('module.net');
  });

  it('reads format 0.2 with sensitive marks', () => {
    const { text } = readPlan('format-0.2');
    const model = parsePlanJson(text, 'format-0.2.plan.json');
    expect(model.counts).toMatchObject({ change: 1, destroy: 1 });
    expect(model.outputs).toEqual([
      { name: 'api_key', action: 'update', sensitive: true, unknown: false },
    ]);
  });
});

describe('errored plans', () => {
  it('marks the model errored and keeps what was planned', () => {
    const { text } = readPlan('errored');
    const model = parsePlanJson(text, 'errored.plan.json');
    expect(model.errored).toBe(true);
    expect(model.changes.map((c) => c.address)).toEqual(['aws_s3_bucket.site']);
  });
});

describe('bad plan-json', () => {
  const source = "Input 'plan-json' (plan.json)";
  const fails = (text: string) => {
    try {
      parsePlanJson(text, source);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      const message = (error as Error).message;
      expect(message).not.toContain('\n');
      expect(message.startsWith(source)).toBe(true);
      return message;
    }
    throw new Error('expected a ConfigurationError');
  };

  it('says when it is not JSON', () => {
    expect(fails('{"format_version": ')).toMatch(/is not JSON/);
  });

  it('says when it is not a plan (a state, an array, a string)', () => {
    expect(fails('{"format_version":"1.0","values":{}}')).toMatch(/is not a plan/);
    expect(fails('[1,2]')).toMatch(/is not a plan/);
    expect(fails('"plan"')).toMatch(/is not a plan/);
  });

  it('names an unknown format version and the supported ones', () => {
    const message = fails('{"format_version":"2.0","resource_changes":[]}');
    expect(message).toContain('"2.0"');
    expect(message).toContain('supported 0.1 to 1.2');
    expect(fails('{"format_version":"0.0","resource_changes":[]}')).toContain('"0.0"');
  });

  it('accepts every supported version', () => {
    for (const version of ['0.1', '0.2', '1.0', '1.1', '1.2']) {
      const model = planModelFromJson({ format_version: version, resource_changes: [] }, source);
      expect(model.hasChanges).toBe(false);
    }
  });
});

describe('generated plans', () => {
  it('count as their plan text says', () => {
    const { plan, text } = generatePlan(1000);
    const model = planModelFromJson(plan, 'generated');
    expect(modelCounts(model)).toEqual(textCounts(text));
  });
});

if (!existsSync(corpusDir)) console.log(`skipping real plans: ${corpusDir} is absent`);

describe.skipIf(!existsSync(corpusDir))('real plans of ../shared/corpus', () => {
  const plans = corpusPlans();

  it('finds the corpus plans', () => {
    expect(plans.length).toBeGreaterThan(0);
  });

  for (const plan of plans) {
    it(`${plan.name}: counts agree with what the JSON and the plan text say`, () => {
      const raw = readFileSync(plan.jsonFile, 'utf8');
      const json = JSON.parse(raw) as {
        resource_changes?: { change: { actions: string[] } }[];
        errored?: boolean;
      };
      const model = parsePlanJson(raw, plan.name);
      expect(model.errored).toBe(json.errored === true);
      // Independent count from the raw JSON: deletes in destroy, creates in add.
      const actions = (json.resource_changes ?? []).map((rc) => rc.change.actions);
      const adds = actions.filter((a) => a.includes('create')).length;
      const deletes = actions.filter((a) => a.includes('delete')).length;
      expect(model.counts.add).toBe(adds);
      expect(model.counts.destroy).toBe(deletes);
      if (plan.textFile) {
        const text = readFileSync(plan.textFile, 'utf8');
        const line = parsePlanSummaryLine(text);
        if (line && !line.noChanges) expect(modelCounts(model)).toEqual(textCounts(text));
        else expect(model.changes).toEqual([]);
        expect(model.hasChanges).toBe(!line?.noChanges);
      }
    });
  }
});
