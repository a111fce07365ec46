import { describe, expect, it } from 'vitest';
import { markerFor } from '../github/marker-for.js';
import { renderPlanSection } from '../../src/render/plan-section.js';
import { planModelFromJson } from '../../src/tofu/plan-model.js';
import { generatePlan } from '../fixtures/generate-plan.js';
import { tableCells } from './gfm.js';
import {
  COMMENT_LIMIT,
  MAX_CARRIED,
  renderAggregateComment,
  shareBudget,
  type AggregateEnvironment,
} from '../../src/render/aggregate-comment.js';

const KEY = 'plan-workflow:-';

/** A section that fills whatever budget it gets with `size` characters of plan text at most. */
function section(name: string, size: number): (budget: number) => string {
  return (budget) => {
    const head = `### ${name}\n`;
    const want = head + 'x'.repeat(size);
    if (want.length <= budget) return want;
    const note = '\n_cut_';
    return head + 'x'.repeat(Math.max(0, budget - head.length - note.length)) + note;
  };
}

function env(
  name: string,
  counts: Partial<AggregateEnvironment['counts']> & object,
  extra: Partial<AggregateEnvironment> = {},
): AggregateEnvironment {
  const c = { add: 0, change: 0, destroy: 0, replace: 0, import: 0, ...counts };
  return {
    environment: name,
    status: 'planned',
    counts: c,
    hasChanges: c.add + c.change + c.destroy + c.import > 0,
    fingerprint: `fp-${name}`,
    section: section(name, 100),
    ...extra,
  };
}

const three = (sizes: [number, number, number]) => [
  env('staging', { add: 3, change: 1 }, { section: section('staging', sizes[0]) }),
  env(
    'production',
    { add: 1, destroy: 1, replace: 1 },
    { section: section('production', sizes[1]) },
  ),
  {
    environment: 'dev',
    status: 'failed' as const,
    failedStep: 'init',
    error: 'Failed to get existing workspaces: AccessDenied',
    section: section('dev', sizes[2]),
  },
];

function tableRows(body: string): string[] {
  return body.split('\n').filter((l) => /^\| (❌|🔥|📝|✅|⏸️) \*\*/.test(l));
}

