import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A local GitHub REST peer (127.0.0.1, port 0) with in-memory state, answering the endpoints this
 * project calls with GitHub's response shapes: issue comments (paginated with real `Link`
 * headers, which GitHub writes with `/repositories/{id}/...` paths), commit → PRs, PRs, issue and
 * repository labels. Tokens map to 'write' or 'read'; a read token gets GitHub's 403 on writes,
 * a missing/unknown one 401. A token may be a user's (a personal access token): `GET /user`
 * answers that user and its comments are theirs; any other token is an installation's (the job
 * token), whose `GET /user` is 403. Every request is recorded; the next N requests can be made to
 * fail.
 */

/**
 * 'pull-requests': writes comments and sets existing labels but may not create repository
 * labels (GitHub's GITHUB_TOKEN with pull-requests: write and no issues: write).
 */
export type TokenAccess = 'write' | 'read' | 'pull-requests';
export type FailureMode =
  '502' | '500' | 'secondary-rate-limit' | '429' | 'primary-rate-limit' | 'reset';

export interface PeerUser {
  login: string;
  id: number;
  node_id: string;
  avatar_url: string;
  gravatar_id: string;
  url: string;
  html_url: string;
  followers_url: string;
  following_url: string;
  gists_url: string;
  starred_url: string;
  subscriptions_url: string;
  organizations_url: string;
  repos_url: string;
  events_url: string;
  received_events_url: string;
  type: 'User' | 'Bot' | 'Organization';
  user_view_type: 'public';
  site_admin: boolean;
}

export interface PeerComment {
  id: number;
  issueNumber: number;
  body: string;
  user: PeerUser;
  createdAt: string;
  updatedAt: string;
  authorAssociation: string;
}

export interface PeerLabel {
  id: number;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export interface PeerPullRequest {
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  draft: boolean;
  headSha: string;
  headRef: string;
  baseRef: string;
  baseSha: string;
  /** Where the head branch lives (a fork: another full name). */
  headRepo: string;
  user: PeerUser;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  mergedAt: string | null;
  mergeCommitSha: string | null;
  /** Commits that `/commits/{sha}/pulls` maps to this PR (head, merge commit and these). */
  commits: string[];
}

export interface PeerRepo {
  id: number;
  owner: string;
  name: string;
  fullName: string;
  comments: PeerComment[];
  pulls: Map<number, PeerPullRequest>;
  labels: PeerLabel[];
  issueLabels: Map<number, string[]>;
}

export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  /** The bearer token sent, if any. */
  token: string | undefined;
  body: unknown;
  status: number;
}

/** The user a personal access token belongs to. */
export interface PeerTokenUser {
  login: string;
  /** The author_association of the comments the token writes; default NONE. */
  association?: string;
}

export interface GitHubPeerOptions {
  /** token → access; default `{ 'write-token': 'write', 'read-token': 'read' }`. */
  tokens?: Record<string, TokenAccess>;
  /** Who writes the comments; default github-actions[bot] as with GITHUB_TOKEN. */
  login?: string;
  /** token → its user, for personal access tokens (give the token an access in `tokens`). */
  users?: Record<string, PeerTokenUser>;
  /** The clock for created_at/updated_at; default real time. */
  now?: () => Date;
  /** The web host used in html_url; default https://github.com. */
  htmlUrl?: string;
}

export interface PeerState {
  tokens: Map<string, TokenAccess>;
  /** token → its user (personal access tokens); other tokens are installations'. */
  users: Map<string, PeerTokenUser>;
  repos: Map<string, PeerRepo>;
  /** The repository `owner/name`, created on first use. */
  repo(fullName: string): PeerRepo;
  /** The comments on one issue/PR, oldest first. */
  comments(fullName: string, issueNumber: number): PeerComment[];
  addComment(
    fullName: string,
    issueNumber: number,
    body: string,
    options?: { login?: string; createdAt?: string; authorAssociation?: string },
  ): PeerComment;
  addPullRequest(
    fullName: string,
    pr: Partial<Omit<PeerPullRequest, 'user'>> & { number: number; headSha: string },
  ): PeerPullRequest;
  /** Label names on the issue. */
  issueLabels(fullName: string, issueNumber: number): string[];
  addRepoLabel(
    fullName: string,
    label: { name: string; color?: string; description?: string },
  ): PeerLabel;
  /** The next `count` requests fail this way (then normal service resumes). */
  failNext(
    count: number,
    mode: FailureMode,
    options?: {
      retryAfterSeconds?: number;
      /** 5xx only: handle the request (a comment does get created) and then answer the error, like a gateway timing out after the write. */
      afterHandling?: boolean;
      /** Only requests with this method (e.g. 'POST') fail; others pass untouched. */
      method?: string;
      /** Only requests whose path matches fail. */
      path?: RegExp;
    },
  ): void;
}

