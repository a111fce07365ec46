import { describe, expect, it } from 'vitest';
import { renderPlanSection } from '../../src/render/plan-section.js';
import { planVerdict } from '../../src/render/plan-verdict.js';
import { parsePlanJson, planModelFromJson, type PlanModel } from '../../src/tofu/plan-model.js';
import { parsePlanSummaryLine } from '../../src/tofu/plan-text.js';
import { collectSensitiveValues } from '../../src/tofu/sensitive.js';
import { generatePlan } from '../fixtures/generate-plan.js';
import { readPlan } from '../fixtures/plan-files.js';
import { fencedBlocks, outsideFences, tableCells } from './gfm.js';

const fixture = (name: string) => {
  const { text, json, planText } = readPlan(name);
  return { model: parsePlanJson(text, name), json, planText };
};

/** The verdict as OpenTofu's own "Plan:" line words the same counts. */
function verdictOfText(planText: string): string {
  const line = parsePlanSummaryLine(planText);
  if (!line || line.noChanges) throw new Error('no Plan: line');
  return [
    line.import ? `${line.import} to import` : '',
    `${line.add} to add, ${line.change} to change, ${line.destroy} to destroy`,
    line.forget ? `${line.forget} to forget` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

function tableRows(markdown: string): string[] {
  return outsideFences(markdown)
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| Action') && !l.startsWith('| ---'));
}

describe('renderPlanSection with every action', () => {
  const { model, planText } = fixture('all-actions');
  const md = renderPlanSection({ environment: 'staging', model, planText, budget: 60_000 });

  it('titles the environment with the verdict OpenTofu gives', () => {
    const title = md.split('\n')[0] as string;
    expect(title.startsWith('### Plan for staging: ')).toBe(true);
    expect(title).toContain(verdictOfText(planText as string));
  });

  it('warns when anything is destroyed or replaced', () => {
    expect(md).toMatch(
      /> \[!WARNING\]\n> This plan destroys 4 resources \(2 deleted, 2 replaced\)\./,
    );
  });

  it('lists replace and delete rows before the others, each row with three cells', () => {
    const rows = tableRows(md.split('#### Output changes')[0] as string);
    expect(rows).toHaveLength(model.changes.length);
    for (const row of rows) expect(tableCells(row)).toHaveLength(3);
    const actions = rows.map((r) => tableCells(r)[0]);
    const lastDestructive = Math.max(
      ...actions.map((a, i) => (/replace|destroy/.test(a as string) ? i : -1)),
    );
    const firstOther = actions.findIndex((a) => !/replace|destroy/.test(a as string));
    expect(lastDestructive).toBeLessThan(firstOther);
  });

  it('gives reasons, forced paths, moves, imports, forgets and deposed objects', () => {
    const row = (address: string) => tableRows(md).find((r) => r.includes(`\`${address}\``)) ?? '';
    expect(row('aws_instance.web')).toContain('cannot update in place');
    expect(row('aws_instance.web')).toContain('forced by `ami`');
    expect(row('aws_instance.worker')).toContain('tainted');
    expect(row('aws_iam_role.legacy')).toContain('not in configuration');
    expect(row('aws_cloudwatch_log_group.app')).toContain(
      'moved from `aws_cloudwatch_log_group.this`',
    );
    expect(row('aws_ecr_repository.app')).toMatch(/^\| import \|.*import id `app`/);
    expect(row('aws_sns_topic.alerts')).toMatch(/^\| update \|.*config generated/);
    expect(row('aws_kms_key.old')).toMatch(/^\| forget \|/);
    expect(row('aws_launch_template.app')).toContain('deposed object `7f2a9c01`');
    expect(row('data.aws_iam_policy_document.assume')).toMatch(/^\| read \|/);
  });

  it('keeps a pipe in a for_each key inside its cell', () => {
    const row = tableRows(md).find((r) => r.includes('main\\|primary'));
    expect(row && tableCells(row)).toHaveLength(3);
  });

  it('collapses drift and shows output changes', () => {
    expect(md).toMatch(
      /<details><summary>2 changes outside OpenTofu<\/summary>[\s\S]*`aws_s3_bucket\.gone`[\s\S]*<\/details>/,
    );
    expect(md).toContain('| `bucket_name` | add | `"example-logs"` |');
    expect(md).toContain('| `instance_id` | change | (known after apply) |');
    expect(md).toContain('| `legacy_role` | remove |  |');
  });

  it('puts the plan text in a collapsed code block, without refresh noise', () => {
    const blocks = fencedBlocks(md);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.body.join('\n')).toContain('Plan: 2 to import');
    expect(md).not.toContain('Refreshing state');
    expect(md).toMatch(/<details><summary>Plan text<\/summary>\n\n```text\n/);
  });
});

describe('renderPlanSection verdicts', () => {
  const empty = planModelFromJson({ format_version: '1.2', resource_changes: [] }, 'x');

  it('says No changes, and no warning', () => {
    const md = renderPlanSection({ environment: 'prod', model: empty, budget: 10_000 });
    expect(md.split('\n')[0]).toBe('### Plan for prod: No changes');
    expect(md).not.toContain('[!WARNING]');
    expect(planVerdict(empty)).toBe('No changes');
  });

  it('says when only outputs change', () => {
    const model = planModelFromJson(
      {
        format_version: '1.2',
        output_changes: { a: { actions: ['create'], after: 1, after_unknown: false } },
      },
      'x',
    );
    expect(planVerdict(model)).toBe('1 output change, no resource changes');
  });
});

describe('renderPlanSection for a failed plan', () => {
  it('says the plan failed and shows the first error from the plan text', () => {
    const { model, planText } = fixture('errored');
    const md = renderPlanSection({ environment: 'staging', model, planText, budget: 20_000 });
    expect(md.split('\n')[0]).toBe('### Plan for staging: failed');
    expect(md).toContain('The plan failed. The first error:');
    const error = fencedBlocks(md)[0]?.body.join('\n') ?? '';
    expect(error).toMatch(/^Error: Invalid reference/);
    expect(error).not.toContain('Second error');
    expect(md).toContain('they will not be applied');
  });

  it('renders an error without any plan', () => {
    const md = renderPlanSection({
      environment: 'staging',
      error: 'Error: No valid credential sources found',
      budget: 5_000,
    });
    expect(md).toContain('### Plan for staging: failed');
    expect(md).toContain('No valid credential sources found');
  });
});

describe('renderPlanSection escaping', () => {
  const hostile: PlanModel = planModelFromJson(
    {
      format_version: '1.2',
      resource_changes: [
        {
          address: 'aws_x.y["</details><script>alert(1)</script>"]',
          mode: 'managed',
          type: 'aws_x',
          name: 'y',
          change: { actions: ['create'] },
        },
        {
          address: 'aws_x.z["a|b`c``d"]',
          mode: 'managed',
          type: 'aws_x',
          name: 'z',
          change: { actions: ['create'] },
        },
      ],
    },
    'x',
  );

  it('keeps addresses in code spans, rows at three cells, and the environment inert', () => {
    const md = renderPlanSection({
      environment: '<b>@team</b> [x](y)',
      model: hostile,
      budget: 10_000,
    });
    expect(md.split('\n')[0]).not.toContain('<b>');
    expect(md.split('\n')[0]).not.toContain('@team');
    for (const row of tableRows(md)) expect(tableCells(row)).toHaveLength(3);
    expect(outsideFences(md).replace(/`[^`]*`/g, '')).not.toContain('<script>');
  });

  it('keeps plan text with fences and HTML inside its code block', () => {
    const planText = 'line 1\n```\n</details>\n## injected heading\n````\nline 6\n';
    const md = renderPlanSection({ environment: 'e', model: hostile, planText, budget: 10_000 });
    const blocks = fencedBlocks(md);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.body).toEqual(planText.trimEnd().split('\n'));
    expect(outsideFences(md)).not.toContain('## injected heading');
  });
});

