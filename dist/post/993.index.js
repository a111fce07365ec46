export const id = 993;
export const ids = [993];
export const modules = {

/***/ 4993:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   syncLabels: () => (/* binding */ syncLabels)
/* harmony export */ });
const same = (a, b) => a.toLowerCase() === b.toLowerCase();
/**
 * Makes the issue carry the `wanted` labels and none of the other `managed` ones; labels the
 * project does not manage are left alone. GitHub label names compare case-insensitively.
 * With `definitions`, a wanted label missing in the repository is created with its colour and
 * description first (otherwise GitHub creates it grey on the fly).
 */
async function syncLabels(client, issueNumber, wanted, managed, definitions = {}) {
    const current = (await client.listIssueLabels(issueNumber)).map((l) => l.name);
    const added = wanted.filter((w, i) => !current.some((c) => same(c, w)) && wanted.findIndex((x) => same(x, w)) === i);
    const removed = current.filter((c) => managed.some((m) => same(m, c)) && !wanted.some((w) => same(w, c)));
    for (const name of added) {
        const definition = definitions[name];
        if (definition)
            await client.ensureLabel({ name, ...definition });
    }
    if (added.length)
        await client.addIssueLabels(issueNumber, added);
    for (const name of removed)
        await client.removeIssueLabel(issueNumber, name);
    return { added, removed };
}


/***/ })

};
