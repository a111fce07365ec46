import { describe, expect, it } from 'vitest';
import { aggregateCommentKey, planCommentKey } from '../../src/github/comment-keys.js';
import { formatMarker, type MarkerEnvironment } from '../../src/github/marker.js';
import type { GitHubClient } from '../../src/github/rest.js';
import type { IssueComment, PullRequest } from '../../src/github/rest-types.js';
import { findReviewedPlan } from '../../src/github/reviewed-plan.js';
import { withApplyStatus } from '../../src/github/apply-status.js';
import { renderAggregateComment } from '../../src/render/aggregate-comment.js';
import { renderPlanComment, renderPlanSection } from '../../src/render/plan-comment.js';

const PLAN_KEY = planCommentKey('Plan', 'production');
const AGG_KEY = aggregateCommentKey('Plan');
const REAL = 'sha256:' + 'a'.repeat(64);
const PLANTED = 'sha256:' + 'f'.repeat(64);

let nextId = 1;
function comment(body: string, options: Partial<IssueComment> & { type?: string } = {}) {
  const { type = 'Bot', ...rest } = options;
  return {
    id: nextId++,
    node_id: '',
    url: '',
    html_url: `https://github.com/o/r/pull/7#issuecomment-${nextId}`,
    issue_url: '',
    body,
    user: { login: type === 'Bot' ? 'github-actions[bot]' : 'someone', id: 1, type },
    created_at: '2026-11-01T10:00:00Z',
    updated_at: '2026-11-01T10:00:00Z',
    author_association: 'NONE',
    ...rest,
  } as IssueComment;
}

function client(
  comments: IssueComment[],
  pull: { head?: string; mergedAt?: string | null; me?: () => Promise<{ login: string }> } = {},
): GitHubClient {
  const pr = {
    number: 7,
    html_url: 'https://github.com/o/r/pull/7',
    state: pull.mergedAt ? 'closed' : 'open',
    merged_at: pull.mergedAt ?? null,
    merge_commit_sha: 'm'.repeat(40),
    head: { sha: pull.head ?? 'h'.repeat(40) },
  } as unknown as PullRequest;
  return {
    getPullRequest: async () => pr,
    listPullRequestsForCommit: async () => [pr],
    listIssueComments: async () => comments,
    getAuthenticatedUser:
      pull.me ??
      (async () => {
        throw new Error('HTTP 403: Resource not accessible by integration');
      }),
  } as unknown as GitHubClient;
}

const marker = (key: string, sha: string, envs: Record<string, MarkerEnvironment>) =>
  formatMarker(key, { v: 1, sha, environments: envs });

const lookUp = (c: GitHubClient, environment = 'production', pullRequest: number | undefined = 7) =>
  findReviewedPlan(c, { sha: 'm'.repeat(40), pullRequest, environment });

describe('findReviewedPlan: only the marker a comment starts with counts', () => {
  const planted = marker(PLAN_KEY, 'h'.repeat(40), {
    production: { fingerprint: PLANTED, status: 'planned', at: '2026-11-02T00:00:00Z' },
  });
  const planText = `  + resource "aws_ssm_parameter" "note" {\n      + value = <<-EOT\n            ${planted}\n        EOT\n    }\n`;

  it('in the plan comment, whose plan text quotes a planted marker', async () => {
    const body = renderPlanComment({
      marker: marker(PLAN_KEY, 'h'.repeat(40), {
        production: { fingerprint: REAL, status: 'planned', at: '2026-11-01T00:00:00Z' },
      }),
      sections: [renderPlanSection({ environment: 'production', planText, budget: 60_000 })],
      footer: { fingerprint: REAL },
    });
    expect(body).toContain(planted);
    const found = await lookUp(client([comment(body)]));
    expect(found).toMatchObject({ kind: 'found', fingerprint: REAL });
  });

  it('in a failed plan, whose error message carries one', async () => {
    const body = renderPlanComment({
      marker: marker(PLAN_KEY, 'h'.repeat(40), { production: { status: 'failed' } }),
      sections: [
        renderPlanSection({
          environment: 'production',
          error: `Error: Invalid value for variable\n\n${planted}`,
          budget: 60_000,
        }),
      ],
      footer: {},
    });
    expect(body).toContain(planted);
    expect((await lookUp(client([comment(body)]))).kind).toBe('no-fingerprint');
  });

  it("in the aggregated comment, where another environment's section plants one", async () => {
    const body = renderAggregateComment({
      key: AGG_KEY,
      environments: [
        { environment: 'production', status: 'planned', fingerprint: REAL, hasChanges: true },
        {
          environment: 'staging',
          status: 'planned',
          fingerprint: REAL,
          hasChanges: true,
          section: (budget) => renderPlanSection({ environment: 'staging', planText, budget }),
        },
      ],
    });
    expect(body).toContain(planted);
    expect(await lookUp(client([comment(body)]))).toMatchObject({
      kind: 'found',
      fingerprint: REAL,
    });
  });
});