describe('renderAggregateComment', () => {
  it('has one table row per environment with verdict and counts, and the failure', () => {
    const body = renderAggregateComment({ key: KEY, environments: three([100, 100, 100]) });
    const rows = tableRows(body);
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.includes('**staging**'))).toMatch(
      /3 to add, 1 to change \| 3 \| 1 \| 0 \| 0 \| 0 \|/,
    );
    expect(rows.find((r) => r.includes('**production**'))).toMatch(
      /^\| 🔥 .*1 to add, 1 to destroy \| 1 \| 0 \| 1 \| 1 \| 0 \|/,
    );
    const dev = rows.find((r) => r.includes('**dev**'));
    expect(dev).toContain('Plan failed \\(tofu init\\)');
    expect(dev).toContain('❌ Failed to get existing workspaces: AccessDenied');
    expect(body).toContain('Resources are destroyed or replaced in **production**');
  });

  it('collapses each section, destroys and replacements first, then the failure', () => {
    const body = renderAggregateComment({ key: KEY, environments: three([100, 100, 100]) });
    const order = [...body.matchAll(/<details><summary>\S+ <b>([^<]+)<\/b>/g)].map((m) => m[1]);
    expect(order).toEqual(['production', 'dev', 'staging']);
    expect(body.match(/<details>/g)).toHaveLength(3);
    expect(body.match(/<\/details>/g)).toHaveLength(3);
    expect(body).toContain('### production\n' + 'x'.repeat(100));
  });

  it('carries every environment fingerprint and status in its marker', () => {
    const body = renderAggregateComment({
      key: KEY,
      environments: three([1, 1, 1]),
      sha: 'abc123',
      runUrl: 'https://github.com/o/r/actions/runs/1',
    });
    expect(markerFor(body, KEY)).toEqual({
      v: 1,
      sha: 'abc123',
      run: 'https://github.com/o/r/actions/runs/1',
      environments: {
        dev: { status: 'failed' },
        production: { fingerprint: 'fp-production', status: 'planned' },
        staging: { fingerprint: 'fp-staging', status: 'planned' },
      },
    });
  });

  it('carries change sets in the marker, smallest first up to a total, under the limit', () => {
    const changes = (n: number, c: string) => c.repeat(n);
    const envs = [
      env('dev', { add: 1 }, { changes: changes(9_000, 'd'), section: section('dev', 500_000) }),
      env('staging', { add: 1 }, { changes: changes(14_000, 's') }),
      env('production', { add: 1 }, { changes: changes(12_000, 'p') }),
    ];
    const body = renderAggregateComment({ key: KEY, environments: envs });
    const marker = markerFor(body, KEY)!;
    expect(marker.environments.dev?.changes).toBe(changes(9_000, 'd'));
    expect(marker.environments.production?.changes).toBe(changes(12_000, 'p'));
    // 9,000 + 12,000 + 14,000 would pass the total: the largest is left out.
    expect(marker.environments.staging).toEqual({ fingerprint: 'fp-staging', status: 'planned' });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
  });

  it('stays under the limit with huge sections, trimming sections but never the table', () => {
    const small = renderAggregateComment({ key: KEY, environments: three([100, 100, 100]) });
    const body = renderAggregateComment({
      key: KEY,
      environments: three([500_000, 50_000, 300]),
    });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(tableRows(body)).toEqual(tableRows(small));
    // The small section is whole; the others share what is left and were cut.
    expect(body).toContain('### dev\n' + 'x'.repeat(300) + '\n');
    expect(body).toContain('### staging\n');
    expect(body).toContain('### production\n');
    expect(body.match(/_cut_/g)).toHaveLength(2);
    // The room is used, not wasted.
    expect(body.length).toBeGreaterThan(COMMENT_LIMIT - 2_000);
  });

  it('replaces a section that does not keep to its budget', () => {
    const body = renderAggregateComment({
      key: KEY,
      environments: [env('big', { add: 1 }, { section: () => 'y'.repeat(200_000) })],
    });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toContain('too large for the comment');
    expect(tableRows(body)).toHaveLength(1);
  });

  it('keeps environments of an earlier comment as "not planned in this run"', () => {
    const body = renderAggregateComment({
      key: KEY,
      environments: [
        env('staging', {}),
        { environment: 'qa', status: 'not-planned', fingerprint: 'fp-old' },
      ],
    });
    const qa = tableRows(body).find((r) => r.includes('**qa**'));
    expect(qa).toContain('not planned in this run');
    expect(qa).toMatch(/\| – \| – \| – \| – \| – \|/);
    expect(markerFor(body, KEY)?.environments.qa).toEqual({
      fingerprint: 'fp-old',
      status: 'not-planned',
    });
    expect(body).not.toContain('<b>qa</b>');
    expect(tableRows(body).find((r) => r.includes('**staging**'))).toContain('No changes');
  });

  it('escapes environment names in the table', () => {
    const body = renderAggregateComment({
      key: KEY,
      environments: [env('a|b<script>', { add: 1 })],
    });
    expect(tableRows(body)[0]).toContain('**a\\|b&lt;script\\>**');
    expect(body).toContain('<b>a|b&lt;script&gt;</b>');
    expect(body.replace(/### a\|b<script>/, '')).not.toContain('<script>');
  });
});