describe('renderPlanSection sizes', () => {
  const { plan, text } = generatePlan(20_000);
  const model = planModelFromJson(plan, 'generated');

  it('fits any budget from 4 KB up, keeping title, verdict and table header', () => {
    for (const budget of [4_000, 10_000, 30_000, 60_000]) {
      const md = renderPlanSection({ environment: 'big', model, planText: text, budget });
      expect(md.length, `budget ${budget}`).toBeLessThanOrEqual(budget);
      expect(md.split('\n')[0]).toBe(`### Plan for big: ${verdictOfText(text)}, 1000 moved`);
      expect(md).toContain('| Action | Resource | Details |');
      expect(md).toMatch(/_and [\d,]+ more to create_/);
    }
  });

  it('says how many rows each group left out, adding up to every change', () => {
    const md = renderPlanSection({ environment: 'big', model, budget: 30_000 });
    const rows = tableRows(md.split('#### Output changes')[0] as string);
    const shown = rows.filter((r) => !r.includes('_and ')).length;
    const hidden = rows
      .map((r) => /_and ([\d,]+) more/.exec(r)?.[1])
      .filter((x): x is string => x !== undefined)
      .reduce((sum, n) => sum + Number(n.replace(/,/g, '')), 0);
    expect(shown + hidden).toBe(model.changes.length);
  });

  it('cuts the plan text on a line boundary and says where the whole plan is', () => {
    const small = generatePlan(300);
    const smallModel = planModelFromJson(small.plan, 'small');
    const md = renderPlanSection({
      environment: 'e',
      model: smallModel,
      planText: small.text,
      budget: 50_000,
      fullPlanNote: 'See the plan-text artifact.',
    });
    const body = fencedBlocks(md)[0]?.body ?? [];
    expect(body.length).toBeGreaterThan(10);
    const original = new Set(small.text.split('\n'));
    for (const line of body) expect(original.has(line)).toBe(true);
    expect(md).toMatch(
      /_The plan text is cut after [\d,]+ lines to fit\. See the plan-text artifact\._$/,
    );
    expect(md.length).toBeLessThanOrEqual(50_000);
  });
});

describe('renderPlanSection with sensitive values', () => {
  const { model, json, planText } = fixture('sensitive');
  const secrets = collectSensitiveValues(json);
  const leaks = (md: string) =>
    [
      'Sup3r-Secret-Passw0rd!',
      'valkey-auth-token-9f8e7d6c5b4a',
      'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC',
      'tag-value-marked',
    ].filter((s) => md.includes(s));

  it('shows no sensitive value anywhere when given the secrets', () => {
    const md = renderPlanSection({ environment: 'e', model, planText, secrets, budget: 20_000 });
    expect(leaks(md)).toEqual([]);
    expect(md).toContain('| `database_url` | add | (sensitive) |');
    expect(md).toContain('| `environment` | add | `"staging"` |');
    expect(md).toContain('password=(sensitive)');
  });

  it('takes nothing sensitive from the model itself (only the raw plan text could leak)', () => {
    const md = renderPlanSection({ environment: 'e', model, budget: 20_000 });
    expect(leaks(md)).toEqual([]);
  });
});
