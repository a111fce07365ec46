export const id = 667;
export const ids = [667,501];
export const modules = {

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
/* harmony import */ var _github_api_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1411);


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
        if (!(0,_github_api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .isGitHubApiError */ .I)(error) || !error.ambiguous)
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


/***/ })

};
