import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubPeer, type GitHubPeer } from './github-peer.js';

let peer: GitHubPeer;

async function call(method: string, path: string, token?: string, body?: unknown) {
  const res = await fetch(`${peer.url}${path}`, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : undefined };
}

beforeEach(async () => {
  peer = await startGitHubPeer({ tokens: { w: 'write', r: 'read' } });
});
afterEach(async () => {
  await peer.close();
});

describe('GitHub peer', () => {
  it('answers 401 Bad credentials without a token or with an unknown one', async () => {
    for (const token of [undefined, 'nope']) {
      const res = await call('GET', '/repos/acme/infra/issues/1/comments', token);
      expect(res.status).toBe(401);
      expect(res.json).toMatchObject({ message: 'Bad credentials', status: '401' });
    }
  });

  it('answers 403 "Resource not accessible by integration" to writes with a read token', async () => {
    const res = await call('POST', '/repos/acme/infra/issues/1/comments', 'r', { body: 'hi' });
    expect(res.status).toBe(403);
    expect(res.json).toEqual({
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      status: '403',
    });
    expect((await call('GET', '/repos/acme/infra/issues/1/comments', 'r')).status).toBe(200);
    expect(peer.state.comments('acme/infra', 1)).toEqual([]);
  });

  it('answers 422 to a body over 65,536 characters, on create and on update', async () => {
    const ok = await call('POST', '/repos/acme/infra/issues/1/comments', 'w', {
      body: 'é'.repeat(65_536),
    });
    expect(ok.status).toBe(201);
    const tooLong = 'x'.repeat(65_537);
    const created = await call('POST', '/repos/acme/infra/issues/1/comments', 'w', {
      body: tooLong,
    });
    const updated = await call('PATCH', `/repos/acme/infra/issues/comments/${ok.json.id}`, 'w', {
      body: tooLong,
    });
    for (const res of [created, updated]) {
      expect(res.status).toBe(422);
      expect(res.json.message).toBe('Validation Failed');
      expect(res.json.errors[0]).toMatchObject({ resource: 'IssueComment' });
      expect(res.json.errors[0].message).toMatch(
        /body is too long \(maximum is 65536 characters\)/i,
      );
    }
  });

  it("answers GET /user with a personal access token's user, 403 for an installation's token", async () => {
    peer.state.tokens.set('pat', 'write');
    peer.state.users.set('pat', { login: 'infra-machine', association: 'CONTRIBUTOR' });
    const me = await call('GET', '/user', 'pat');
    expect(me.status).toBe(200);
    expect(me.json).toMatchObject({ login: 'infra-machine', type: 'User' });
    const installation = await call('GET', '/user', 'w');
    expect(installation.status).toBe(403);
    expect(installation.json).toMatchObject({ message: 'Resource not accessible by integration' });

    const res = await call('POST', '/repos/acme/infra/issues/4/comments', 'pat', { body: 'hi' });
    expect(res.json).toMatchObject({
      user: { login: 'infra-machine', type: 'User' },
      author_association: 'CONTRIBUTOR',
    });
  });

  it("returns comments in GitHub's shape", async () => {
    peer.state.addPullRequest('acme/infra', { number: 3, headSha: 'f'.repeat(40) });
    const res = await call('POST', '/repos/acme/infra/issues/3/comments', 'w', { body: 'hello' });
    expect(res.status).toBe(201);
    const c = res.json;
    expect(res.headers.get('location')).toBe(c.url);
    expect(c).toMatchObject({
      body: 'hello',
      url: `${peer.url}/repos/acme/infra/issues/comments/${c.id}`,
      html_url: `https://github.com/acme/infra/pull/3#issuecomment-${c.id}`,
      issue_url: `${peer.url}/repos/acme/infra/issues/3`,
      author_association: 'NONE',
      user: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
    });
    expect(typeof c.id).toBe('number');
    expect(c.node_id).toMatch(/^IC_/);
    expect(c.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(c.updated_at).toBe(c.created_at);
  });

  it('paginates with per_page (max 100) and real Link headers', async () => {
    for (let i = 0; i < 205; i++) peer.state.addComment('acme/infra', 1, `c${i}`);
    const first = await call('GET', '/repos/acme/infra/issues/1/comments?per_page=500', 'w');
    expect(first.json).toHaveLength(100);
    const id = peer.state.repo('acme/infra').id;
    const base = `${peer.url}/repositories/${id}/issues/1/comments`;
    expect(first.headers.get('link')).toBe(
      `<${base}?per_page=100&page=2>; rel="next", <${base}?per_page=100&page=3>; rel="last"`,
    );
    const last = await call(
      'GET',
      `/repositories/${id}/issues/1/comments?per_page=100&page=3`,
      'w',
    );
    expect(last.json.map((c: { body: string }) => c.body)).toEqual([
      'c200',
      'c201',
      'c202',
      'c203',
      'c204',
    ]);
    expect(last.headers.get('link')).toContain('rel="prev"');
    expect(last.headers.get('link')).not.toContain('rel="next"');
    const defaultPage = await call('GET', '/repos/acme/infra/issues/1/comments', 'w');
    expect(defaultPage.json).toHaveLength(30);
  });

  it('records requests and fails the next N on demand', async () => {
    peer.state.failNext(2, '502');
    expect((await call('GET', '/repos/acme/infra/labels', 'w')).status).toBe(502);
    expect((await call('GET', '/repos/acme/infra/labels', 'w')).status).toBe(502);
    expect((await call('GET', '/repos/acme/infra/labels', 'w')).status).toBe(200);
    expect(peer.requests.map((r) => [r.method, r.path, r.status, r.token])).toEqual([
      ['GET', '/repos/acme/infra/labels', 502, 'w'],
      ['GET', '/repos/acme/infra/labels', 502, 'w'],
      ['GET', '/repos/acme/infra/labels', 200, 'w'],
    ]);
  });

  it('maps commits to pull requests and serves a pull request', async () => {
    peer.state.addPullRequest('acme/infra', {
      number: 8,
      headSha: '1'.repeat(40),
      mergeCommitSha: '2'.repeat(40),
      state: 'closed',
      mergedAt: '2026-11-20T09:00:00Z',
    });
    const list = await call('GET', `/repos/acme/infra/commits/${'2'.repeat(40)}/pulls`, 'w');
    expect(list.json.map((p: { number: number }) => p.number)).toEqual([8]);
    const pr = await call('GET', '/repos/acme/infra/pulls/8', 'w');
    expect(pr.json).toMatchObject({
      number: 8,
      merged: true,
      state: 'closed',
      base: { ref: 'main' },
    });
    expect((await call('GET', '/repos/acme/infra/pulls/9', 'w')).status).toBe(404);
  });

  it('adds, lists and removes issue labels; creates repository labels', async () => {
    const add = await call('POST', '/repos/acme/infra/issues/4/labels', 'w', {
      labels: ['a', 'b'],
    });
    expect(add.json.map((l: { name: string }) => l.name)).toEqual(['a', 'b']);
    expect(add.json[0]).toMatchObject({ color: 'ededed', default: false });
    const removed = await call('DELETE', '/repos/acme/infra/issues/4/labels/a', 'w');
    expect(removed.json.map((l: { name: string }) => l.name)).toEqual(['b']);
    expect((await call('DELETE', '/repos/acme/infra/issues/4/labels/a', 'w')).status).toBe(404);
    expect((await call('GET', '/repos/acme/infra/labels/c', 'w')).status).toBe(404);
    const created = await call('POST', '/repos/acme/infra/labels', 'w', {
      name: 'c',
      color: 'ff0000',
    });
    expect(created.status).toBe(201);
    const again = await call('POST', '/repos/acme/infra/labels', 'w', { name: 'C' });
    expect(again.status).toBe(422);
    expect(again.json.errors[0].code).toBe('already_exists');
  });
});
