import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubApiError } from '../../src/github/github-api-error.js';
import { createGitHubClient, nextLink, type GitHubClientOptions } from '../../src/github/rest.js';
import { startGitHubPeer, type GitHubPeer } from '../peers/github-peer.js';

const REPO = 'acme/infra';
const WRITE = 'ghs_writeTokenValue000000000000000000';
const READ = 'ghs_readTokenValue0000000000000000000';

let peer: GitHubPeer;
let sleeps: number[];

function client(extra: Partial<GitHubClientOptions> = {}) {
  return createGitHubClient({
    token: WRITE,
    apiUrl: peer.url,
    owner: 'acme',
    repo: 'infra',
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    ...extra,
  });
}

async function caught(p: Promise<unknown>): Promise<GitHubApiError> {
  try {
    await p;
  } catch (error) {
    expect(error).toBeInstanceOf(GitHubApiError);
    return error as GitHubApiError;
  }
  throw new Error('expected the call to fail');
}

beforeEach(async () => {
  peer = await startGitHubPeer({ tokens: { [WRITE]: 'write', [READ]: 'read' } });
  sleeps = [];
});
afterEach(async () => {
  await peer.close();
});

describe('pagination', () => {
  it('lists all 250 comments in order over three pages, following the Link header', async () => {
    for (let i = 1; i <= 250; i++) peer.state.addComment(REPO, 7, `comment ${i}`);
    const comments = await client().listIssueComments(7);
    expect(comments.map((c) => c.body)).toEqual(
      Array.from({ length: 250 }, (_, i) => `comment ${i + 1}`),
    );
    const gets = peer.requests.filter((r) => r.method === 'GET');
    expect(gets).toHaveLength(3);
    expect(gets.every((r) => r.query.per_page === '100')).toBe(true);
    // GitHub's next links point at /repositories/{id}/...: the client follows them as given.
    expect(gets[1]?.path).toMatch(/^\/repositories\/\d+\/issues\/7\/comments$/);
    expect(gets.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
  });

  it('reads one page when everything fits', async () => {
    peer.state.addComment(REPO, 1, 'only');
    expect(await client().listIssueComments(1)).toHaveLength(1);
    expect(peer.requests).toHaveLength(1);
  });

  it('parses Link headers', () => {
    expect(
      nextLink(
        '<https://api.github.com/repositories/1/issues/1/comments?page=3>; rel="next", <https://api.github.com/repositories/1/issues/1/comments?page=5>; rel="last"',
      ),
    ).toBe('https://api.github.com/repositories/1/issues/1/comments?page=3');
    expect(nextLink('<https://x/y?page=1>; rel="prev"')).toBeUndefined();
    expect(nextLink(null)).toBeUndefined();
  });
});

describe('retries', () => {
  it('retries 502 with growing jittered backoff, then succeeds', async () => {
    peer.state.addPullRequest(REPO, { number: 3, headSha: 'a'.repeat(40) });
    peer.state.failNext(2, '502');
    const pr = await client().getPullRequest(3);
    expect(pr.number).toBe(3);
    expect(peer.requests.map((r) => r.status)).toEqual([502, 502, 200]);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[1]!).toBeGreaterThan(sleeps[0]!);
  });

  it('waits for retry-after on a secondary rate limit (403) and on 429', async () => {
    peer.state.failNext(1, 'secondary-rate-limit', { retryAfterSeconds: 7 });
    peer.state.failNext(1, '429', { retryAfterSeconds: 2 });
    await client().listIssueLabels(1);
    expect(peer.requests.map((r) => r.status)).toEqual([403, 429, 200]);
    expect(sleeps[0]).toBeGreaterThanOrEqual(7000);
    expect(sleeps[1]).toBeGreaterThanOrEqual(2000);
    expect(sleeps[1]).toBeLessThan(7000);
  });

  it('waits for the reset on x-ratelimit-remaining: 0', async () => {
    peer.state.failNext(1, 'primary-rate-limit', { retryAfterSeconds: 5 });
    await client().listIssueLabels(1);
    expect(peer.requests.map((r) => r.status)).toEqual([403, 200]);
    expect(sleeps[0]).toBeGreaterThanOrEqual(3000);
  });

  it('fails when the server asks for a longer wait than allowed', async () => {
    peer.state.failNext(1, 'secondary-rate-limit', { retryAfterSeconds: 3600 });
    const error = await caught(client({ maxDelayMs: 60_000 }).listIssueLabels(1));
    expect(error.kind).toBe('rate-limited');
    expect(sleeps).toEqual([]);
  });

  it('retries a connection reset', async () => {
    peer.state.failNext(1, 'reset');
    const comments = await client().listIssueComments(4);
    expect(comments).toEqual([]);
    expect(sleeps).toHaveLength(1);
  });

  it('gives up after maxAttempts with the last error', async () => {
    peer.state.failNext(10, '502');
    const error = await caught(client({ maxAttempts: 3 }).listIssueLabels(1));
    expect(error.status).toBe(502);
    expect(error.kind).toBe('server');
    expect(peer.requests).toHaveLength(3);
  });

  it('does not retry an ambiguous create when told not to', async () => {
    peer.state.failNext(1, '502');
    const error = await caught(client().createIssueComment(1, 'x', { retryAmbiguous: false }));
    expect(error.status).toBe(502);
    expect(error.ambiguous).toBe(true);
    expect(peer.requests).toHaveLength(1);
  });
});

