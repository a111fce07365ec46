export const id = 501;
export const ids = [501];
export const modules = {

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
