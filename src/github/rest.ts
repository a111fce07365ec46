import { backoffDelayMs } from '../util/retry.js';
import { realClock } from './host.js';
import { TRANSIENT_NETWORK_CODES } from '../util/network-errors.js';
import { GitHubApiError, isGitHubApiError, type GitHubErrorKind } from './github-api-error.js';
import type { GitHubUser, IssueComment, Label, PullRequest } from './rest-types.js';

/**
 * A small GitHub REST client on the global `fetch`: only the calls this project makes, typed,
 * paginated and retried the way GitHub asks (no octokit: start-up stays cheap).
 *
 * Retried with jittered backoff: 5xx, secondary rate limits (403/429 with `retry-after` or
 * `x-ratelimit-remaining: 0`) and network resets. Failing at once with a `GitHubApiError`:
 * 401, 403 (write denied: fork or read-only token), 404, 422 and every other 4xx.
 * The token never appears in an error message.
 */

export interface GitHubClientOptions {
  token: string;
  /** e.g. https://api.github.com or https://ghe.example.com/api/v3 (GITHUB_API_URL). */
  apiUrl: string;
  owner: string;
  repo: string;
  fetch?: typeof fetch;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** [0, 1) for the jitter; injectable so tests know the delays. */
  random?: () => number;
  /** Attempts per call, the first included. Default 5. */
  maxAttempts?: number;
  /** First backoff ceiling, doubling per attempt. Default 1 s. */
  baseDelayMs?: number;
  /** The longest single wait (also for `retry-after`); asked to wait longer, the call fails. Default 60 s. */
  maxDelayMs?: number;
  /** Called before each wait: for a debug log line. */
  onRetry?: (info: {
    method: string;
    path: string;
    attempt: number;
    delayMs: number;
    reason: string;
  }) => void;
  signal?: AbortSignal;
  userAgent?: string;
}

export interface RequestOptions {
  body?: unknown;
  /**
   * Retry after an ambiguous failure (5xx, connection reset after sending)? Default true.
   * Callers creating things that must not be duplicated pass false and check for themselves.
   */
  retryAmbiguous?: boolean;
  /** Extra headers (e.g. a different Accept). */
  headers?: Record<string, string>;
}

export interface GitHubResponse<T> {
  status: number;
  data: T;
  headers: Headers;
}

export interface GitHubClient {
  readonly owner: string;
  readonly repo: string;
  /** Any call: `path` is relative to the API root (`/repos/o/r/...`) or an absolute URL on the same host. */
  request<T>(method: string, path: string, options?: RequestOptions): Promise<GitHubResponse<T>>;
  /** Every item of a list endpoint, following `Link: rel="next"` (per_page=100). */
  paginate<T>(path: string): Promise<T[]>;
  listIssueComments(issueNumber: number): Promise<IssueComment[]>;
  getIssueComment(commentId: number): Promise<IssueComment>;
  createIssueComment(
    issueNumber: number,
    body: string,
    options?: Pick<RequestOptions, 'retryAmbiguous'>,
  ): Promise<IssueComment>;
  updateIssueComment(commentId: number, body: string): Promise<IssueComment>;
  /** PRs that contain the commit (for a merge commit on main: the PR it merged). */
  listPullRequestsForCommit(sha: string): Promise<PullRequest[]>;
  getPullRequest(pullNumber: number): Promise<PullRequest>;
  listIssueLabels(issueNumber: number): Promise<Label[]>;
  /** Adds labels (GitHub creates unknown ones with a grey colour); returns the issue's labels. */
  addIssueLabels(issueNumber: number, labels: string[]): Promise<Label[]>;
  /** Removes one label; a label that is not there is not an error. */
  removeIssueLabel(issueNumber: number, name: string): Promise<void>;
  getLabel(name: string): Promise<Label | undefined>;
  createLabel(label: { name: string; color?: string; description?: string }): Promise<Label>;
  /** The repository label, created when missing (404 → create; a racing create is fine). */
  ensureLabel(label: { name: string; color?: string; description?: string }): Promise<Label>;
  /** The user a personal access token belongs to; 403 for the job token or an app's token. */
  getAuthenticatedUser(): Promise<GitHubUser>;
}

/** Failures where the request certainly never reached the server. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'EAI_AGAIN',
  'ENOTFOUND',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function errorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** `Link: <url>; rel="next", <url>; rel="last"` → the next URL. */
export function nextLink(link: string | null): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
    if (m && m[2]?.split(/\s+/).includes('next')) return m[1];
  }
  return undefined;
}