describe('renderAggregateComment with real plan sections', () => {
  function planned(name: string, changes: number): AggregateEnvironment {
    const { plan, text } = generatePlan(changes);
    const model = planModelFromJson(plan, name);
    return {
      environment: name,
      status: 'planned',
      counts: model.counts,
      hasChanges: model.hasChanges,
      fingerprint: `fp-${name}`,
      section: (budget) => renderPlanSection({ environment: name, model, planText: text, budget }),
    };
  }

  it('keeps three big environments and a failed one under the limit, the table whole', () => {
    const envs: AggregateEnvironment[] = [
      planned('staging', 2_000),
      planned('production', 5_000),
      planned('qa', 20),
      {
        environment: 'dev',
        status: 'failed',
        failedStep: 'plan',
        error: 'Error: Invalid provider configuration',
        section: (budget) =>
          renderPlanSection({
            environment: 'dev',
            error: 'Invalid provider configuration',
            budget,
          }),
      },
    ];
    const body = renderAggregateComment({ key: KEY, environments: envs });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    const rows = tableRows(body);
    expect(rows).toHaveLength(4);
    const production = envs[1]?.counts;
    expect(rows.find((r) => r.includes('**production**'))).toContain(
      `| ${production?.add} | ${production?.change} | ${production?.destroy} | ${production?.replace} | ${production?.import} |`,
    );
    // Every section is there, the failed one with its error, the small one not cut.
    for (const name of ['staging', 'production', 'qa', 'dev'])
      expect(body).toContain(`### Plan for ${name}:`);
    expect(body).toContain('Invalid provider configuration');
    const qa = body.slice(body.indexOf('### Plan for qa:')).split(/\n<details><summary>\S+ <b>/)[0];
    expect(qa).toContain('Plan text');
    expect(qa).not.toContain('is cut after');
    expect(body.match(/<details><summary>\S+ <b>/g)).toHaveLength(4);
  });
});

describe('shareBudget', () => {
  it('gives small wants in full and splits the rest evenly', () => {
    expect(shareBudget([100, 10_000, 10_000], 5_100)).toEqual([100, 2_500, 2_500]);
    expect(shareBudget([1, 2, 3], 100)).toEqual([1, 2, 3]);
    expect(shareBudget([50, 50], 0)).toEqual([0, 0]);
  });
});

