import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatMarker, markerStart, type MarkerData } from '../../src/github/marker.js';
import { GitHubApiError } from '../../src/github/github-api-error.js';
import { createGitHubClient } from '../../src/github/rest.js';
import { planCommentKey } from '../../src/github/comment-keys.js';
import {
  findMarkedComments,
  findStickyComments,
  upsertStickyComment,
} from '../../src/github/sticky-comment.js';
import { startGitHubPeer, type GitHubPeer } from '../peers/github-peer.js';

const REPO = 'acme/infra';
const PR = 42;
const KEY = 'tofu-plan:staging';

let peer: GitHubPeer;

function client(token = 'write-token') {
  return createGitHubClient({
    token,
    apiUrl: peer.url,
    owner: 'acme',
    repo: 'infra',
    sleep: async () => {},
  });
}

function body(text: string, key = KEY, fingerprint = text): string {
  const data: MarkerData = {
    v: 1,
    sha: 'a'.repeat(40),
    environments: { staging: { fingerprint, status: 'planned' } },
  };
  return `${formatMarker(key, data)}\n## Plan for staging\n\n${text}\n`;
}

const marked = (key = KEY) =>
  peer.state.comments(REPO, PR).filter((c) => c.body.includes(markerStart(key)));
const writes = () => peer.requests.filter((r) => r.method !== 'GET');
const userLookups = () => peer.requests.filter((r) => r.path === '/user');

beforeEach(async () => {
  peer = await startGitHubPeer();
  // A machine user's personal access token; its organisation membership is private.
  peer.state.tokens.set('machine-pat', 'write');
  peer.state.users.set('machine-pat', { login: 'infra-machine', association: 'CONTRIBUTOR' });
});
afterEach(async () => {
  await peer.close();
});