export interface GitHubPeer {
  url: string;
  state: PeerState;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const BOT_ID = 41898282;
const API_VERSION = '2022-11-28';
const MAX_BODY = 65536;

function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function nodeId(prefix: string, id: number): string {
  return `${prefix}_kwDO${Buffer.from(String(id)).toString('base64').replace(/=+$/, '')}`;
}

function hexSha(): string {
  return randomBytes(20).toString('hex');
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly payload: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(String(payload.message));
  }
}

export async function startGitHubPeer(options: GitHubPeerOptions = {}): Promise<GitHubPeer> {
  const now = options.now ?? (() => new Date());
  const htmlBase = (options.htmlUrl ?? 'https://github.com').replace(/\/$/, '');
  const defaultLogin = options.login ?? 'github-actions[bot]';
  const requests: RecordedRequest[] = [];
  let apiBase = '';
  let nextCommentId = 2_000_000_001;
  let nextLabelId = 5_000_000_001;
  let nextPullId = 1_800_000_001;
  let nextRepoId = 700_000_001;
  const failures: {
    mode: FailureMode;
    retryAfterSeconds: number;
    afterHandling: boolean;
    method?: string;
    path?: RegExp;
  }[] = [];

  function user(login: string): PeerUser {
    const bot = login.endsWith('[bot]');
    const id = bot && login === 'github-actions[bot]' ? BOT_ID : 1000 + (hash(login) % 900_000);
    const u = `${apiBase}/users/${encodeURIComponent(login)}`;
    return {
      login,
      id,
      node_id: bot ? `BOT_kgDO${id.toString(36)}` : nodeId('U', id),
      avatar_url: bot
        ? `https://avatars.githubusercontent.com/in/15368?v=4`
        : `https://avatars.githubusercontent.com/u/${id}?v=4`,
      gravatar_id: '',
      url: u,
      html_url: bot ? `${htmlBase}/apps/${login.replace(/\[bot\]$/, '')}` : `${htmlBase}/${login}`,
      followers_url: `${u}/followers`,
      following_url: `${u}/following{/other_user}`,
      gists_url: `${u}/gists{/gist_id}`,
      starred_url: `${u}/starred{/owner}{/repo}`,
      subscriptions_url: `${u}/subscriptions`,
      organizations_url: `${u}/orgs`,
      repos_url: `${u}/repos`,
      events_url: `${u}/events{/privacy}`,
      received_events_url: `${u}/received_events`,
      type: bot ? 'Bot' : 'User',
      user_view_type: 'public',
      site_admin: false,
    };
  }

  const state: PeerState = {
    tokens: new Map(
      Object.entries(options.tokens ?? { 'write-token': 'write', 'read-token': 'read' }),
    ),
    users: new Map(Object.entries(options.users ?? {})),
    repos: new Map(),
    repo(fullName) {
      let r = state.repos.get(fullName.toLowerCase());
      if (!r) {
        const [owner, name] = fullName.split('/');
        if (!owner || !name) throw new Error(`not a repository full name: ${fullName}`);
        r = {
          id: nextRepoId++,
          owner,
          name,
          fullName,
          comments: [],
          pulls: new Map(),
          labels: [],
          issueLabels: new Map(),
        };
        state.repos.set(fullName.toLowerCase(), r);
      }
      return r;
    },
    comments(fullName, issueNumber) {
      return state.repo(fullName).comments.filter((c) => c.issueNumber === issueNumber);
    },
    addComment(fullName, issueNumber, body, opts = {}) {
      const at = opts.createdAt ?? isoSeconds(now());
      const c: PeerComment = {
        id: nextCommentId++,
        issueNumber,
        body,
        user: user(opts.login ?? defaultLogin),
        createdAt: at,
        updatedAt: at,
        authorAssociation: opts.authorAssociation ?? 'NONE',
      };
      state.repo(fullName).comments.push(c);
      return c;
    },
    addPullRequest(fullName, pr) {
      const r = state.repo(fullName);
      const at = isoSeconds(now());
      const full: PeerPullRequest = {
        id: nextPullId++,
        title: `Pull request ${pr.number}`,
        body: null,
        state: 'open',
        draft: false,
        headRef: `feature-${pr.number}`,
        baseRef: 'main',
        baseSha: hexSha(),
        headRepo: r.fullName,
        createdAt: at,
        updatedAt: at,
        closedAt: null,
        mergedAt: null,
        mergeCommitSha: null,
        commits: [],
        ...pr,
        user: user('octocat'),
      };
      r.pulls.set(pr.number, full);
      return full;
    },
    issueLabels(fullName, issueNumber) {
      return [...(state.repo(fullName).issueLabels.get(issueNumber) ?? [])];
    },
    addRepoLabel(fullName, label) {
      const r = state.repo(fullName);
      const l: PeerLabel = {
        id: nextLabelId++,
        name: label.name,
        color: (label.color ?? 'ededed').replace(/^#/, ''),
        description: label.description ?? null,
        default: false,
      };
      r.labels.push(l);
      return l;
    },
    failNext(count, mode, opts = {}) {
      for (let i = 0; i < count; i++)
        failures.push({
          mode,
          retryAfterSeconds: opts.retryAfterSeconds ?? 1,
          afterHandling: opts.afterHandling ?? false,
          method: opts.method?.toUpperCase(),
          path: opts.path,
        });
    },
  };

  // ---- response shapes -------------------------------------------------------------------

  const repoApi = (r: PeerRepo) => `${apiBase}/repos/${r.fullName}`;
  const isPull = (r: PeerRepo, n: number) => r.pulls.has(n);

  function commentJson(r: PeerRepo, c: PeerComment) {
    const url = `${repoApi(r)}/issues/comments/${c.id}`;
    return {
      url,
      html_url: `${htmlBase}/${r.fullName}/${isPull(r, c.issueNumber) ? 'pull' : 'issues'}/${c.issueNumber}#issuecomment-${c.id}`,
      issue_url: `${repoApi(r)}/issues/${c.issueNumber}`,
      id: c.id,
      node_id: nodeId('IC', c.id),
      user: c.user,
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      body: c.body,
      author_association: c.authorAssociation,
      reactions: {
        url: `${url}/reactions`,
        total_count: 0,
        '+1': 0,
        '-1': 0,
        laugh: 0,
        hooray: 0,
        confused: 0,
        heart: 0,
        rocket: 0,
        eyes: 0,
      },
      performed_via_github_app: null,
    };
  }

  function labelJson(r: PeerRepo, l: PeerLabel) {
    return {
      id: l.id,
      node_id: nodeId('LA', l.id),
      url: `${repoApi(r)}/labels/${encodeURIComponent(l.name)}`,
      name: l.name,
      color: l.color,
      default: l.default,
      description: l.description,
    };
  }

  function repoJson(r: PeerRepo, fullName = r.fullName) {
    const [owner, name] = fullName.split('/') as [string, string];
    return {
      id: fullName === r.fullName ? r.id : r.id + 1,
      node_id: nodeId('R', r.id),
      name,
      full_name: fullName,
      private: false,
      owner: user(owner),
      html_url: `${htmlBase}/${fullName}`,
      fork: fullName !== r.fullName,
      url: `${apiBase}/repos/${fullName}`,
      default_branch: 'main',
    };
  }

  function prJson(r: PeerRepo, p: PeerPullRequest, full: boolean) {
    const url = `${repoApi(r)}/pulls/${p.number}`;
    const labels = (r.issueLabels.get(p.number) ?? [])
      .map((n) => r.labels.find((l) => l.name === n))
      .filter((l): l is PeerLabel => !!l)
      .map((l) => labelJson(r, l));
    const simple = {
      url,
      id: p.id,
      node_id: nodeId('PR', p.id),
      html_url: `${htmlBase}/${r.fullName}/pull/${p.number}`,
      diff_url: `${htmlBase}/${r.fullName}/pull/${p.number}.diff`,
      patch_url: `${htmlBase}/${r.fullName}/pull/${p.number}.patch`,
      issue_url: `${repoApi(r)}/issues/${p.number}`,
      commits_url: `${url}/commits`,
      review_comments_url: `${url}/comments`,
      review_comment_url: `${repoApi(r)}/pulls/comments{/number}`,
      comments_url: `${repoApi(r)}/issues/${p.number}/comments`,
      statuses_url: `${repoApi(r)}/statuses/${p.headSha}`,
      number: p.number,
      state: p.state,
      locked: false,
      title: p.title,
      user: p.user,
      body: p.body,
      labels,
      milestone: null,
      active_lock_reason: null,
      created_at: p.createdAt,
      updated_at: p.updatedAt,
      closed_at: p.closedAt,
      merged_at: p.mergedAt,
      merge_commit_sha: p.mergeCommitSha,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: {
        label: `${p.headRepo.split('/')[0]}:${p.headRef}`,
        ref: p.headRef,
        sha: p.headSha,
        user: user(p.headRepo.split('/')[0] ?? r.owner),
        repo: repoJson(r, p.headRepo),
      },
      base: {
        label: `${r.owner}:${p.baseRef}`,
        ref: p.baseRef,
        sha: p.baseSha,
        user: user(r.owner),
        repo: repoJson(r),
      },
      author_association: 'CONTRIBUTOR',
      auto_merge: null,
      draft: p.draft,
    };
    if (!full) return simple;
    return {
      ...simple,
      merged: p.mergedAt !== null,
      mergeable: p.state === 'open' ? true : null,
      rebaseable: p.state === 'open' ? true : null,
      mergeable_state: p.state === 'open' ? 'clean' : 'unknown',
      merged_by: p.mergedAt ? user('octocat') : null,
      comments: r.comments.filter((c) => c.issueNumber === p.number).length,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: Math.max(1, p.commits.length),
      additions: 0,
      deletions: 0,
      changed_files: 0,
    };
  }

  // ---- routing ---------------------------------------------------------------------------

  const docs = (page: string) => `https://docs.github.com/rest/${page}`;
  const notFound = (page = '') =>
    new HttpError(404, { message: 'Not Found', documentation_url: docs(page), status: '404' });

  function requireWrite(access: TokenAccess, page: string) {
    if (access === 'read')
      throw new HttpError(403, {
        message: 'Resource not accessible by integration',
        documentation_url: docs(page),
        status: '403',
      });
  }

  function cannotCreateLabel() {
    return new HttpError(403, {
      message: 'You do not have permission to create labels on this repository.',
      errors: [{ resource: 'Repository', field: 'label', code: 'unauthorized' }],
      documentation_url: docs('issues/labels#create-a-label'),
      status: '403',
    });
  }

  function commentBody(body: unknown, page: string): string {
    const value = (body as { body?: unknown } | undefined)?.body;
    if (typeof value !== 'string')
      throw new HttpError(422, {
        message: 'Invalid request.\n\n"body" wasn\'t supplied.',
        documentation_url: docs(page),
        status: '422',
      });
    // GitHub counts characters (code points), not UTF-16 units.
    if ([...value].length > MAX_BODY)
      throw new HttpError(422, {
        message: 'Validation Failed',
        errors: [
          {
            resource: 'IssueComment',
            code: 'unprocessable',
            field: 'data',
            message: `Body is too long (maximum is ${MAX_BODY} characters)`,
          },
        ],
        documentation_url: docs(page),
        status: '422',
      });
    return value;
  }

  function paginated(
    req: { query: Record<string, string>; path: string },
    r: PeerRepo,
    items: unknown[],
    repositoriesPath: string,
  ): { data: unknown[]; headers: Record<string, string> } {
    const perPage = Math.min(100, Math.max(1, Number(req.query.per_page) || 30));
    const page = Math.max(1, Number(req.query.page) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const data = items.slice((page - 1) * perPage, page * perPage);
    const link = (p: number) =>
      `<${apiBase}/repositories/${r.id}${repositoriesPath}?per_page=${perPage}&page=${p}>`;
    const parts: string[] = [];
    if (page > 1) parts.push(`${link(page - 1)}; rel="prev"`);
    if (page < last) parts.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
    if (page > 1) parts.push(`${link(1)}; rel="first"`);
    return { data, headers: parts.length ? { link: parts.join(', ') } : {} };
  }

  interface Handled {
    status: number;
    data?: unknown;
    headers?: Record<string, string>;
  }

  function route(
    method: string,
    req: { path: string; query: Record<string, string>; body: unknown },
    access: TokenAccess,
    token: string,
  ): Handled {
    if (req.path === '/user' && method === 'GET') {
      const owner = state.users.get(token);
      if (!owner)
        throw new HttpError(403, {
          message: 'Resource not accessible by integration',
          documentation_url: docs('users/users#get-the-authenticated-user'),
          status: '403',
        });
      return { status: 200, data: user(owner.login) };
    }
    let m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(req.path);
    let r: PeerRepo | undefined;
    let rest: string;
    if (m) {
      r = state.repo(`${decodeURIComponent(m[1]!)}/${decodeURIComponent(m[2]!)}`);
      rest = m[3] ?? '';
    } else if ((m = /^\/repositories\/(\d+)(\/.*)?$/.exec(req.path))) {
      const id = Number(m[1]);
      r = [...state.repos.values()].find((x) => x.id === id);
      if (!r) throw notFound();
      rest = m[2] ?? '';
    } else {
      throw notFound();
    }

    // Issue comments
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const n = Number(m[1]);
      if (method === 'GET') {
        const items = r.comments.filter((c) => c.issueNumber === n).map((c) => commentJson(r!, c));
        const { data, headers } = paginated(req, r, items, `/issues/${n}/comments`);
        return { status: 200, data, headers };
      }
      if (method === 'POST') {
        const page = 'issues/comments#create-an-issue-comment';
        requireWrite(access, page);
        const body = commentBody(req.body, page);
        const owner = state.users.get(token);
        const c = state.addComment(
          r.fullName,
          n,
          body,
          owner ? { login: owner.login, authorAssociation: owner.association } : {},
        );
        const json = commentJson(r, c);
        return { status: 201, data: json, headers: { location: json.url } };
      }
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      const id = Number(m[1]);
      const c = r.comments.find((x) => x.id === id);
      if (!c) throw notFound('issues/comments');
      if (method === 'GET') return { status: 200, data: commentJson(r, c) };
      if (method === 'PATCH') {
        const page = 'issues/comments#update-an-issue-comment';
        requireWrite(access, page);
        c.body = commentBody(req.body, page);
        c.updatedAt = isoSeconds(now());
        return { status: 200, data: commentJson(r, c) };
      }
      if (method === 'DELETE') {
        requireWrite(access, 'issues/comments#delete-an-issue-comment');
        r.comments.splice(r.comments.indexOf(c), 1);
        return { status: 204 };
      }
    }

    // Pull requests
    if ((m = /^\/commits\/([^/]+)\/pulls$/.exec(rest)) && method === 'GET') {
      const sha = decodeURIComponent(m[1]!);
      const pulls = [...r.pulls.values()]
        .filter((p) => p.headSha === sha || p.mergeCommitSha === sha || p.commits.includes(sha))
        .map((p) => prJson(r!, p, false));
      const { data, headers } = paginated(req, r, pulls, `/commits/${sha}/pulls`);
      return { status: 200, data, headers };
    }
    if ((m = /^\/pulls\/(\d+)$/.exec(rest)) && method === 'GET') {
      const p = r.pulls.get(Number(m[1]));
      if (!p) throw notFound('pulls/pulls#get-a-pull-request');
      return { status: 200, data: prJson(r, p, true) };
    }

    // Labels on issues
    if ((m = /^\/issues\/(\d+)\/labels$/.exec(rest))) {
      const n = Number(m[1]);
      const onIssue = () =>
        (r!.issueLabels.get(n) ?? [])
          .map((name) => r!.labels.find((l) => l.name === name))
          .filter((l): l is PeerLabel => !!l)
          .map((l) => labelJson(r!, l));
      if (method === 'GET') {
        const { data, headers } = paginated(req, r, onIssue(), `/issues/${n}/labels`);
        return { status: 200, data, headers };
      }
      if (method === 'POST' || method === 'PUT') {
        requireWrite(access, 'issues/labels#add-labels-to-an-issue');
        const raw = (req.body as { labels?: unknown } | unknown[] | undefined) ?? {};
        const names = Array.isArray(raw) ? raw : (raw as { labels?: unknown }).labels;
        if (
          !Array.isArray(names) ||
          names.some((x) => typeof x !== 'string' && typeof x?.name !== 'string')
        )
          throw new HttpError(422, {
            message: 'Invalid request.\n\nInvalid input: "labels" must be an array of strings.',
            documentation_url: docs('issues/labels#add-labels-to-an-issue'),
            status: '422',
          });
        const list = method === 'PUT' ? [] : [...(r.issueLabels.get(n) ?? [])];
        for (const x of names as (string | { name: string })[]) {
          const name = typeof x === 'string' ? x : x.name;
          // GitHub creates a label that does not exist yet (grey).
          let l = r.labels.find((y) => y.name.toLowerCase() === name.toLowerCase());
          if (!l && access === 'pull-requests') throw cannotCreateLabel();
          if (!l) l = state.addRepoLabel(r.fullName, { name });
          if (!list.includes(l.name)) list.push(l.name);
        }
        r.issueLabels.set(n, list);
        return { status: 200, data: onIssue() };
      }
    }
    if ((m = /^\/issues\/(\d+)\/labels\/(.+)$/.exec(rest)) && method === 'DELETE') {
      const page = 'issues/labels#remove-a-label-from-an-issue';
      requireWrite(access, page);
      const n = Number(m[1]);
      const name = decodeURIComponent(m[2]!);
      const list = r.issueLabels.get(n) ?? [];
      const at = list.findIndex((x) => x.toLowerCase() === name.toLowerCase());
      if (at < 0)
        throw new HttpError(404, {
          message: 'Label does not exist',
          documentation_url: docs(page),
          status: '404',
        });
      list.splice(at, 1);
      return {
        status: 200,
        data: list
          .map((x) => r!.labels.find((l) => l.name === x))
          .filter((l): l is PeerLabel => !!l)
          .map((l) => labelJson(r!, l)),
      };
    }

    // Repository labels
    if (rest === '/labels') {
      if (method === 'GET') {
        const { data, headers } = paginated(
          req,
          r,
          r.labels.map((l) => labelJson(r!, l)),
          '/labels',
        );
        return { status: 200, data, headers };
      }
      if (method === 'POST') {
        const page = 'issues/labels#create-a-label';
        requireWrite(access, page);
        if (access === 'pull-requests') throw cannotCreateLabel();
        const b = (req.body ?? {}) as { name?: unknown; color?: unknown; description?: unknown };
        if (typeof b.name !== 'string' || !b.name)
          throw new HttpError(422, {
            message: 'Invalid request.\n\n"name" wasn\'t supplied.',
            documentation_url: docs(page),
            status: '422',
          });
        if (r.labels.some((l) => l.name.toLowerCase() === String(b.name).toLowerCase()))
          throw new HttpError(422, {
            message: 'Validation Failed',
            errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
            documentation_url: docs(page),
            status: '422',
          });
        const l = state.addRepoLabel(r.fullName, {
          name: b.name,
          color: typeof b.color === 'string' ? b.color : undefined,
          description: typeof b.description === 'string' ? b.description : undefined,
        });
        const json = labelJson(r, l);
        return { status: 201, data: json, headers: { location: json.url } };
      }
    }
    if ((m = /^\/labels\/(.+)$/.exec(rest)) && method === 'GET') {
      const name = decodeURIComponent(m[1]!);
      const l = r.labels.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!l) throw notFound('issues/labels#get-a-label');
      return { status: 200, data: labelJson(r, l) };
    }

    throw notFound();
  }

  // ---- server ----------------------------------------------------------------------------

  const sockets = new Set<Socket>();
  let requestCounter = 0;

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://peer');
    const query = Object.fromEntries(url.searchParams);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const auth = req.headers.authorization;
    const token = auth ? /^(?:bearer|token)\s+(.+)$/i.exec(auth)?.[1]?.trim() : undefined;
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query,
      headers: { ...req.headers },
      token,
      body: undefined,
      status: 0,
    };
    requests.push(record);
    const requestId = `${(++requestCounter).toString(16).toUpperCase()}:PEER:${randomBytes(3).toString('hex').toUpperCase()}`;
    const reset = Math.floor(now().getTime() / 1000) + 3600;
    const baseHeaders: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'x-github-api-version-selected': API_VERSION,
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': requestId,
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-used': '1',
      'x-ratelimit-resource': 'core',
    };
    let send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      res.writeHead(status, { ...baseHeaders, ...headers });
      res.end(data === undefined ? undefined : JSON.stringify(data));
    };

    const at = failures.findIndex(
      (f) => (!f.method || f.method === record.method) && (!f.path || f.path.test(url.pathname)),
    );
    let failure = at >= 0 ? failures.splice(at, 1)[0] : undefined;
    if (failure?.afterHandling && (failure.mode === '500' || failure.mode === '502')) {
      const mode = failure.mode;
      failure = undefined;
      const realSend = send;
      send = (status, data, headers) => {
        void status;
        void data;
        void headers;
        realSend(Number(mode), { message: 'Server Error' });
      };
    }
    if (failure) {
      switch (failure.mode) {
        case 'reset':
          record.status = -1;
          req.socket.destroy();
          return;
        case '500':
        case '502':
          return send(Number(failure.mode), { message: 'Server Error' });
        case '429':
          return send(
            429,
            {
              message: 'Too Many Requests',
              documentation_url: docs('using-the-rest-api/rate-limits-for-the-rest-api'),
            },
            { 'retry-after': String(failure.retryAfterSeconds) },
          );
        case 'secondary-rate-limit':
          return send(
            403,
            {
              message: `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
              documentation_url: docs(
                'using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits',
              ),
              status: '403',
            },
            { 'retry-after': String(failure.retryAfterSeconds) },
          );
        case 'primary-rate-limit':
          return send(
            403,
            {
              message: 'API rate limit exceeded for installation ID 12345678.',
              documentation_url: docs('using-the-rest-api/rate-limits-for-the-rest-api'),
              status: '403',
            },
            {
              'x-ratelimit-remaining': '0',
              'x-ratelimit-used': '5000',
              'x-ratelimit-reset': String(
                Math.floor(now().getTime() / 1000) + failure.retryAfterSeconds,
              ),
            },
          );
      }
    }

    try {
      let body: unknown = undefined;
      if (raw) {
        try {
          body = JSON.parse(raw);
        } catch {
          throw new HttpError(400, {
            message: 'Problems parsing JSON',
            documentation_url: docs(''),
            status: '400',
          });
        }
      }
      record.body = body;
      const access = token ? state.tokens.get(token) : undefined;
      if (!access || !token)
        throw new HttpError(401, {
          message: 'Bad credentials',
          documentation_url: docs(''),
          status: '401',
        });
      const out = route(record.method, { path: url.pathname, query, body }, access, token);
      send(out.status, out.data, out.headers);
    } catch (error) {
      if (error instanceof HttpError) send(error.status, error.payload, error.headers);
      else send(500, { message: `peer bug: ${(error as Error).message}` });
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  apiBase = `http://127.0.0.1:${port}`;

  return {
    url: apiBase,
    state,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

function hash(s: string): number {
  let h = 0;
  for (const ch of s) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h;
}
