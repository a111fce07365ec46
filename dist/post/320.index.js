export const id = 320;
export const ids = [320];
export const modules = {

/***/ 3320:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* unused harmony export nextLink */
/* harmony import */ var _util_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7009);
/* harmony import */ var _host_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6224);
/* harmony import */ var _util_network_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5713);
/* harmony import */ var _github_api_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1411);




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
            const err = new _github_api_error_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubApiError */ .O({
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
        const error = new _github_api_error_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubApiError */ .O({
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
                ? (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .backoffDelayMs */ .Q)(n, baseDelayMs, maxDelayMs, random)
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
            if ((0,_github_api_error_js__WEBPACK_IMPORTED_MODULE_2__/* .isGitHubApiError */ .I)(error) && error.status === 404)
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
                if ((0,_github_api_error_js__WEBPACK_IMPORTED_MODULE_2__/* .isGitHubApiError */ .I)(error) && error.status === 404)
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
                if ((0,_github_api_error_js__WEBPACK_IMPORTED_MODULE_2__/* .isGitHubApiError */ .I)(error) && error.status === 422) {
                    const now = await getLabel(label.name);
                    if (now)
                        return now;
                }
                throw error;
            }
        },
        getAuthenticatedUser: async () => (await request('GET', '/user')).data,
    };
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