describe('upsertStickyComment', () => {
  it('creates the comment once, then updates it, then leaves it when identical', async () => {
    const first = await upsertStickyComment(client(), {
      issueNumber: PR,
      key: KEY,
      body: body('1 to add'),
    });
    expect(first.action).toBe('created');
    expect(first.url).toMatch(new RegExp(`/acme/infra/issues/${PR}#issuecomment-${first.id}$`));

    const second = await upsertStickyComment(client(), {
      issueNumber: PR,
      key: KEY,
      body: body('2 to add'),
    });
    expect(second).toMatchObject({ action: 'updated', id: first.id });

    const third = await upsertStickyComment(client(), {
      issueNumber: PR,
      key: KEY,
      body: body('2 to add'),
    });
    expect(third).toMatchObject({ action: 'unchanged', id: first.id, duplicateIds: [] });

    expect(marked()).toHaveLength(1);
    expect(marked()[0]?.body).toBe(body('2 to add'));
    expect(writes().map((r) => r.method)).toEqual(['POST', 'PATCH']);
  });

  it('never creates a duplicate across three runs with different plans', async () => {
    for (const text of ['a', 'b', 'c']) {
      await upsertStickyComment(client(), { issueNumber: PR, key: KEY, body: body(text) });
    }
    expect(marked()).toHaveLength(1);
    expect(writes().filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('finds its marker on page 3 among 250 other comments', async () => {
    for (let i = 0; i < 230; i++)
      peer.state.addComment(REPO, PR, `review chatter ${i}`, { login: 'alice' });
    const existing = peer.state.addComment(REPO, PR, body('old plan'));
    for (let i = 0; i < 20; i++)
      peer.state.addComment(REPO, PR, `more chatter ${i}`, { login: 'bob' });

    const result = await upsertStickyComment(client(), {
      issueNumber: PR,
      key: KEY,
      body: body('new plan'),
    });
    expect(result).toMatchObject({ action: 'updated', id: existing.id });
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH /repos/acme/infra/issues/comments/${existing.id}`,
    ]);
    expect(peer.requests.filter((r) => r.method === 'GET')).toHaveLength(3);
  });

  it('keeps comments of other keys apart', async () => {
    await upsertStickyComment(client(), { issueNumber: PR, key: KEY, body: body('s') });
    await upsertStickyComment(client(), {
      issueNumber: PR,
      key: 'tofu-plan:production',
      body: body('p', 'tofu-plan:production'),
    });
    // A key that is a prefix of another does not match it.
    await upsertStickyComment(client(), {
      issueNumber: PR,
      key: 'tofu-plan:staging-eu',
      body: body('e', 'tofu-plan:staging-eu'),
    });
    expect(marked(KEY)).toHaveLength(1);
    expect(peer.state.comments(REPO, PR)).toHaveLength(3);
  });

  it('updates the newest of several marked comments and names the others', async () => {
    const older = peer.state.addComment(REPO, PR, body('dup 1'), {
      createdAt: '2026-11-01T10:00:00Z',
    });
    const newer = peer.state.addComment(REPO, PR, body('dup 2'), {
      createdAt: '2026-11-02T10:00:00Z',
    });
    const result = await upsertStickyComment(client(), {
      issueNumber: PR,
      key: KEY,
      body: body('fresh'),
    });
    expect(result).toMatchObject({ action: 'updated', id: newer.id, duplicateIds: [older.id] });
    expect(peer.state.comments(REPO, PR)).toHaveLength(2);
    expect(writes().map((r) => r.method)).toEqual(['PATCH']);
  });

  it('matches a marker whose JSON is unreadable, so that it is still not duplicated', async () => {
    const broken = peer.state.addComment(REPO, PR, `${markerStart(KEY)}{not json -->\nold`);
    const result = await upsertStickyComment(client(), {
      issueNumber: PR,
      key: KEY,
      body: body('x'),
    });
    expect(result).toMatchObject({ action: 'updated', id: broken.id });
  });

  it('does not create a second comment when a create answered 502 after it landed', async () => {
    peer.state.failNext(1, '502', { afterHandling: true, method: 'POST' });
    const result = await upsertStickyComment(client(), {
      issueNumber: PR,
      key: KEY,
      body: body('x'),
    });
    expect(result.action).toBe('created');
    expect(marked()).toHaveLength(1);
    expect(result.id).toBe(marked()[0]?.id);
  });

  it('creates it when a 502 create did not land', async () => {
    peer.state.failNext(1, '502', { method: 'POST' });
    const result = await upsertStickyComment(client(), {
      issueNumber: PR,
      key: KEY,
      body: body('x'),
    });
    expect(result.action).toBe('created');
    expect(marked()).toHaveLength(1);
  });

  it('fails with a typed 403 for a read-only token (the caller writes the summary instead)', async () => {
    await expect(
      upsertStickyComment(client('read-token'), { issueNumber: PR, key: KEY, body: body('x') }),
    ).rejects.toSatisfy((e) => e instanceof GitHubApiError && e.writeDenied);
    expect(peer.state.comments(REPO, PR)).toEqual([]);
  });

  it('refuses a body without its marker', async () => {
    await expect(
      upsertStickyComment(client(), { issueNumber: PR, key: KEY, body: 'no marker' }),
    ).rejects.toThrow(/marker/);
    expect(peer.requests).toEqual([]);
  });
});

describe('whose comment is the sticky comment', () => {
  it("never takes an outsider's comment that starts with the marker: the bot writes its own", async () => {
    const own = peer.state.addComment(REPO, PR, body('bot plan'));
    const outsider = peer.state.addComment(REPO, PR, body('invented'), {
      login: 'mallory',
      createdAt: '2099-01-01T00:00:00Z',
    });
    expect(await findStickyComments(client(), PR, KEY)).toEqual([
      expect.objectContaining({ id: own.id }),
    ]);
    const result = await upsertStickyComment(client(), {
      issueNumber: PR,
      key: KEY,
      body: body('new'),
    });
    expect(result).toMatchObject({ action: 'updated', id: own.id });
    expect(outsider.body).toBe(body('invented'));

    // With no comment of its own, it creates one next to the outsider's.
    own.body = 'deleted by hand';
    const created = await upsertStickyComment(client(), {
      issueNumber: PR,
      key: KEY,
      body: body('x'),
    });
    expect(created.action).toBe('created');
    expect(outsider.body).toBe(body('invented'));
  });

  it('takes the comment of a collaborator (a machine user with write access)', async () => {
    const c = peer.state.addComment(REPO, PR, body('plan'), { login: 'infra-bot-user' });
    c.authorAssociation = 'COLLABORATOR';
    expect((await findStickyComments(client(), PR, KEY)).map((x) => x.id)).toEqual([c.id]);
  });

  it("takes the comment of the token's own user, whom GitHub reports as a CONTRIBUTOR", async () => {
    const machine = client('machine-pat');
    const first = await upsertStickyComment(machine, {
      issueNumber: PR,
      key: KEY,
      body: body('1'),
    });
    expect(first.action).toBe('created');
    expect(peer.state.comments(REPO, PR)[0]).toMatchObject({
      user: { login: 'infra-machine' },
      authorAssociation: 'CONTRIBUTOR',
    });
    // An outsider who contributed before is a CONTRIBUTOR too, and stays an outsider.
    const outsider = peer.state.addComment(REPO, PR, body('invented'), {
      login: 'mallory',
      authorAssociation: 'CONTRIBUTOR',
      createdAt: '2099-01-01T00:00:00Z',
    });
    const second = await upsertStickyComment(machine, {
      issueNumber: PR,
      key: KEY,
      body: body('2'),
    });
    expect(second).toMatchObject({ action: 'updated', id: first.id, duplicateIds: [] });
    await upsertStickyComment(machine, { issueNumber: PR, key: KEY, body: body('3') });
    expect(marked().map((c) => c.body)).toEqual([body('3'), body('invented')]);
    expect(outsider.body).toBe(body('invented'));
    // Asked once for the whole run (one client), not once per lookup.
    expect(userLookups()).toHaveLength(1);
  });

  it("ignores an outsider's comment with the job token, whose GET /user is refused", async () => {
    const outsider = peer.state.addComment(REPO, PR, body('invented'), {
      login: 'mallory',
      authorAssociation: 'CONTRIBUTOR',
    });
    const result = await upsertStickyComment(client(), {
      issueNumber: PR,
      key: KEY,
      body: body('x'),
    });
    expect(result.action).toBe('created');
    expect(outsider.body).toBe(body('invented'));
    expect(userLookups().map((r) => r.status)).toEqual([403]);
  });

  it('takes a failing GET /user for no identity of its own, not for an error', async () => {
    peer.state.addComment(REPO, PR, body('invented'), { login: 'mallory' });
    peer.state.failNext(5, '502', { path: /^\/user$/ });
    expect(await findStickyComments(client('machine-pat'), PR, KEY)).toEqual([]);
  });

  it('does not ask who the token is when every marked comment is trusted already', async () => {
    peer.state.addComment(REPO, PR, 'chatter', { login: 'alice' });
    peer.state.addComment(REPO, PR, body('other key', 'tofu-plan:production'), { login: 'alice' });
    const own = peer.state.addComment(REPO, PR, body('bot plan'));
    const result = await upsertStickyComment(client('machine-pat'), {
      issueNumber: PR,
      key: KEY,
      body: body('new'),
    });
    expect(result).toMatchObject({ action: 'updated', id: own.id });
    expect(userLookups()).toEqual([]);
  });

  it('does not take a comment that quotes the marker after its start', async () => {
    peer.state.addComment(REPO, PR, `Look at this:\n${body('quoted')}`);
    expect(await findStickyComments(client(), PR, KEY)).toEqual([]);
  });

  it('finds a comment written under the old form of its key and moves it to the new one', async () => {
    const key = planCommentKey('Infra plan', 'staging');
    const old = peer.state.addComment(REPO, PR, body('old', 'Infra-plan:staging'));
    // A comment under that key that names other environments is not this one.
    peer.state.addComment(
      REPO,
      PR,
      `${formatMarker('Infra-plan:staging', { v: 1, environments: { 'staging!': { status: 'planned' } } })}\n`,
    );
    const found = await findStickyComments(client(), PR, key);
    expect(found.map((c) => [c.id, c.marker?.environments.staging?.fingerprint])).toEqual([
      [old.id, 'old'],
    ]);
    const result = await upsertStickyComment(client(), {
      issueNumber: PR,
      key,
      body: body('new', key),
      existing: found,
    });
    expect(result).toMatchObject({ action: 'updated', id: old.id });
    expect(old.body.startsWith(markerStart(key))).toBe(true);
  });
});

describe('findMarkedComments', () => {
  it('returns every marked comment with its markers, across pages', async () => {
    for (let i = 0; i < 150; i++)
      peer.state.addComment(REPO, PR, `chatter ${i}`, { login: 'alice' });
    peer.state.addComment(REPO, PR, body('s', 'tofu-plan:staging', 'fp-s'));
    peer.state.addComment(REPO, PR, `${markerStart('x')}{broken -->`);
    peer.state.addComment(REPO, PR, body('p', 'tofu-plan:production', 'fp-p'));
    const found = await findMarkedComments(client(), PR);
    expect(
      found.map((c) => [c.marker.key, c.marker.data.environments.staging?.fingerprint]),
    ).toEqual([
      ['tofu-plan:staging', 'fp-s'],
      ['tofu-plan:production', 'fp-p'],
    ]);
    expect(found[0]?.author).toBe('github-actions[bot]');
  });
});