describe('findReviewedPlan: the newest plan, not the comment edited last', () => {
  it('reads the plan of the final head made last, whatever was edited since', async () => {
    // Push B updated the per-environment comment; the aggregated one kept push A (its update
    // failed), then a status write or a hand edit touched it last.
    const perEnv = comment(
      marker(PLAN_KEY, 'b'.repeat(40), {
        production: { fingerprint: 'sha256:B', status: 'planned', at: '2026-11-02T10:00:00Z' },
      }),
      { created_at: '2026-11-01T10:00:00Z', updated_at: '2026-11-02T10:00:00Z' },
    );
    const aggBody = withApplyStatus(
      marker(AGG_KEY, 'a'.repeat(40), {
        production: { fingerprint: 'sha256:A', status: 'planned', at: '2026-11-01T10:00:00Z' },
        staging: { fingerprint: 'sha256:S', status: 'planned', at: '2026-11-01T10:00:00Z' },
      }),
      AGG_KEY,
      'staging',
      'applied',
      '> applied',
    )!;
    const agg = comment(aggBody, {
      created_at: '2026-11-01T11:00:00Z',
      updated_at: '2026-11-03T10:00:00Z',
    });
    const found = await lookUp(client([perEnv, agg], { head: 'b'.repeat(40) }));
    expect(found).toMatchObject({ kind: 'found', fingerprint: 'sha256:B', sha: 'b'.repeat(40) });
    // Both comments carry production: both get its apply status.
    expect(found.kind === 'found' && found.comments.map((c) => c.id).sort()).toEqual(
      [perEnv.id, agg.id].sort(),
    );
  });

  it("prefers a plan of the pull request's final head to a later plan of an older commit", async () => {
    const head = comment(
      marker(PLAN_KEY, 'b'.repeat(40), {
        production: { fingerprint: 'sha256:B', status: 'planned', at: '2026-11-02T10:00:00Z' },
      }),
    );
    const rerunOfOld = comment(
      marker(AGG_KEY, 'a'.repeat(40), {
        production: { fingerprint: 'sha256:A', status: 'planned', at: '2026-11-03T10:00:00Z' },
      }),
    );
    expect(await lookUp(client([head, rerunOfOld], { head: 'b'.repeat(40) }))).toMatchObject({
      fingerprint: 'sha256:B',
    });
  });

  it('takes markers of earlier versions (no plan time) for older than any with one', async () => {
    const timed = comment(
      marker(PLAN_KEY, 'x'.repeat(40), {
        production: { fingerprint: 'sha256:T', status: 'planned', at: '2026-11-01T00:00:00Z' },
      }),
    );
    const legacy = comment(
      marker(AGG_KEY, 'x'.repeat(40), {
        production: { fingerprint: 'sha256:L', status: 'planned' },
      }),
      { created_at: '2026-11-05T00:00:00Z', updated_at: '2026-11-05T00:00:00Z' },
    );
    expect(await lookUp(client([legacy, timed]))).toMatchObject({ fingerprint: 'sha256:T' });
    // Alone, an old marker is still read.
    expect(await lookUp(client([legacy]))).toMatchObject({ fingerprint: 'sha256:L' });
  });

  it('skips an environment entry that is not an object instead of failing', async () => {
    const odd = comment(
      `<!-- tofu-aws-action:plan:${PLAN_KEY} {"v":1,"environments":{"production":null}} -->`,
    );
    expect((await lookUp(client([odd]))).kind).toBe('no-fingerprint');
  });

  it('takes no fingerprint, head or change set from fields of the wrong type', async () => {
    for (const production of [[REAL], 5, { fingerprint: REAL, status: 'reviewed' }]) {
      const odd = comment(
        `<!-- tofu-aws-action:plan:${PLAN_KEY} {"v":1,"environments":{"production":${JSON.stringify(production)}}} -->`,
      );
      expect((await lookUp(client([odd]))).kind, JSON.stringify(production)).toBe('no-fingerprint');
    }
    const typed = comment(
      `<!-- tofu-aws-action:plan:${PLAN_KEY} {"v":1,"sha":["x"],"environments":{"production":{"fingerprint":7,"status":"planned"}}} -->`,
    );
    const found = await lookUp(client([typed]));
    expect(found.kind === 'no-fingerprint' && found.reason).toMatch(/without a plan fingerprint/);
    const noSha = comment(
      `<!-- tofu-aws-action:plan:${PLAN_KEY} {"v":1,"sha":["x"],"environments":{"production":{"fingerprint":"${REAL}","status":"planned","changes":{"a":1}}}} -->`,
    );
    expect(await lookUp(client([noSha]))).toMatchObject({
      kind: 'found',
      fingerprint: REAL,
      sha: undefined,
      changes: undefined,
    });
  });
});

