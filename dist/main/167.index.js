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
const GITHUB_LIMIT = 65_536;
function blockTags(id) {
    return {
        open: `<!-- tofu-aws-action:apply-status:${id} -->`,
        close: `<!-- /tofu-aws-action:apply-status:${id} -->`,
    };
}
function withoutBlock(text, id) {
    const { open, close } = blockTags(id);
    const start = text.indexOf(open);
    if (start < 0)
        return text;
    const end = text.indexOf(close, start);
    if (end < 0)
        return text;
    return text.slice(0, start).replace(/\n$/, '') + text.slice(end + close.length);
}
/**
 * Removes an earlier status block of this environment: under its key, and under the form an
 * earlier version wrote (`prod-eu` for `prod eu`) unless that form is another environment's key.
 */
function withoutBlocks(text, environment, environments) {
    const id = (0,_marker_js__WEBPACK_IMPORTED_MODULE_0__/* .markerKey */ .s8)([environment]);
    const clean = withoutBlock(text, id);
    const legacy = (0,_marker_js__WEBPACK_IMPORTED_MODULE_0__/* .legacyMarkerKey */ .Nt)([environment]);
    if (legacy === id || Object.keys(environments).some((e) => (0,_marker_js__WEBPACK_IMPORTED_MODULE_0__/* .markerKey */ .s8)([e]) === legacy))
        return clean;
    return withoutBlock(clean, legacy);
}
/**
 * `body` with the environment's marker status set and its status block replaced by `block`
 * (markdown; dropped to `fallback` when the body would pass GitHub's limit). Undefined when the
 * body has no marker for the environment.
 */
function withApplyStatus(body, key, environment, status, block, fallback) {
    const found = (0,_marker_js__WEBPACK_IMPORTED_MODULE_0__/* .splitLeadingMarker */ .Vo)(body);
    if (found?.key !== key)
        return undefined;
    const { data, rest } = found;
    const env = data.environments[environment];
    if (!env)
        return undefined;
    const marker = (0,_marker_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMarker */ .gJ)(key, {
        ...data,
        environments: { ...data.environments, [environment]: { ...env, status } },
    });
    const after = withoutBlocks(rest, environment, data.environments);
    const { open, close } = blockTags((0,_marker_js__WEBPACK_IMPORTED_MODULE_0__/* .markerKey */ .s8)([environment]));
    for (const text of [block, fallback ?? block.split('\n')[0] ?? '']) {
        const next = `${marker}\n${open}\n${text.trim()}\n${close}${after}`;
        if (next.length <= GITHUB_LIMIT)
            return next;
    }
    const clean = marker + after;
    return clean.length <= GITHUB_LIMIT ? clean : undefined;
}


/***/ })

};