describe("renderAggregateComment within GitHub's limit whatever the environments", () => {
  const fp = 'sha256:' + 'a'.repeat(64);
  const startsWithMarker = (body: string) =>
    expect(body.startsWith(`<!-- tofu-aws-action:plan:${KEY} {`)).toBe(true);

  it('shortens the error cell of failed environments, on a character boundary', () => {
    const error = 'creating IAM Policy: MalformedPolicyDocument: <' + 'x<'.repeat(2500) + '>';
    const envs: AggregateEnvironment[] = Array.from({ length: 12 }, (_, i) => ({
      environment: `env-${i}`,
      status: 'failed',
      failedStep: 'plan',
      error: `${'é'.repeat(150)}😀😀😀 ${error}`,
      section: section(`env-${i}`, 5_000),
    }));
    const body = renderAggregateComment({ key: KEY, environments: envs });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    startsWithMarker(body);
    const rows = tableRows(body);
    expect(rows).toHaveLength(12);
    for (const row of rows) {
      const cells = tableCells(row);
      expect(cells).toHaveLength(8);
      const failed = cells[7] as string;
      expect(failed).toMatch(/^❌ é+(?:😀)+ creating IAM Policy: .*…$/);
      expect(failed.replace(/&lt;/g, '<').length).toBeLessThanOrEqual(210);
      expect(failed).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
  });

  it('lists at most MAX_CARRIED environments of earlier runs, the most recent, with a note', () => {
    const envs: AggregateEnvironment[] = [
      env('staging', { add: 1 }),
      ...Array.from({ length: 600 }, (_, i) => ({
        environment: `e${String(i).padStart(3, '0')}`,
        status: 'not-planned' as const,
        fingerprint: fp,
        at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
      })),
    ];
    const body = renderAggregateComment({ key: KEY, environments: envs });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    const marker = markerFor(body, KEY)!;
    expect(Object.keys(marker.environments)).toHaveLength(MAX_CARRIED + 1);
    expect(marker.environments.e599).toBeDefined();
    expect(marker.environments.e000).toBeUndefined();
    expect(tableRows(body)).toHaveLength(MAX_CARRIED + 1);
    expect(body).toContain(`${600 - MAX_CARRIED} more environments planned by earlier runs`);
  });

  it('cuts the table of hundreds of environments, keeping what matters, with a note', () => {
    const envs: AggregateEnvironment[] = [
      ...Array.from({ length: 300 }, (_, i) =>
        env(`stacks/team-${i}/eu-west-1/service`, {}, { fingerprint: fp }),
      ),
      env('zz-destroys', { destroy: 1 }, { fingerprint: fp }),
      ...Array.from({ length: 40 }, (_, i) => ({
        environment: `zz-failed-${i}`,
        status: 'failed' as const,
        error: 'e'.repeat(1_000),
        section: section('f', 10),
      })),
    ];
    const body = renderAggregateComment({ key: KEY, environments: envs });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    startsWithMarker(body);
    expect(Object.keys(markerFor(body, KEY)!.environments)).toHaveLength(341);
    const rows = tableRows(body);
    expect(rows.length).toBeLessThan(341);
    expect(rows.some((r) => r.includes('**zz-destroys**'))).toBe(true);
    expect(rows.filter((r) => r.includes('**zz-failed-'))).toHaveLength(40);
    expect(body).toContain(`_${341 - rows.length} more environments are not in this table`);
    expect(body).toContain('341 environments planned, 1 with changes, 40 failed.');
  });

  it('drops the change sets from the marker before table rows', () => {
    const envs = Array.from({ length: 300 }, (_, i) =>
      env(
        `stacks/team-${i}/eu-west-1/service`,
        { add: 1 },
        { fingerprint: fp, changes: 'c'.repeat(40) },
      ),
    );
    const body = renderAggregateComment({ key: KEY, environments: envs });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    startsWithMarker(body);
    const marker = markerFor(body, KEY)!;
    expect(Object.keys(marker.environments)).toHaveLength(300);
    expect(Object.values(marker.environments).some((e) => e.changes)).toBe(false);
    expect(body).toContain('300 environments planned, 300 with changes.');
    expect(tableRows(body).length).toBeGreaterThan(100);
  });

  it('leaves the table out when the marker leaves no room for it', () => {
    const envs = Array.from({ length: 445 }, (_, i) =>
      env(`stacks/team-${i}/eu-west-1/service`, { add: 1 }, { fingerprint: fp }),
    );
    const body = renderAggregateComment({ key: KEY, environments: envs });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(Object.keys(markerFor(body, KEY)!.environments)).toHaveLength(445);
    expect(tableRows(body)).toEqual([]);
    expect(body).toContain('The table of environments does not fit in this comment');
    expect(body).toContain('445 environments planned, 445 with changes.');
  });

  it('leaves marker entries out, and says so, only as the last resort', () => {
    const envs = Array.from({ length: 1_500 }, (_, i) =>
      env(`stacks/team-${i}/eu-west-1/service`, { add: 1 }, { fingerprint: fp }),
    );
    const body = renderAggregateComment({ key: KEY, environments: envs });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    startsWithMarker(body);
    const kept = Object.keys(markerFor(body, KEY)!.environments).length;
    expect(kept).toBeGreaterThan(200);
    expect(kept).toBeLessThan(1_500);
    expect(body).toContain(`${1_500 - kept} environments are left out of it`);
    expect(body).toContain('1500 environments planned, 1500 with changes.');
  });

  it('keeps the plan times in the marker', () => {
    const body = renderAggregateComment({
      key: KEY,
      environments: [env('staging', {}, { at: '2026-11-21T10:00:00.000Z' })],
    });
    expect(markerFor(body, KEY)?.environments.staging?.at).toBe('2026-11-21T10:00:00.000Z');
  });
});
