import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncLabels } from '../../src/github/labels.js';
import { createGitHubClient } from '../../src/github/rest.js';
import { startGitHubPeer, type GitHubPeer } from '../peers/github-peer.js';

const REPO = 'acme/infra';
let peer: GitHubPeer;

const client = (token = 'write-token') =>
  createGitHubClient({
    token,
    apiUrl: peer.url,
    owner: 'acme',
    repo: 'infra',
    sleep: async () => {},
  });

beforeEach(async () => {
  peer = await startGitHubPeer();
});
afterEach(async () => {
  await peer.close();
});

describe('syncLabels', () => {
  const managed = ['tofu:changes', 'tofu:no-changes', 'tofu:destroy', 'tofu:failed'];

  it('adds the wanted labels, removes stale managed ones, leaves the others', async () => {
    peer.state.addRepoLabel(REPO, { name: 'bug' });
    peer.state.addRepoLabel(REPO, { name: 'tofu:no-changes' });
    await client().addIssueLabels(9, ['bug', 'tofu:no-changes']);
    peer.requests.length = 0;

    const result = await syncLabels(client(), 9, ['tofu:changes', 'tofu:destroy'], managed);
    expect(result).toEqual({
      added: ['tofu:changes', 'tofu:destroy'],
      removed: ['tofu:no-changes'],
    });
    expect(peer.state.issueLabels(REPO, 9).sort()).toEqual(['bug', 'tofu:changes', 'tofu:destroy']);

    peer.requests.length = 0;
    const again = await syncLabels(client(), 9, ['tofu:changes', 'tofu:destroy'], managed);
    expect(again).toEqual({ added: [], removed: [] });
    expect(peer.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('compares names case-insensitively, as GitHub does', async () => {
    await client().addIssueLabels(9, ['Tofu:Changes']);
    const result = await syncLabels(client(), 9, ['tofu:changes'], managed);
    expect(result).toEqual({ added: [], removed: [] });
  });

  it('creates a missing label with its colour and description first (404 → create)', async () => {
    const result = await syncLabels(client(), 9, ['tofu:destroy'], managed, {
      'tofu:destroy': { color: '#d73a4a', description: 'The plan destroys resources' },
    });
    expect(result.added).toEqual(['tofu:destroy']);
    const label = peer.state.repo(REPO).labels.find((l) => l.name === 'tofu:destroy');
    expect(label).toMatchObject({ color: 'd73a4a', description: 'The plan destroys resources' });
    expect(peer.requests.map((r) => `${r.method} ${r.status}`)).toEqual([
      'GET 200', // the issue's labels
      'GET 404', // the repository label
      'POST 201', // created
      'POST 200', // added to the issue
    ]);
  });

  it('ensureLabel survives a racing create (422 already_exists)', async () => {
    const c = client();
    const racing = createGitHubClient({
      token: 'write-token',
      apiUrl: peer.url,
      owner: 'acme',
      repo: 'infra',
      fetch: async (url, init) => {
        // Someone creates the label between our GET (404) and our POST.
        if (init?.method === 'POST')
          peer.state.addRepoLabel(REPO, { name: 'tofu:changes', color: '0e8a16' });
        return fetch(url, init);
      },
    });
    const label = await racing.ensureLabel({ name: 'tofu:changes', color: 'fbca04' });
    expect(label.color).toBe('0e8a16');
    expect((await c.getLabel('tofu:changes'))?.name).toBe('tofu:changes');
  });

  it('fails with a typed 403 for a read-only token', async () => {
    await expect(
      syncLabels(client('read-token'), 9, ['tofu:changes'], managed),
    ).rejects.toMatchObject({
      status: 403,
      kind: 'forbidden',
    });
  });
});
