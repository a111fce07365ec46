import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatMarker } from '../../src/github/marker.js';
import { MemoryHost } from '../../src/github/memory-host.js';
import { publishComment } from '../../src/github/publish-comment.js';
import { commandContext } from '../fixtures/command-context.js';
import { writePullRequestEvent } from '../fixtures/pull-request-event.js';
import { startGitHubPeer, type GitHubPeer } from '../peers/github-peer.js';

const REPO = 'acme/infra';
const KEY = 'Plan:staging';
const HEAD = 'a'.repeat(40);

let peer: GitHubPeer;
beforeEach(async () => {
  peer = await startGitHubPeer();
});
afterEach(async () => {
  await peer.close();
});

function context(pr: number) {
  const dir = mkdtempSync(join(tmpdir(), 'publish-'));
  const event = writePullRequestEvent(dir, { number: pr, headSha: HEAD, repo: REPO });
  const host = new MemoryHost(
    { 'github-token': 'write-token' },
    {
      workspace: dir,
      env: {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: REPO,
        GITHUB_API_URL: peer.url,
      },
    },
  );
  return { host, ctx: commandContext(host) };
}

const body = (fingerprint: string, sha = HEAD) =>
  `${formatMarker(KEY, { v: 1, sha, environments: { staging: { fingerprint, status: 'planned' } } })}\n## Plan\n`;
const warnings = (host: MemoryHost) =>
  host.annotations.filter((a) => a.level === 'warning').map((a) => a.message);

describe('publishComment', () => {
  it('posts nothing to a merged pull request, and says so', async () => {
    peer.state.addPullRequest(REPO, {
      number: 5,
      headSha: HEAD,
      state: 'closed',
      mergedAt: '2026-11-20T10:00:00Z',
      mergeCommitSha: 'm'.repeat(40),
    });
    const { host, ctx } = context(5);
    expect(await publishComment(ctx, KEY, () => body('sha256:late'))).toBe('skipped');
    expect(peer.state.comments(REPO, 5)).toEqual([]);
    expect(warnings(host).join('\n')).toMatch(
      /Pull request #5 is merged: the plans of this run were not posted to it/,
    );
  });

  it('posts nothing to a closed pull request either', async () => {
    peer.state.addPullRequest(REPO, { number: 6, headSha: HEAD, state: 'closed' });
    const { host, ctx } = context(6);
    expect(await publishComment(ctx, KEY, () => body('sha256:x'))).toBe('skipped');
    expect(warnings(host).join('\n')).toMatch(/Pull request #6 is closed/);
  });

  it("posts to an open one, beside an outsider's comment that starts with its marker", async () => {
    peer.state.addPullRequest(REPO, { number: 7, headSha: HEAD });
    const outsider = peer.state.addComment(REPO, 7, body('sha256:forged', 'b'.repeat(40)), {
      login: 'mallory',
    });
    const { ctx } = context(7);
    expect(await publishComment(ctx, KEY, () => body('sha256:real'))).toBe('created');
    const comments = peer.state.comments(REPO, 7);
    expect(comments).toHaveLength(2);
    expect(outsider.body).toBe(body('sha256:forged', 'b'.repeat(40)));
    expect(comments.find((c) => c.id !== outsider.id)?.user.login).toBe('github-actions[bot]');
  });

  it('posts anyway when the pull request cannot be read, and says so in a warning', async () => {
    peer.state.addPullRequest(REPO, { number: 8, headSha: HEAD });
    // Rate limited for an hour: longer than the client waits, so it gives up at once.
    peer.state.failNext(1, 'primary-rate-limit', { retryAfterSeconds: 3600, path: /\/pulls\/8$/ });
    const { host, ctx } = context(8);
    expect(await publishComment(ctx, KEY, () => body('sha256:x'))).toBe('created');
    expect(peer.state.comments(REPO, 8)).toHaveLength(1);
    expect(warnings(host).join('\n')).toMatch(
      /Pull request #8 could not be read \(.*API rate limit exceeded.*\): the plan comment is posted anyway/,
    );
  });
});