interface Attempt<T> {
  ok?: GitHubResponse<T>;
  error?: GitHubApiError;
  /** Retry after this many ms (undefined: do not retry). */
  retryInMs?: number | 'backoff';
  reason?: string;
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const { token, owner, repo } = options;
  if (!token) throw new Error('createGitHubClient: a token is required');
  const doFetch = options.fetch ?? globalThis.fetch;
  const sleep = options.sleep ?? realClock.sleep;
  const random = options.random ?? Math.random;
  const maxAttempts = options.maxAttempts ?? 5;
  const baseDelayMs = options.baseDelayMs ?? 1000;
  const maxDelayMs = options.maxDelayMs ?? 60_000;
  const apiRoot = new URL(options.apiUrl.replace(/\/+$/, '') + '/');
  const repoPath = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;

  const redact = (text: string) => text.split(token).join('***');

  function resolveUrl(path: string): { url: URL; shown: string } {
    if (/^https?:\/\//i.test(path)) {
      const url = new URL(path);
      // Never send the token to another host (a Link header pointing elsewhere, say).
      if (url.origin !== apiRoot.origin)
        throw new Error(`GitHub API: refusing to follow ${url.origin}, not ${apiRoot.origin}`);
      return { url, shown: url.pathname.slice(apiRoot.pathname.length - 1) + url.search };
    }
    const url = new URL(path.replace(/^\/+/, ''), apiRoot);
    return { url, shown: path };
  }

