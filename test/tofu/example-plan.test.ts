import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPlanSection } from '../../src/render/plan-section.js';
import { parsePlanJson } from '../../src/tofu/plan-model.js';
import { parsePlanSummaryLine } from '../../src/tofu/plan-text.js';
import { collectSensitiveValues } from '../../src/tofu/sensitive.js';

const dir = join(import.meta.dirname, '../../examples/plan');
const raw = readFileSync(join(dir, 'plan.json'), 'utf8');
const text = readFileSync(join(dir, 'plan.txt'), 'utf8');

describe('the example plan used by npm start', () => {
  const model = parsePlanJson(raw, 'examples/plan/plan.json');

  it('is self-consistent: the text’s Plan: line matches the JSON', () => {
    const line = parsePlanSummaryLine(text);
    expect(line).toMatchObject({
      add: model.counts.add,
      change: model.counts.change,
      destroy: model.counts.destroy,
    });
  });

  it('has creates, an update, a replace with a reason, a delete and output changes', () => {
    const actions = new Set(model.changes.map((c) => c.action));
    for (const action of ['create', 'update', 'delete'])
      expect(actions.has(action as never)).toBe(true);
    expect(model.changes.some((c) => c.action.startsWith('replace') && c.actionReason)).toBe(true);
    expect(model.outputs.some((o) => o.sensitive)).toBe(true);
    expect(model.outputs.some((o) => !o.sensitive)).toBe(true);
  });

  it('renders without its sensitive values', () => {
    const secrets = collectSensitiveValues(JSON.parse(raw));
    expect(secrets.length).toBeGreaterThan(0);
    const md = renderPlanSection({
      environment: 'example',
      model,
      planText: text,
      budget: 60_000,
      secrets,
    });
    for (const secret of secrets) expect(md).not.toContain(secret);
  });
});