describe('errors that fail at once', () => {
  it('403 for a read-only token: typed, writeDenied, not retried', async () => {
    const error = await caught(client({ token: READ }).createIssueComment(5, 'hello'));
    expect(error.status).toBe(403);
    expect(error.kind).toBe('forbidden');
    expect(error.writeDenied).toBe(true);
    expect(error.apiMessage).toBe('Resource not accessible by integration');
    expect(error.message).toContain('POST /repos/acme/infra/issues/5/comments');
    expect(error.documentationUrl).toMatch(/^https:\/\/docs\.github\.com\//);
    expect(peer.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it("422 for a body over 65,536 characters, with GitHub's reason", async () => {
    const error = await caught(client().createIssueComment(5, 'x'.repeat(65_537)));
    expect(error.status).toBe(422);
    expect(error.kind).toBe('validation');
    expect(error.message).toMatch(/body is too long \(maximum is 65536 characters\)/i);
    expect(peer.requests).toHaveLength(1);
    expect(peer.state.comments(REPO, 5)).toEqual([]);
  });

  it('404 and 401 are typed', async () => {
    expect((await caught(client().getPullRequest(999))).kind).toBe('not-found');
    const unauthorized = await caught(client({ token: 'ghs_unknown' }).listIssueComments(1));
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.kind).toBe('unauthorized');
  });
});

describe('the token', () => {
  it('is sent as a bearer token with the API version header', async () => {
    await client().listIssueLabels(1);
    expect(peer.requests[0]?.token).toBe(WRITE);
    expect(peer.requests[0]?.headers['x-github-api-version']).toBe('2022-11-28');
    expect(peer.requests[0]?.headers.accept).toBe('application/vnd.github+json');
  });

  it('never appears in error messages', async () => {
    const secret = 'ghs_ThisIsTheSecretTokenValue12345';
    const errors: GitHubApiError[] = [];
    // Unknown token (401), a refused connection, and a fetch whose own error echoes the token.
    errors.push(await caught(client({ token: secret }).listIssueComments(1)));
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    errors.push(
      await caught(
        client({
          token: secret,
          apiUrl: `http://127.0.0.1:${port}`,
          maxAttempts: 2,
        }).listIssueComments(1),
      ),
    );
    const leaky: typeof fetch = async (_url, init) => {
      const auth = new Headers(init?.headers).get('authorization');
      throw Object.assign(new Error(`socket hang up while sending ${auth}`), {
        code: 'ECONNRESET',
      });
    };
    errors.push(
      await caught(client({ token: secret, fetch: leaky, maxAttempts: 2 }).getPullRequest(1)),
    );
    expect(errors.map((e) => e.kind)).toEqual(['unauthorized', 'network', 'network']);
    for (const e of errors) {
      expect(e.message).not.toContain(secret);
      expect(JSON.stringify(e)).not.toContain(secret);
      expect(String(e.stack)).not.toContain(secret);
    }
  });

  it('is never sent to another host named by a Link header', async () => {
    const calls: string[] = [];
    const fakeFetch: typeof fetch = async (url) => {
      calls.push(String(url));
      return new Response('[]', {
        status: 200,
        headers: { link: '<https://evil.example/steal?page=2>; rel="next"' },
      });
    };
    await expect(
      client({ apiUrl: 'https://api.github.com', fetch: fakeFetch }).listIssueComments(1),
    ).rejects.toThrow(/refusing to follow https:\/\/evil\.example/);
    expect(calls).toHaveLength(1);
  });

  it('works under a GHES API path prefix', async () => {
    const seen: string[] = [];
    const fakeFetch: typeof fetch = async (url) => {
      seen.push(String(url));
      return new Response(JSON.stringify([]), { status: 200 });
    };
    await client({ apiUrl: 'https://ghe.example.com/api/v3/', fetch: fakeFetch }).listIssueLabels(
      2,
    );
    expect(seen).toEqual([
      'https://ghe.example.com/api/v3/repos/acme/infra/issues/2/labels?per_page=100',
    ]);
  });
});

describe('pull requests', () => {
  it('maps a merge commit to its PR', async () => {
    const merge = 'c'.repeat(40);
    peer.state.addPullRequest(REPO, {
      number: 12,
      headSha: 'b'.repeat(40),
      state: 'closed',
      mergedAt: '2026-11-20T10:00:00Z',
      mergeCommitSha: merge,
    });
    peer.state.addPullRequest(REPO, { number: 13, headSha: 'd'.repeat(40) });
    const prs = await client().listPullRequestsForCommit(merge);
    expect(prs.map((p) => p.number)).toEqual([12]);
    expect(prs[0]?.merged_at).toBe('2026-11-20T10:00:00Z');
    expect(prs[0]?.head.sha).toBe('b'.repeat(40));
    expect(await client().listPullRequestsForCommit('e'.repeat(40))).toEqual([]);
  });
});