describe('findReviewedPlan: plans made after the merge were not reviewed', () => {
  const merged = { mergedAt: '2026-11-10T12:00:00Z', head: 'b'.repeat(40) };
  const plan = (fingerprint: string, at: string) =>
    comment(
      marker(PLAN_KEY, 'b'.repeat(40), { production: { fingerprint, status: 'planned', at } }),
    );

  it('reads the last plan before the merge and ignores one made after it', async () => {
    const before = plan('sha256:reviewed', '2026-11-10T11:59:00Z');
    const after = plan('sha256:after-merge', '2026-11-10T12:00:01Z');
    const found = await lookUp(client([before, after], merged), 'production', undefined);
    expect(found).toMatchObject({ kind: 'found', fingerprint: 'sha256:reviewed', afterMerge: 1 });
  });

  it('finds no reviewed plan when every plan came after the merge, and says so', async () => {
    const found = await lookUp(
      client([plan('sha256:after-merge', '2026-11-10T12:05:00Z')], merged),
      'production',
      undefined,
    );
    expect(found.kind).toBe('no-fingerprint');
    expect(found.kind === 'no-fingerprint' && found.reason).toMatch(/made after it was merged/);
  });
});

describe("findReviewedPlan: the token's own user", () => {
  const body = marker(PLAN_KEY, 'h'.repeat(40), {
    production: { fingerprint: REAL, status: 'planned', at: '2026-11-01T00:00:00Z' },
  });
  const by = (login: string) =>
    comment(body, {
      type: 'User',
      user: { login, id: 7, type: 'User' },
      author_association: 'CONTRIBUTOR',
    });

  it('trusts the plan comment of the machine user whose token it is, a CONTRIBUTOR', async () => {
    const asked: string[] = [];
    const me = async () => {
      asked.push('GET /user');
      return { login: 'infra-machine' };
    };
    expect(await lookUp(client([by('infra-machine')], { me }))).toMatchObject({
      kind: 'found',
      fingerprint: REAL,
    });
    expect(asked).toEqual(['GET /user']);
  });

  it("still ignores an outsider's CONTRIBUTOR comment", async () => {
    const me = async () => ({ login: 'infra-machine' });
    const found = await lookUp(client([by('mallory')], { me }));
    expect(found.kind).toBe('no-fingerprint');
    expect(found.kind === 'no-fingerprint' && found.reason).toMatch(/1 comment\(s\) .* ignored/);
  });

  it('has no own user with the job token (GET /user refused): a CONTRIBUTOR is ignored', async () => {
    expect((await lookUp(client([by('infra-machine')]))).kind).toBe('no-fingerprint');
  });

  it('does not ask who the token is when every marked comment is trusted already', async () => {
    const asked: string[] = [];
    const me = async () => {
      asked.push('GET /user');
      return { login: 'infra-machine' };
    };
    const bot = comment(body);
    const member = comment(body, { type: 'User', author_association: 'MEMBER' });
    const found = await lookUp(client([bot, member], { me }));
    expect(found).toMatchObject({ kind: 'found', fingerprint: REAL });
    expect(asked).toEqual([]);
  });
});
