export const id = 667;
export const ids = [667,320,501];
export const modules = {

/***/ 3320:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubApiError: () => (/* binding */ GitHubApiError),
/* harmony export */   I: () => (/* binding */ isGitHubApiError),
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* unused harmony export nextLink */
/* harmony import */ var _util_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7009);
/* harmony import */ var _host_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6224);
/* harmony import */ var _util_network_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5713);



/** A failed GitHub call. `status` is 0 when no HTTP response came back. */
class GitHubApiError extends Error {
    name = 'GitHubApiError';
    status;
    kind;
    method;
    path;
    /** GitHub's own message (`message` plus the `errors[].message` of a 422). */
    apiMessage;
    documentationUrl;
    requestId;
    /** True when the request may have reached GitHub and been applied (5xx, reset mid-way). */
    ambiguous;
    constructor(init) {
        const what = init.status ? `${init.status} ${init.apiMessage}` : init.apiMessage;
        super(`GitHub API ${init.method} ${init.path} failed: ${what}`);
        this.status = init.status;
        this.kind = init.kind;
        this.method = init.method;
        this.path = init.path;
        this.apiMessage = init.apiMessage;
        this.documentationUrl = init.documentationUrl;
        this.requestId = init.requestId;
        this.ambiguous = init.ambiguous ?? false;
    }
    /** The token may not write here (fork PR, `permissions:` without the scope, read-only token). */
    get writeDenied() {
        return this.status === 403 && this.kind === 'forbidden';
    }
}
function isGitHubApiError(error) {
    return error instanceof GitHubApiError;
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
function errorCode(error) {
    for (let e = error, depth = 0; e && depth < 5; depth++) {
        const code = e.code;
        if (typeof code === 'string')
            return code;
        e = e.cause;
    }
    return undefined;
}
/** `Link: <url>; rel="next", <url>; rel="last"` → the next URL. */
function nextLink(link) {
    if (!link)
        return undefined;
    for (const part of link.split(',')) {
        const m = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
        if (m && m[2]?.split(/\s+/).includes('next'))
            return m[1];
    }
    return undefined;
}
function createGitHubClient(options) {
    const { token, owner, repo } = options;
    if (!token)
        throw new Error('createGitHubClient: a token is required');
    const doFetch = options.fetch ?? globalThis.fetch;
    const sleep = options.sleep ?? _host_js__WEBPACK_IMPORTED_MODULE_0__/* .realClock */ .d.sleep;
    const random = options.random ?? Math.random;
    const maxAttempts = options.maxAttempts ?? 5;
    const baseDelayMs = options.baseDelayMs ?? 1000;
    const maxDelayMs = options.maxDelayMs ?? 60_000;
    const apiRoot = new URL(options.apiUrl.replace(/\/+$/, '') + '/');
    const repoPath = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
    const redact = (text) => text.split(token).join('***');
    function resolveUrl(path) {
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
    async function attempt(method, url, shown, opts) {
        const headers = {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${token}`,
            'x-github-api-version': '2022-11-28',
            'user-agent': options.userAgent ?? 'tofu-aws-action',
            ...opts.headers,
        };
        let body;
        if (opts.body !== undefined) {
            body = JSON.stringify(opts.body);
            headers['content-type'] = 'application/json; charset=utf-8';
        }
        let response;
        try {
            response = await doFetch(url, { method, headers, body, signal: options.signal });
        }
        catch (error) {
            const code = errorCode(error);
            const aborted = options.signal?.aborted || error?.name === 'AbortError';
            const ambiguous = !(code && NOT_SENT_CODES.has(code));
            const message = aborted
                ? 'request aborted'
                : `network error${code ? ` ${code}` : ''}: ${redact(error?.message ?? String(error))}`;
            const err = new GitHubApiError({
                status: 0,
                kind: 'network',
                method,
                path: shown,
                apiMessage: message,
                ambiguous: !aborted && ambiguous,
            });
            const transient = !aborted && (code === undefined || _util_network_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TRANSIENT_NETWORK_CODES */ .p.has(code));
            if (!transient || (ambiguous && opts.retryAmbiguous === false))
                return { error: err };
            return { error: err, retryInMs: 'backoff', reason: code ?? 'network error' };
        }
        const text = await response.text().catch(() => '');
        let data = undefined;
        if (text) {
            try {
                data = JSON.parse(text);
            }
            catch {
                data = text;
            }
        }
        if (response.ok)
            return { ok: { status: response.status, data: data, headers: response.headers } };
        const status = response.status;
        const payload = (data && typeof data === 'object' ? data : {});
        let apiMessage = typeof payload.message === 'string'
            ? payload.message
            : response.statusText || `HTTP ${status}`;
        if (Array.isArray(payload.errors)) {
            const details = payload.errors
                .map((e) => typeof e === 'string' ? e : typeof e?.message === 'string' ? e.message : e?.code)
                .filter((s) => typeof s === 'string' && s.length > 0);
            if (details.length)
                apiMessage += `: ${details.join('; ')}`;
        }
        apiMessage = redact(apiMessage.replace(/\s+/g, ' ').trim());
        const retryAfter = Number(response.headers.get('retry-after'));
        const remaining = response.headers.get('x-ratelimit-remaining');
        const reset = Number(response.headers.get('x-ratelimit-reset'));
        const secondary = /secondary rate limit|abuse/i.test(apiMessage);
        const rateLimited = status === 429 ||
            (status === 403 && (response.headers.has('retry-after') || remaining === '0' || secondary));
        const kind = rateLimited
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
            documentationUrl: typeof payload.documentation_url === 'string' ? payload.documentation_url : undefined,
            requestId: response.headers.get('x-github-request-id') ?? undefined,
            ambiguous: status >= 500,
        });
        if (rateLimited) {
            let waitMs = 'backoff';
            if (Number.isFinite(retryAfter) && response.headers.has('retry-after'))
                waitMs = Math.max(0, retryAfter * 1000);
            else if (remaining === '0' && Number.isFinite(reset) && reset > 0)
                waitMs = Math.max(0, reset * 1000 - Date.now()) + 1000;
            if (waitMs !== 'backoff' && waitMs > maxDelayMs)
                return { error };
            return { error, retryInMs: waitMs, reason: `${status} rate limited` };
        }
        if (status >= 500) {
            if (opts.retryAmbiguous === false)
                return { error };
            return { error, retryInMs: 'backoff', reason: `${status}` };
        }
        return { error };
    }
    async function request(method, path, opts = {}) {
        const { url, shown } = resolveUrl(path);
        for (let n = 1;; n++) {
            const result = await attempt(method, url, shown, opts);
            if (result.ok)
                return result.ok;
            const error = result.error;
            if (result.retryInMs === undefined || n >= maxAttempts || options.signal?.aborted)
                throw error;
            const delayMs = result.retryInMs === 'backoff'
                ? (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .backoffDelayMs */ .Q)(n, baseDelayMs, maxDelayMs, random)
                : Math.round(result.retryInMs + random() * Math.min(1000, baseDelayMs));
            options.onRetry?.({ method, path: shown, attempt: n, delayMs, reason: result.reason ?? '' });
            await sleep(delayMs, options.signal);
            if (options.signal?.aborted)
                throw error;
        }
    }
    async function paginate(path) {
        const sep = path.includes('?') ? '&' : '?';
        let next = /[?&]per_page=/.test(path) ? path : `${path}${sep}per_page=100`;
        const items = [];
        while (next) {
            const page = await request('GET', next);
            if (!Array.isArray(page.data))
                throw new Error(`GitHub API GET ${path}: expected a list, got ${typeof page.data}`);
            items.push(...page.data);
            next = nextLink(page.headers.get('link'));
        }
        return items;
    }
    const issue = (n) => `${repoPath}/issues/${n}`;
    const labelPath = (name) => `${repoPath}/labels/${encodeURIComponent(name)}`;
    async function getLabel(name) {
        try {
            return (await request('GET', labelPath(name))).data;
        }
        catch (error) {
            if (isGitHubApiError(error) && error.status === 404)
                return undefined;
            throw error;
        }
    }
    async function createLabel(label) {
        const body = {
            name: label.name,
            color: (label.color ?? 'ededed').replace(/^#/, ''),
            ...(label.description !== undefined ? { description: label.description } : {}),
        };
        return (await request('POST', `${repoPath}/labels`, { body })).data;
    }
    return {
        owner,
        repo,
        request,
        paginate,
        listIssueComments: (n) => paginate(`${issue(n)}/comments`),
        getIssueComment: async (id) => (await request('GET', `${repoPath}/issues/comments/${id}`)).data,
        createIssueComment: async (n, body, opts) => (await request('POST', `${issue(n)}/comments`, {
            body: { body },
            retryAmbiguous: opts?.retryAmbiguous,
        })).data,
        updateIssueComment: async (id, body) => (await request('PATCH', `${repoPath}/issues/comments/${id}`, {
            body: { body },
        })).data,
        listPullRequestsForCommit: (sha) => paginate(`${repoPath}/commits/${encodeURIComponent(sha)}/pulls`),
        getPullRequest: async (n) => (await request('GET', `${repoPath}/pulls/${n}`)).data,
        listIssueLabels: (n) => paginate(`${issue(n)}/labels`),
        addIssueLabels: async (n, labels) => (await request('POST', `${issue(n)}/labels`, { body: { labels } })).data,
        removeIssueLabel: async (n, name) => {
            try {
                await request('DELETE', `${issue(n)}/labels/${encodeURIComponent(name)}`);
            }
            catch (error) {
                if (isGitHubApiError(error) && error.status === 404)
                    return;
                throw error;
            }
        },
        getLabel,
        createLabel,
        ensureLabel: async (label) => {
            const existing = await getLabel(label.name);
            if (existing)
                return existing;
            try {
                return await createLabel(label);
            }
            catch (error) {
                // Someone else created it between our GET and POST: 422 already_exists.
                if (isGitHubApiError(error) && error.status === 422) {
                    const now = await getLabel(label.name);
                    if (now)
                        return now;
                }
                throw error;
            }
        },
    };
}


/***/ }),

/***/ 4667:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findReviewedPlan: () => (/* binding */ findReviewedPlan)
/* harmony export */ });
/* unused harmony exports pickMergedPullRequest, isTrustedPlanComment */
/* harmony import */ var _sticky_comment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3501);

/** The PR for a pushed commit: merged with this very commit first, then any merged one. */
function pickMergedPullRequest(pulls, sha) {
    const merged = pulls.filter((p) => p.merged_at);
    return (merged.find((p) => p.merge_commit_sha === sha) ??
        [...merged].sort((a, b) => (b.merged_at ?? '').localeCompare(a.merged_at ?? ''))[0]);
}
const NOT_REVIEWABLE = ['failed', 'not-planned'];
/** Who may write a plan comment the guard trusts: GitHub Apps (github-actions[bot] with the
 * job token) and people with write access (a PAT of a machine user). Anyone else can comment
 * on a pull request in a public repository and must not be able to forge a reviewed plan. */
const TRUSTED_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);
function isTrustedPlanComment(c) {
    return c.authorType === 'Bot' || TRUSTED_ASSOCIATIONS.has(c.authorAssociation ?? '');
}
async function findReviewedPlan(client, args) {
    let pr;
    if (args.pullRequest !== undefined) {
        const p = await client.getPullRequest(args.pullRequest);
        pr = { number: p.number, url: p.html_url };
    }
    else {
        if (!args.sha)
            return { kind: 'no-pr', reason: 'the run has no commit SHA (GITHUB_SHA)' };
        const pulls = await client.listPullRequestsForCommit(args.sha);
        const merged = pickMergedPullRequest(pulls, args.sha);
        if (!merged) {
            const open = pulls.filter((p) => !p.merged_at).map((p) => `#${p.number}`);
            return {
                kind: 'no-pr',
                reason: `no merged pull request contains commit ${args.sha.slice(0, 12)}${open.length ? ` (only unmerged ones: ${open.join(', ')})` : ''}`,
            };
        }
        pr = { number: merged.number, url: merged.html_url };
    }
    const all = await (0,_sticky_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .findMarkedComments */ .e)(client, pr.number);
    const marked = all.filter(isTrustedPlanComment);
    const ignored = all.length - marked.length;
    const candidates = marked
        .flatMap((c) => c.markers
        .filter((m) => m.data.environments[args.environment])
        .map((m) => ({ c, m, env: m.data.environments[args.environment] })))
        .sort((a, b) => a.c.updatedAt.localeCompare(b.c.updatedAt) || a.c.id - b.c.id);
    const comments = candidates.map(({ c, m }) => ({
        id: c.id,
        url: c.url,
        author: c.author,
        key: m.key,
    }));
    const newest = candidates.at(-1);
    if (!newest) {
        return {
            kind: 'no-fingerprint',
            pr,
            comments,
            reason: `pull request #${pr.number} has no plan comment for environment ${args.environment}${ignored ? ` (${ignored} comment(s) with a plan marker were ignored: written by someone without write access, not by a bot)` : ''}`,
        };
    }
    const { fingerprint, status } = newest.env;
    if (!fingerprint || NOT_REVIEWABLE.includes(status)) {
        return {
            kind: 'no-fingerprint',
            pr,
            comments,
            reason: `the plan comment on pull request #${pr.number} shows environment ${args.environment} as ${status}${fingerprint ? '' : ' without a plan fingerprint'}`,
        };
    }
    return {
        kind: 'found',
        pr,
        fingerprint,
        comment: comments.at(-1),
        comments,
        sha: newest.m.data.sha,
        changes: typeof newest.env.changes === 'string' ? newest.env.changes : undefined,
    };
}


/***/ }),