  async function attempt<T>(
    method: string,
    url: URL,
    shown: string,
    opts: RequestOptions,
  ): Promise<Attempt<T>> {
    const headers: Record<string, string> = {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${token}`,
      'x-github-api-version': '2022-11-28',
      'user-agent': options.userAgent ?? 'tofu-aws-action',
      ...opts.headers,
    };
    let body: string | undefined;
    if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers['content-type'] = 'application/json; charset=utf-8';
    }
    let response: Response;
    try {
      response = await doFetch(url, { method, headers, body, signal: options.signal });
    } catch (error) {
      const code = errorCode(error);
      const aborted = options.signal?.aborted || (error as Error)?.name === 'AbortError';
      const ambiguous = !(code && NOT_SENT_CODES.has(code));
      const message = aborted
        ? 'request aborted'
        : `network error${code ? ` ${code}` : ''}: ${redact((error as Error)?.message ?? String(error))}`;
      const err = new GitHubApiError({
        status: 0,
        kind: 'network',
        method,
        path: shown,
        apiMessage: message,
        ambiguous: !aborted && ambiguous,
      });
      const transient = !aborted && (code === undefined || TRANSIENT_NETWORK_CODES.has(code));
      if (!transient || (ambiguous && opts.retryAmbiguous === false)) return { error: err };
      return { error: err, retryInMs: 'backoff', reason: code ?? 'network error' };
    }

    const text = await response.text().catch(() => '');
    let data: unknown = undefined;
    if (text) {
      try {
        data = JSON.parse(text);
      } catch {
        data = text;
      }
    }
    if (response.ok)
      return { ok: { status: response.status, data: data as T, headers: response.headers } };

    const status = response.status;
    const payload = (data && typeof data === 'object' ? data : {}) as {
      message?: unknown;
      documentation_url?: unknown;
      errors?: unknown;
    };
    let apiMessage =
      typeof payload.message === 'string'
        ? payload.message
        : response.statusText || `HTTP ${status}`;
    if (Array.isArray(payload.errors)) {
      const details = payload.errors
        .map((e) =>
          typeof e === 'string' ? e : typeof e?.message === 'string' ? e.message : e?.code,
        )
        .filter((s): s is string => typeof s === 'string' && s.length > 0);
      if (details.length) apiMessage += `: ${details.join('; ')}`;
    }
    apiMessage = redact(apiMessage.replace(/\s+/g, ' ').trim());

    const retryAfter = Number(response.headers.get('retry-after'));
    const remaining = response.headers.get('x-ratelimit-remaining');
    const reset = Number(response.headers.get('x-ratelimit-reset'));
    const secondary = /secondary rate limit|abuse/i.test(apiMessage);
    const rateLimited =
      status === 429 ||
      (status === 403 && (response.headers.has('retry-after') || remaining === '0' || secondary));

    const kind: GitHubErrorKind = rateLimited
      ? 'rate-limited'
      : status === 401
        ? 'unauthorized'
        : status === 403
          ? 'forbidden'
          : status === 404
            ? 'not-found'
            : status === 422
              ? 'validation'
              : status >= 500
                ? 'server'
                : 'client';
    const error = new GitHubApiError({
      status,
      kind,
      method,
      path: shown,
      apiMessage,
      documentationUrl:
        typeof payload.documentation_url === 'string' ? payload.documentation_url : undefined,
      requestId: response.headers.get('x-github-request-id') ?? undefined,
      ambiguous: status >= 500,
    });

    if (rateLimited) {
      let waitMs: number | 'backoff' = 'backoff';
      if (Number.isFinite(retryAfter) && response.headers.has('retry-after'))
        waitMs = Math.max(0, retryAfter * 1000);
      else if (remaining === '0' && Number.isFinite(reset) && reset > 0)
        waitMs = Math.max(0, reset * 1000 - Date.now()) + 1000;
      if (waitMs !== 'backoff' && waitMs > maxDelayMs) return { error };
      return { error, retryInMs: waitMs, reason: `${status} rate limited` };
    }
    if (status >= 500) {
      if (opts.retryAmbiguous === false) return { error };
      return { error, retryInMs: 'backoff', reason: `${status}` };
    }
    return { error };
  }

  async function request<T>(
    method: string,
    path: string,
    opts: RequestOptions = {},
  ): Promise<GitHubResponse<T>> {
    const { url, shown } = resolveUrl(path);
    for (let n = 1; ; n++) {
      const result = await attempt<T>(method, url, shown, opts);
      if (result.ok) return result.ok;
      const error = result.error as GitHubApiError;
      if (result.retryInMs === undefined || n >= maxAttempts || options.signal?.aborted)
        throw error;
      const delayMs =
        result.retryInMs === 'backoff'
          ? backoffDelayMs(n, baseDelayMs, maxDelayMs, random)
          : Math.round(result.retryInMs + random() * Math.min(1000, baseDelayMs));
      options.onRetry?.({ method, path: shown, attempt: n, delayMs, reason: result.reason ?? '' });
      await sleep(delayMs, options.signal);
      if (options.signal?.aborted) throw error;
    }
  }

  async function paginate<T>(path: string): Promise<T[]> {
    const sep = path.includes('?') ? '&' : '?';
    let next: string | undefined = /[?&]per_page=/.test(path) ? path : `${path}${sep}per_page=100`;
    const items: T[] = [];
    while (next) {
      const page: GitHubResponse<T[]> = await request<T[]>('GET', next);
      if (!Array.isArray(page.data))
        throw new Error(`GitHub API GET ${path}: expected a list, got ${typeof page.data}`);
      items.push(...page.data);
      next = nextLink(page.headers.get('link'));
    }
    return items;
  }

  const issue = (n: number) => `${repoPath}/issues/${n}`;
  const labelPath = (name: string) => `${repoPath}/labels/${encodeURIComponent(name)}`;

  async function getLabel(name: string): Promise<Label | undefined> {
    try {
      return (await request<Label>('GET', labelPath(name))).data;
    } catch (error) {
      if (isGitHubApiError(error) && error.status === 404) return undefined;
      throw error;
    }
  }

  async function createLabel(label: {
    name: string;
    color?: string;
    description?: string;
  }): Promise<Label> {
    const body = {
      name: label.name,
      color: (label.color ?? 'ededed').replace(/^#/, ''),
      ...(label.description !== undefined ? { description: label.description } : {}),
    };
    return (await request<Label>('POST', `${repoPath}/labels`, { body })).data;
  }

  return {
    owner,
    repo,
    request,
    paginate,
    listIssueComments: (n) => paginate<IssueComment>(`${issue(n)}/comments`),
    getIssueComment: async (id) =>
      (await request<IssueComment>('GET', `${repoPath}/issues/comments/${id}`)).data,
    createIssueComment: async (n, body, opts) =>
      (
        await request<IssueComment>('POST', `${issue(n)}/comments`, {
          body: { body },
          retryAmbiguous: opts?.retryAmbiguous,
        })
      ).data,
    updateIssueComment: async (id, body) =>
      (
        await request<IssueComment>('PATCH', `${repoPath}/issues/comments/${id}`, {
          body: { body },
        })
      ).data,
    listPullRequestsForCommit: (sha) =>
      paginate<PullRequest>(`${repoPath}/commits/${encodeURIComponent(sha)}/pulls`),
    getPullRequest: async (n) => (await request<PullRequest>('GET', `${repoPath}/pulls/${n}`)).data,
    listIssueLabels: (n) => paginate<Label>(`${issue(n)}/labels`),
    addIssueLabels: async (n, labels) =>
      (await request<Label[]>('POST', `${issue(n)}/labels`, { body: { labels } })).data,
    removeIssueLabel: async (n, name) => {
      try {
        await request('DELETE', `${issue(n)}/labels/${encodeURIComponent(name)}`);
      } catch (error) {
        if (isGitHubApiError(error) && error.status === 404) return;
        throw error;
      }
    },
    getLabel,
    createLabel,
    ensureLabel: async (label) => {
      const existing = await getLabel(label.name);
      if (existing) return existing;
      try {
        return await createLabel(label);
      } catch (error) {
        // Someone else created it between our GET and POST: 422 already_exists.
        if (isGitHubApiError(error) && error.status === 422) {
          const now = await getLabel(label.name);
          if (now) return now;
        }
        throw error;
      }
    },
    getAuthenticatedUser: async () => (await request<GitHubUser>('GET', '/user')).data,
  };
}
