import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatMarker, type MarkerData } from '../../src/github/marker.js';
import { markerFor } from '../github/marker-for.js';
import {
  COMMENT_LIMIT,
  renderPlanComment,
  renderPlanSection,
  renderPlanSummary,
  SUMMARY_LIMIT_BYTES,
} from '../../src/render/plan-comment.js';
import { planVerdict } from '../../src/render/plan-verdict.js';
import { fingerprintPlan } from '../../src/tofu/fingerprint.js';
import { parsePlanJson, planModelFromJson } from '../../src/tofu/plan-model.js';
import { parsePlanSummaryLine } from '../../src/tofu/plan-text.js';
import { collectSensitiveValues } from '../../src/tofu/sensitive.js';
import { generatePlan } from '../fixtures/generate-plan.js';
import { corpusDir, corpusPlans, readPlan } from '../fixtures/plan-files.js';
import { fencedBlocks } from './gfm.js';

const marker = (fingerprint: string): { key: string; data: MarkerData } => ({
  key: 'tofu-plan:staging',
  data: { v: 1, sha: 'abc123', environments: { staging: { status: 'planned', fingerprint } } },
});

function planLine(text: string): string {
  const line = parsePlanSummaryLine(text);
  if (!line || line.noChanges) throw new Error('no Plan: line');
  return `${line.import ? `${line.import} to import, ` : ''}${line.add} to add, ${line.change} to change, ${line.destroy} to destroy`;
}

describe('renderPlanComment for a 20,000-resource plan', () => {
  const { plan, text, secrets } = generatePlan(20_000);
  const model = planModelFromJson(plan, 'generated');
  const fingerprint = fingerprintPlan(plan);
  const body = renderPlanComment({
    marker: marker(fingerprint),
    sections: [
      { environment: 'staging', model, planText: text, secrets: collectSensitiveValues(plan) },
    ],
    footer: { sha: 'abc123def456', runUrl: 'https://github.com/o/r/actions/runs/7', fingerprint },
  });

  it('stays under GitHub’s limit with the verdict and the table intact', () => {
    expect(body.length).toBeLessThan(COMMENT_LIMIT);
    expect(body).toContain(`### Plan for staging: ${planLine(text)}`);
    expect(body).toContain('| Action | Resource | Details |');
    expect(body).toMatch(/_and [\d,]+ more to destroy_/);
    expect(body).toContain('> [!WARNING]');
  });

  it('starts with the marker that apply reads, and ends with the footer', () => {
    expect(body.startsWith(formatMarker(marker(fingerprint).key, marker(fingerprint).data))).toBe(
      true,
    );
    expect(markerFor(body, 'tofu-plan:staging')?.environments.staging?.fingerprint).toBe(
      fingerprint,
    );
    expect(body.trimEnd().split('\n').at(-1)).toBe(
      `<sub>Commit \`abc123def456\` · [Workflow run](https://github.com/o/r/actions/runs/7) · Plan fingerprint \`${fingerprint}\`</sub>`,
    );
  });

  it('shows no sensitive value', () => {
    for (const secret of secrets) expect(body).not.toContain(secret);
  });

  it('stays under the limit with several large environments', () => {
    const sections = ['staging', 'production', 'sandbox'].map((environment) => ({
      environment,
      model,
      planText: text,
    }));
    const many = renderPlanComment({ marker: marker(fingerprint), sections, footer: {} });
    expect(many.length).toBeLessThan(COMMENT_LIMIT);
    for (const environment of ['staging', 'production', 'sandbox']) {
      expect(many).toContain(`### Plan for ${environment}: ${planLine(text)}`);
    }
  });

  it('stays under the limit with very many environments', () => {
    const small = readPlan('all-actions');
    const smallModel = parsePlanJson(small.text, 'all-actions');
    const sections = Array.from({ length: 120 }, (_, i) => ({
      environment: `env-${i}`,
      model: smallModel,
      planText: small.planText,
    }));
    const huge = renderPlanComment({ marker: marker(fingerprint), sections, footer: {} });
    expect(huge.length).toBeLessThan(COMMENT_LIMIT);
    expect(markerFor(huge, 'tofu-plan:staging')).toBeDefined();
  });
});