/***/ 3501:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ findMarkedComments),
/* harmony export */   findStickyComments: () => (/* binding */ findStickyComments),
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* unused harmony export markerPrefix */
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4072);
/* harmony import */ var _rest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3320);


/** `<!-- tofu-aws-action:plan:<key> `: what every marker for `key` starts with, whatever its JSON. */
function markerPrefix(key) {
    const data = { v: 1, environments: {} };
    const full = (0,_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMarker */ .gJ)(key, data);
    const json = JSON.stringify(data);
    return full.slice(0, full.length - json.length - ' -->'.length);
}
function newestFirst(a, b) {
    return b.created_at.localeCompare(a.created_at) || b.id - a.id;
}
/** The comments whose body carries the marker for `key`, newest first. */
async function findStickyComments(client, issueNumber, key) {
    const prefix = markerPrefix(key);
    const comments = await client.listIssueComments(issueNumber);
    return comments
        .filter((c) => typeof c.body === 'string' && c.body.includes(prefix))
        .sort(newestFirst);
}
async function upsertStickyComment(client, args) {
    const { issueNumber, key, body } = args;
    const prefix = markerPrefix(key);
    if (!body.includes(prefix))
        throw new Error(`upsertStickyComment: the body does not carry the marker for key "${key}"`);
    const update = async (found) => {
        const [target, ...others] = found;
        const duplicateIds = others.map((c) => c.id);
        if (target.body === body)
            return { action: 'unchanged', id: target.id, url: target.html_url, duplicateIds };
        const updated = await client.updateIssueComment(target.id, body);
        return { action: 'updated', id: updated.id, url: updated.html_url, duplicateIds };
    };
    const found = args.existing ?? (await findStickyComments(client, issueNumber, key));
    if (found.length)
        return update(found);
    try {
        // Not retried blindly: a 502 may hide a comment that was created after all.
        const created = await client.createIssueComment(issueNumber, body, { retryAmbiguous: false });
        return { action: 'created', id: created.id, url: created.html_url, duplicateIds: [] };
    }
    catch (error) {
        if (!(0,_rest_js__WEBPACK_IMPORTED_MODULE_0__/* .isGitHubApiError */ .I)(error) || !error.ambiguous)
            throw error;
        const after = await findStickyComments(client, issueNumber, key);
        const [landed] = after;
        // Our create went through after all (or a parallel run made one): never a second one.
        if (landed && landed.body === body)
            return {
                action: 'created',
                id: landed.id,
                url: landed.html_url,
                duplicateIds: after.slice(1).map((c) => c.id),
            };
        if (after.length)
            return update(after);
        const created = await client.createIssueComment(issueNumber, body);
        return { action: 'created', id: created.id, url: created.html_url, duplicateIds: [] };
    }
}
/** Every comment on the issue that carries at least one readable marker, oldest first. */
async function findMarkedComments(client, issueNumber) {
    const comments = await client.listIssueComments(issueNumber);
    const marked = [];
    for (const c of comments) {
        if (typeof c.body !== 'string')
            continue;
        const markers = (0,_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .allMarkers */ .Zt)(c.body);
        if (!markers.length)
            continue;
        marked.push({
            id: c.id,
            url: c.html_url,
            createdAt: c.created_at,
            updatedAt: c.updated_at,
            author: c.user?.login,
            authorType: c.user?.type,
            authorAssociation: c.author_association,
            markers,
        });
    }
    return marked;
}


