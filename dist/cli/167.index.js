export const id = 167;
export const ids = [167];
export const modules = {

/***/ 8167:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   withApplyStatus: () => (/* binding */ withApplyStatus)
/* harmony export */ });
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4072);

/**
 * The apply status of one environment inside a plan comment: the marker's status for the
 * environment, and a status block (one per environment) right after the marker that says
 * applying / applied / apply failed / plan changed since review. Pure text in, text out.
 */
const MARKER_PREFIX = '<!-- tofu-aws-action:plan:';
const GITHUB_LIMIT = 65_536;
function blockTags(environment) {
    const id = (0,_marker_js__WEBPACK_IMPORTED_MODULE_0__/* .markerKey */ .s8)([environment]);
    return {
        open: `<!-- tofu-aws-action:apply-status:${id} -->`,
        close: `<!-- /tofu-aws-action:apply-status:${id} -->`,
    };
}
/** Removes an earlier status block of this environment. */
function withoutBlock(body, environment) {
    const { open, close } = blockTags(environment);
    const start = body.indexOf(open);
    if (start < 0)
        return body;
    const end = body.indexOf(close, start);
    if (end < 0)
        return body;
    return body.slice(0, start).replace(/\n$/, '') + body.slice(end + close.length);
}
/**
 * `body` with the environment's marker status set and its status block replaced by `block`
 * (markdown; dropped to `fallback` when the body would pass GitHub's limit). Undefined when the
 * body has no marker for the environment.
 */
function withApplyStatus(body, key, environment, status, block, fallback) {
    const data = (0,_marker_js__WEBPACK_IMPORTED_MODULE_0__/* .findMarker */ .Ed)(body, key);
    const env = data?.environments[environment];
    if (!data || !env)
        return undefined;
    const start = body.indexOf(`${MARKER_PREFIX}${key} `);
    const end = body.indexOf(' -->', start) + ' -->'.length;
    const marker = (0,_marker_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMarker */ .gJ)(key, {
        ...data,
        environments: { ...data.environments, [environment]: { ...env, status } },
    });
    const withMarker = body.slice(0, start) + marker + body.slice(end);
    const clean = withoutBlock(withMarker, environment);
    const at = clean.indexOf(marker) + marker.length;
    const { open, close } = blockTags(environment);
    for (const text of [block, fallback ?? block.split('\n')[0] ?? '']) {
        const next = `${clean.slice(0, at)}\n${open}\n${text.trim()}\n${close}${clean.slice(at)}`;
        if (next.length <= GITHUB_LIMIT)
            return next;
    }
    return clean.length <= GITHUB_LIMIT ? clean : undefined;
}


/***/ })

};