describe('renderPlanComment with pre-rendered parts', () => {
  it('takes the marker line and section strings as they are', () => {
    const { text, planText } = readPlan('all-actions');
    const model = parsePlanJson(text, 'all-actions');
    const line = formatMarker('k', { v: 1, environments: {} });
    const section = renderPlanSection({ environment: 'dev', model, planText, budget: 30_000 });
    const body = renderPlanComment({ marker: line, sections: [section], footer: { sha: 'f00' } });
    expect(body).toBe(`${line}\n\n${section}\n\n<sub>Commit \`f00\`</sub>`);
  });
});

describe('renderPlanSummary', () => {
  it('keeps far more of a large plan than the comment, under 1 MiB', () => {
    const { plan, text } = generatePlan(20_000);
    const model = planModelFromJson(plan, 'generated');
    const summary = renderPlanSummary({
      sections: [{ environment: 'staging', model, planText: text }],
      footer: { fingerprint: fingerprintPlan(plan) },
    });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(summary.length).toBeGreaterThan(COMMENT_LIMIT * 4);
    expect(summary).toContain(`### Plan for staging: ${planLine(text)}`);
    expect(summary).not.toContain('<!-- tofu-aws-action');
  });

  it('counts bytes, not characters (box-drawing lines take three bytes each)', () => {
    const wide = `${'─'.repeat(70)}\n`.repeat(20_000);
    const model = planModelFromJson({ format_version: '1.2', resource_changes: [] }, 'x');
    const summary = renderPlanSummary({
      sections: [{ environment: 'e', model, planText: wide }],
      footer: {},
      limitBytes: 200_000,
    });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(200_000);
    expect(fencedBlocks(summary)[0]?.body.length).toBeGreaterThan(100);
  });

  it('takes one section with the footer fields (the plan command’s form)', () => {
    const { text, planText } = readPlan('all-actions');
    const model = parsePlanJson(text, 'all-actions');
    const summary = renderPlanSummary({
      environment: 'dev',
      model,
      planText,
      budget: 400_000,
      fingerprint: 'sha256:00',
    });
    expect(summary).toContain(`### Plan for dev: ${planVerdict(model)}`);
    expect(summary).toContain('Plan fingerprint `sha256:00`');
  });
});

if (!existsSync(corpusDir)) console.log(`skipping real plans: ${corpusDir} is absent`);

describe.skipIf(!existsSync(corpusDir))('comments for the real plans of ../shared/corpus', () => {
  for (const plan of corpusPlans()) {
    it(`${plan.name}: renders with the counts of its JSON (and text)`, () => {
      const raw = readFileSync(plan.jsonFile, 'utf8');
      const model = parsePlanJson(raw, plan.name);
      const planText = plan.textFile ? readFileSync(plan.textFile, 'utf8') : undefined;
      const fingerprint = fingerprintPlan(JSON.parse(raw));
      const body = renderPlanComment({
        marker: marker(fingerprint),
        sections: [{ environment: 'staging', model, planText }],
        footer: { fingerprint },
      });
      expect(body.length).toBeLessThan(COMMENT_LIMIT);
      expect(body).toContain(
        `### Plan for staging: ${model.errored ? 'failed' : planVerdict(model)}`,
      );
      if (planText && parsePlanSummaryLine(planText)?.noChanges === false) {
        expect(body).toContain(planLine(planText));
      }
      for (const change of model.changes) expect(body).toContain(`\`${change.address}\``);
      for (const output of model.outputs) expect(body).toContain(`\`${output.name}\``);
      if (model.counts.destroy > 0) expect(body).toContain('> [!WARNING]');
      else expect(body).not.toContain('> [!WARNING]');
    });
  }
});

describe('footer links', () => {
  it('cannot be broken out of by the run URL', () => {
    const body = renderPlanComment({
      marker: 'm',
      sections: ['s'],
      footer: { runUrl: 'https://x/runs/1) [evil](https://e' },
    });
    expect(body).toContain('[Workflow run](https://x/runs/1%29%20[evil]%28https://e)');
  });
});