/***/ }),

/***/ 5713:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ TRANSIENT_NETWORK_CODES)
/* harmony export */ });
/**
 * Error codes of a connection that failed on the way (Node's sockets and DNS, undici's fetch):
 * worth another try, unlike an answer the server gave.
 */
const TRANSIENT_NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'ETIMEDOUT',
    'EPIPE',
    'EAI_AGAIN',
    'ENOTFOUND',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'UND_ERR_CLOSED',
]);


/***/ }),

/***/ 7009:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ retry),
/* harmony export */   Q: () => (/* binding */ backoffDelayMs)
/* harmony export */ });
/**
 * The delay before attempt `attempt + 1`: exponential, capped, with "equal jitter" (half fixed,
 * half random) so that parallel jobs that failed together do not come back together.
 */
function backoffDelayMs(attempt, baseMs, maxDelayMs, random) {
    const ceiling = Math.min(maxDelayMs, baseMs * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
/**
 * Runs `fn` until it succeeds, the error is classified 'fail', the attempts are used up or the
 * time budget is spent. The error thrown is always the last one `fn` threw, unchanged.
 */
async function retry(fn, options) {
    const { classify, maxAttempts, maxElapsedMs, baseMs, sleep, now, signal, onRetry } = options;
    const maxDelayMs = options.maxDelayMs ?? 30_000;
    const random = options.random ?? Math.random;
    const start = now();
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (error) {
            if (attempt >= maxAttempts || signal?.aborted || classify(error) === 'fail')
                throw error;
            const delayMs = backoffDelayMs(attempt, baseMs, maxDelayMs, random);
            if (now() - start + delayMs > maxElapsedMs)
                throw error;
            onRetry?.({ attempt, delayMs, error });
            await sleep(delayMs, signal);
            if (signal?.aborted)
                throw error;
        }
    }
}


/***/ })

};
