export const id = 667;
export const ids = [667,501];
export const modules = {

/***/ 4667:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findReviewedPlan: () => (/* binding */ findReviewedPlan)
/* harmony export */ });
/* unused harmony export pickMergedPullRequest */
/* harmony import */ var _sticky_comment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3501);
/* harmony import */ var _trusted_comment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1039);


/** The PR for a pushed commit: merged with this very commit first, then any merged one. */
function pickMergedPullRequest(pulls, sha) {
    const merged = pulls.filter((p) => p.merged_at);
    return (merged.find((p) => p.merge_commit_sha === sha) ??
        [...merged].sort((a, b) => (b.merged_at ?? '').localeCompare(a.merged_at ?? ''))[0]);
}
const NOT_REVIEWABLE = ['failed', 'not-planned'];
function planTime(env) {
    const t = env.at === undefined ? NaN : Date.parse(env.at);
    return Number.isFinite(t) ? t : undefined;
}
function reviewedComment(c) {
    return { id: c.id, url: c.url, author: c.author, key: c.marker.key };
}
/**
 * Newest plan last: a plan of the pull request's final head before one of an older commit, then
 * by the plan's time (markers without one are the oldest), then by when the comment was created.
 * Never by comment edits: an apply status or a hand edit does not make an old plan new.
 */
function byPlan(a, b) {
    return (Number(a.head) - Number(b.head) ||
        (a.at ?? -Infinity) - (b.at ?? -Infinity) ||
        a.c.createdAt.localeCompare(b.c.createdAt) ||
        a.c.id - b.c.id);
}
async function findReviewedPlan(client, args) {
    let pull;
    if (args.pullRequest !== undefined) {
        pull = await client.getPullRequest(args.pullRequest);
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
        pull = merged;
    }
    const pr = { number: pull.number, url: pull.html_url };
    const mergedAt = pull.merged_at ? Date.parse(pull.merged_at) : NaN;
    const all = await (0,_sticky_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .findMarkedComments */ .e)(client, pr.number);
    const marked = await (0,_trusted_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .trustedPlanComments */ .f)(client, all);
    const ignored = all.length - marked.length;
    const carrying = marked
        .flatMap((c) => {
        const env = c.marker.data.environments[args.environment];
        if (!env)
            return [];
        return [{ c, env, at: planTime(env), head: c.marker.data.sha === pull.head?.sha }];
    })
        .sort(byPlan);
    const comments = carrying.map(({ c }) => reviewedComment(c));
    // A plan made after the merge (a re-run, or a plan still running at the merge) was not reviewed.
    const candidates = carrying.filter((x) => !(x.at !== undefined && x.at > mergedAt));
    const late = carrying.length - candidates.length;
    const newest = candidates.at(-1);
    if (!newest) {
        return {
            kind: 'no-fingerprint',
            pr,
            comments,
            reason: late
                ? `every plan of environment ${args.environment} on pull request #${pr.number} (${late}) was made after it was merged, so none of them was reviewed`
                : `pull request #${pr.number} has no plan comment for environment ${args.environment}${ignored ? ` (${ignored} comment(s) with a plan marker were ignored: written by someone without write access, not by a bot nor by the token's own user)` : ''}`,
        };
    }
    const { status, fingerprint } = newest.env;
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
        comment: reviewedComment(newest.c),
        comments,
        sha: newest.c.marker.data.sha,
        changes: newest.env.changes,
        afterMerge: late,
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
/* harmony import */ var _comment_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4806);
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4072);
/* harmony import */ var _github_api_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1411);
/* harmony import */ var _trusted_comment_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1039);




function newestFirst(a, b) {
    return b.created_at.localeCompare(a.created_at) || b.id - a.id;
}
async function listComments(client, issueNumber) {
    const comments = await client.listIssueComments(issueNumber);
    return comments.flatMap((c) => typeof c.body === 'string'
        ? [
            {
                comment: c,
                marker: (0,_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .leadingMarker */ .jK)(c.body),
                author: c.user?.login,
                authorType: c.user?.type,
                authorAssociation: c.author_association,
            },
        ]
        : []);
}
/**
 * The trusted comments that start with the marker for `key` (or with the form of it an earlier
 * version wrote, see legacyKeyMatch), newest first.
 */
async function findStickyComments(client, issueNumber, key) {
    const legacy = (0,_comment_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .legacyKeyMatch */ .w6)(key);
    const found = (await listComments(client, issueNumber)).filter(({ comment, marker }) => (0,_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .leadingMarkerKey */ .ES)(comment.body) === key || (!!marker && !!legacy?.(marker)));
    const trusted = await (0,_trusted_comment_js__WEBPACK_IMPORTED_MODULE_3__/* .trustedPlanComments */ .f)(client, found);
    return trusted
        .map(({ comment, marker }) => ({ ...comment, marker: marker?.data }))
        .sort(newestFirst);
}
async function upsertStickyComment(client, args) {
    const { issueNumber, key, body } = args;
    if ((0,_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .leadingMarkerKey */ .ES)(body) !== key)
        throw new Error(`upsertStickyComment: the body does not start with the marker for key "${key}"`);
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
        if (!(0,_github_api_error_js__WEBPACK_IMPORTED_MODULE_2__/* .isGitHubApiError */ .I)(error) || !error.ambiguous)
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
/** Every comment on the issue that starts with a readable marker, oldest first. */
async function findMarkedComments(client, issueNumber) {
    return (await listComments(client, issueNumber)).flatMap(({ comment, marker, ...author }) => marker
        ? [
            {
                id: comment.id,
                url: comment.html_url,
                createdAt: comment.created_at,
                ...author,
                marker,
            },
        ]
        : []);
}


/***/ }),

/***/ 1039:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ trustedPlanComments)
/* harmony export */ });
/* unused harmony export isTrustedPlanComment */
/**
 * Who may write a plan comment the action trusts: GitHub Apps (github-actions[bot] with the
 * job token), people with write access, and the user of the token itself (a machine user's
 * personal access token: GitHub reports a member whose organisation membership is private as
 * CONTRIBUTOR). Anyone else can comment on a pull request in a public repository and must
 * neither forge a reviewed plan nor have their comment taken for the sticky plan comment (which
 * they could then rewrite).
 */
const TRUSTED_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);
/** A bot or someone with write access. */
function isTrustedPlanComment(c) {
    return c.authorType === 'Bot' || TRUSTED_ASSOCIATIONS.has(c.authorAssociation ?? '');
}
const ownLogins = new WeakMap();
/**
 * The login of the token's own user, asked once per client (one per run). The job token and an
 * app's token have none (403): bots are trusted anyway. Any failure means none, never an error.
 */
function ownLogin(client) {
    let login = ownLogins.get(client);
    if (!login) {
        login = (async () => {
            try {
                const user = await client.getAuthenticatedUser();
                return typeof user?.login === 'string' && user.login ? user.login : undefined;
            }
            catch {
                return undefined;
            }
        })();
        ownLogins.set(client, login);
    }
    return login;
}
/**
 * The comments a trusted author wrote. The token's own user is asked for only when a comment is
 * not trusted otherwise, so the usual run (every marked comment by the bot) makes no extra call.
 */
async function trustedPlanComments(client, comments) {
    const trusted = comments.filter(isTrustedPlanComment);
    if (trusted.length === comments.length)
        return trusted;
    const own = await ownLogin(client);
    if (own === undefined)
        return trusted;
    return comments.filter((c) => isTrustedPlanComment(c) || c.author === own);
}


/***/ })

};
