export const id = 204;
export const ids = [204];
export const modules = {

/***/ 4806:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ aggregateCommentKey),
/* harmony export */   e1: () => (/* binding */ planCommentKey),
/* harmony export */   w6: () => (/* binding */ legacyKeyMatch)
/* harmony export */ });
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4072);

/** What an environment named `-` is written as: `-` alone is the aggregated comment's part. */
const DASH = '%2D';
/** One sticky comment per (workflow, environment) for `plan`... */
function planCommentKey(workflow, environment) {
    return `${(0,_marker_js__WEBPACK_IMPORTED_MODULE_0__/* .markerKey */ .s8)([workflow ?? 'tofu'])}:${environment === '-' ? DASH : (0,_marker_js__WEBPACK_IMPORTED_MODULE_0__/* .encodeKeyPart */ .TK)(environment)}`;
}
/** ...and one per workflow for the aggregated comment of `comment`. */
function aggregateCommentKey(workflow) {
    return `${(0,_marker_js__WEBPACK_IMPORTED_MODULE_0__/* .markerKey */ .s8)([workflow ?? 'tofu'])}:-`;
}
function decodePart(part) {
    try {
        return decodeURIComponent(part);
    }
    catch {
        return part;
    }
}
/**
 * Earlier versions replaced every run of other characters by `-` (so `prod eu` and `prod-eu`
 * shared a key). A comment they wrote under the old form of `key` is still this comment when its
 * marker names this very environment (any marker, for the aggregated comment); its next update
 * writes the new key. Undefined when the old form is the key itself.
 */
function legacyKeyMatch(key) {
    const parts = key.split(':');
    if (parts.length !== 2)
        return undefined;
    const workflow = decodePart(parts[0]);
    const aggregate = parts[1] === '-';
    const environment = decodePart(parts[1]);
    const legacy = (0,_marker_js__WEBPACK_IMPORTED_MODULE_0__/* .legacyMarkerKey */ .Nt)([workflow, aggregate ? '*' : environment]);
    if (legacy === key)
        return undefined;
    return (marker) => {
        if (marker.key !== legacy)
            return false;
        if (aggregate)
            return true;
        const names = Object.keys(marker.data.environments);
        return names.length === 1 && names[0] === environment;
    };
}


/***/ }),

/***/ 1411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ isGitHubApiError),
/* harmony export */   O: () => (/* binding */ GitHubApiError)
/* harmony export */ });
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


/***/ }),

/***/ 6224:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ realClock)
/* harmony export */ });
const realClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        }
        signal?.addEventListener('abort', done, { once: true });
    }),
};


/***/ }),

/***/ 4072:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ES: () => (/* binding */ leadingMarkerKey),
/* harmony export */   Nt: () => (/* binding */ legacyMarkerKey),
/* harmony export */   TK: () => (/* binding */ encodeKeyPart),
/* harmony export */   Vo: () => (/* binding */ splitLeadingMarker),
/* harmony export */   gJ: () => (/* binding */ formatMarker),
/* harmony export */   jK: () => (/* binding */ leadingMarker),
/* harmony export */   s8: () => (/* binding */ markerKey)
/* harmony export */ });
/* unused harmony export markerStart */
/**
 * The hidden marker that makes a plan comment sticky and carries what `apply` needs to find
 * the reviewed plan: `<!-- tofu-aws-action:plan:<key> {json} -->`. One shape for the
 * single-environment comment and the aggregated one. Only a marker that opens the comment
 * counts: anything later in the body (plan text, an error message) is text a plan author wrote.
 */
const ENVIRONMENT_STATUSES = [
    'planned',
    'failed',
    'not-planned',
    'applying',
    'applied',
    'apply-failed',
    'plan-changed',
];
const PREFIX = '<!-- tofu-aws-action:plan:';
const END = ' -->';
/** Characters kept as they are in a key part; earlier versions' keys are made of these only. */
const KEY_SAFE = /[^A-Za-z0-9._/-]/gu;
const utf8 = new TextEncoder();
/**
 * One part of a key (a workflow or environment name): kept as it is when made of
 * [A-Za-z0-9._/-] only, as earlier versions wrote it, else with every other character
 * percent-encoded (UTF-8), so that different names never share a key.
 */
function encodeKeyPart(part) {
    return part.replace(KEY_SAFE, (c) => [...utf8.encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
}
/** Keys are free text from workflow and environment names; keep them marker-safe. */
function markerKey(parts) {
    return parts.map(encodeKeyPart).join(':');
}
/** The key of `parts` as versions before percent-encoding wrote it (lossy: names could collide). */
function legacyMarkerKey(parts) {
    return parts
        .map((p) => p.replace(/[^A-Za-z0-9._/-]+/g, '-'))
        .join(':')
        .replace(/-->/g, '');
}
/** `<!-- tofu-aws-action:plan:<key> `: what every marker for `key` starts with, whatever its JSON. */
function markerStart(key) {
    return `${PREFIX}${key} `;
}
function formatMarker(key, data) {
    // JSON.stringify never emits "-->" unescaped inside strings once '>' is escaped.
    const json = JSON.stringify(data).replace(/>/g, '\\u003e');
    return `${markerStart(key)}${json}${END}`;
}
/** The key of the marker a body starts with, readable JSON or not. */
function leadingMarkerKey(body) {
    if (!body.startsWith(PREFIX))
        return undefined;
    const keyEnd = body.indexOf(' ', PREFIX.length);
    if (keyEnd <= PREFIX.length)
        return undefined;
    const key = body.slice(PREFIX.length, keyEnd);
    return /\s/.test(key) ? undefined : key;
}
function isObject(value) {
    return !!value && typeof value === 'object' && !Array.isArray(value);
}
function isStatus(value) {
    return ENVIRONMENT_STATUSES.includes(value);
}
/** The entry as MarkerEnvironment: undefined when it is no object or has no known status. */
function readEnvironment(entry) {
    if (!isObject(entry))
        return undefined;
    const { fingerprint, status, changes, at } = entry;
    if (!isStatus(status))
        return undefined;
    return {
        ...(typeof fingerprint === 'string' ? { fingerprint } : {}),
        status,
        ...(typeof changes === 'string' ? { changes } : {}),
        ...(typeof at === 'string' ? { at } : {}),
    };
}
/**
 * The parsed JSON as MarkerData, so that readers need not check it again: entries and fields of
 * the wrong type are left out. Undefined when it is not a version 1 marker with environments.
 */
function readMarkerData(json) {
    if (!isObject(json) || json.v !== 1 || !isObject(json.environments))
        return undefined;
    const { sha, run } = json;
    // No prototype: an environment named `constructor` or `__proto__` is only ever an entry.
    const environments = Object.create(null);
    for (const [name, entry] of Object.entries(json.environments)) {
        const env = readEnvironment(entry);
        if (env)
            environments[name] = env;
    }
    return {
        v: 1,
        ...(typeof sha === 'string' ? { sha } : {}),
        ...(typeof run === 'string' ? { run } : {}),
        environments,
    };
}
/**
 * The marker a comment body starts with and the text after it; undefined when the body starts
 * otherwise or the marker is unreadable.
 */
function splitLeadingMarker(body) {
    const key = leadingMarkerKey(body);
    if (key === undefined)
        return undefined;
    const jsonStart = markerStart(key).length;
    const end = body.indexOf(END, jsonStart);
    if (end < 0)
        return undefined;
    let json;
    try {
        json = JSON.parse(body.slice(jsonStart, end));
    }
    catch {
        return undefined;
    }
    const data = readMarkerData(json);
    return data && { key, data, rest: body.slice(end + END.length) };
}
/** The marker a comment body starts with; undefined when it starts otherwise or is unreadable. */
function leadingMarker(body) {
    const found = splitLeadingMarker(body);
    return found && { key: found.key, data: found.data };
}


/***/ }),

/***/ 2698:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ isOutdatedRun)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1096);

/**
 * Whether this run's plans must stay off the pull request (true, with a warning; they are in
 * the step summary):
 * - the pull request is merged or closed: a plan posted now (a re-run of the plan workflow, or
 *   a plan still running at the merge) would look reviewed although nobody saw it before the
 *   merge;
 * - a run for an older commit finishes after the run for the pull request's current head (a
 *   quick second push, a re-run of an old run) and the comment already shows the head.
 */
async function isOutdatedRun(ctx, target, previous) {
    let pull;
    try {
        pull = await target.client.getPullRequest(target.pr);
    }
    catch (error) {
        ctx.host.warning(`Pull request #${target.pr} could not be read (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}): the plan comment is posted anyway, without checking whether the pull request is merged or closed or has moved on to a newer commit.`);
        return false;
    }
    if (pull.merged_at || pull.state === 'closed') {
        ctx.host.warning(`Pull request #${target.pr} is ${pull.merged_at ? 'merged' : 'closed'}: the plans of this run were not posted to it (a plan shown after the merge was never reviewed, and apply ignores it); they are in the step summary.`);
        return true;
    }
    const ours = ctx.github.pullRequest?.headSha;
    const head = pull.head?.sha;
    if (!ours || !head || !previous?.sha || previous.sha === ours)
        return false;
    if (head === ours || previous.sha !== head)
        return false;
    ctx.host.warning(`Pull request #${target.pr} has moved on to ${head.slice(0, 12)} and its plan comment already shows that commit: the plans of ${ours.slice(0, 12)} are outdated and were not posted (they are in the step summary).`);
    return true;
}


/***/ }),

/***/ 5815:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ pullRequestInReach)
/* harmony export */ });
/**
 * The pull request of this run with a client that may write to it, or a warning saying why
 * there is none (a push, no token, no repository): the caller then leaves `what` in the step
 * summary and the run stays green.
 */
async function pullRequestInReach(ctx, what) {
    const { host, inputs, github } = ctx;
    const pr = github.pullRequest?.number;
    if (pr === undefined) {
        host.warning(`No pull request in reach (event: ${github.eventName ?? 'none'}): ${what} in the step summary only.`);
        return undefined;
    }
    const token = inputs.string('github-token');
    if (!token) {
        host.warning(`No github-token was given: the plan comment was not posted; ${what} in the step summary.`);
        return undefined;
    }
    host.setSecret(token);
    if (!github.owner || !github.repo) {
        host.warning(`GITHUB_REPOSITORY is not set: the plan comment was not posted; ${what} in the step summary.`);
        return undefined;
    }
    const { createGitHubClient } = await __webpack_require__.e(/* import() */ 320).then(__webpack_require__.bind(__webpack_require__, 3320));
    const client = createGitHubClient({
        token,
        apiUrl: github.apiUrl,
        owner: github.owner,
        repo: github.repo,
        signal: host.cancellation,
        sleep: (ms, signal) => ctx.clock.sleep(ms, signal),
        onRetry: (r) => host.debug(`GitHub ${r.method} ${r.path}: retry ${r.attempt} in ${r.delayMs} ms (${r.reason})`),
    });
    return { client, pr };
}


/***/ }),

/***/ 6118:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   GA: () => (/* binding */ cellCode),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   Zv: () => (/* binding */ groupThousands),
/* harmony export */   ml: () => (/* binding */ shorten)
/* harmony export */ });
/* unused harmony exports escapePipes, fenceFor, oneLine */
/** Escaping for GitHub-flavoured markdown: text from plans never breaks out of its place. */
/** Any character escapeText changes. */
const NEEDS_TEXT_ESCAPE = /[\\`*_{}[\]()|~>&<@\r\n\t]/;
/**
 * Plain text inside a line of markdown (never at its start): no markup, links, HTML or
 * @mentions.
 */
function escapeText(text) {
    // Most text (reasons, labels, names) holds nothing to escape: no new strings for it.
    if (!NEEDS_TEXT_ESCAPE.test(text))
        return text;
    return oneLine(text)
        .replace(/[\\`*_{}[\]()|~>]/g, '\\$&')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/@/g, '&#64;');
}
/** Text inside raw HTML (a <summary>): markdown escapes would show as backslashes there. */
function escapeHtml(text) {
    return oneLine(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/@/g, '&#64;');
}
/** An inline code span that holds any text (backticks inside, newlines folded). */
function codeSpan(text) {
    const content = oneLine(text);
    const fence = '`'.repeat(longestRun(content, '`') + 1);
    const pad = content.startsWith('`') || content.endsWith('`') || /^ .* $/.test(content) ? ' ' : '';
    return `${fence}${pad}${content}${pad}${fence}`;
}
/**
 * A code span inside a table cell: pipes escaped so that they cannot end the cell (GitHub
 * splits cells before it reads code spans; `\|` is the one escape it honours there).
 */
function cellCode(text) {
    return escapePipes(codeSpan(text));
}
/** Pipes in any table cell content; a backslash run before a pipe cannot unescape it. */
function escapePipes(text) {
    if (!text.includes('|'))
        return text;
    return text.replace(/(\\*)\|/g, (_m, slashes) => slashes.length % 2 === 0 ? `${slashes}\\|` : `${slashes}|`);
}
/** A code fence longer than any backtick run in the text, so the text cannot close it. */
function fenceFor(text) {
    return '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
}
/** Text in a fenced code block that nothing inside can end. */
function codeBlock(text, info = 'text') {
    const fence = fenceFor(text);
    const body = text.endsWith('\n') ? text : `${text}\n`;
    return `${fence}${info}\n${body}${fence}`;
}
const LINE_BREAK = /[\r\n\t]/;
function oneLine(text) {
    return LINE_BREAK.test(text) ? text.replace(/[\r\n\t]+/g, ' ') : text;
}
/** At most `max` UTF-16 units, an ellipsis when cut, never half of a surrogate pair. */
function shorten(text, max) {
    if (text.length <= max)
        return text;
    let end = Math.max(0, max - 1);
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end--;
    return `${text.slice(0, end)}…`;
}
/**
 * shorten() on one line, whitespace runs folded and trimmed first; escape the result
 * afterwards, so that no escape is cut.
 */
function clip(text, max) {
    return shorten(text.replace(/\s+/g, ' ').trim(), max);
}
function longestRun(text, char) {
    let longest = 0;
    let from = text.indexOf(char);
    while (from >= 0) {
        let end = from;
        while (text[end] === char)
            end++;
        if (end - from > longest)
            longest = end - from;
        from = text.indexOf(char, end);
    }
    return longest;
}
/**
 * `12,345`. Written by hand: the first toLocaleString call loads ICU's locale data, which
 * costs more than the rest of a small plan's rendering.
 */
function groupThousands(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
function plural(n, one, many = `${one}s`) {
    return `${groupThousands(n)} ${n === 1 ? one : many}`;
}


/***/ }),

/***/ 9062:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ renderPlanSection)
});

// EXTERNAL MODULE: ./.build/tofu/plan-text.js
var plan_text = __webpack_require__(5798);
// EXTERNAL MODULE: ./.build/tofu/sensitive.js
var sensitive = __webpack_require__(2611);
;// CONCATENATED MODULE: ./.build/render/fit-table.js
/** A group whose rows are already rendered. */
function groupOfRows(rows, more) {
    return { size: rows.length, row: (index) => rows[index], more };
}
/**
 * The table (header lines, then each group's rows in order) within `budget` characters:
 * the whole table when it fits, otherwise the first N rows of every group with one
 * "and K more" row per cut group, N as large as fits (N = 0 at worst: header and the
 * "more" rows only, which may exceed a tiny budget; the table is never dropped).
 */
function fitTable(header, groups, budget) {
    // Characters of each group's first k rows (with their newlines): sums[g][k], filled in
    // only as far as a size is asked for.
    const sums = groups.map(() => [0]);
    /**
     * The table's length with at most n rows per group; when that is over budget, possibly a
     * smaller length that is still over budget. New rows are rendered one per group in turn,
     * so that an over-budget size stops after about a budget's worth of leading rows.
     */
    const size = (n) => {
        let total = header.length;
        let missing = 0;
        for (let g = 0; g < groups.length; g++) {
            const group = groups[g];
            const known = sums[g];
            const shown = Math.min(n, group.size);
            if (group.size > shown)
                total += group.more(group.size - shown).length + 1;
            total += known[Math.min(shown, known.length - 1)];
            if (shown >= known.length)
                missing++;
        }
        while (missing > 0 && total <= budget) {
            missing = 0;
            for (let g = 0; g < groups.length && total <= budget; g++) {
                const known = sums[g];
                if (Math.min(n, groups[g].size) < known.length)
                    continue;
                const row = groups[g].row(known.length - 1).length + 1;
                known.push(known[known.length - 1] + row);
                total += row;
                missing++;
            }
        }
        return total;
    };
    const longest = groups.reduce((m, g) => Math.max(m, g.size), 0);
    let n = longest;
    if (size(longest) > budget) {
        let low = 0;
        let high = longest - 1;
        n = 0;
        while (low <= high) {
            const mid = (low + high) >> 1;
            if (size(mid) <= budget) {
                n = mid;
                low = mid + 1;
            }
            else
                high = mid - 1;
        }
    }
    const parts = [header];
    let hidden = 0;
    for (const g of groups) {
        const shown = Math.min(n, g.size);
        for (let i = 0; i < shown; i++)
            parts.push(g.row(i));
        if (g.size > shown) {
            parts.push(g.more(g.size - shown));
            hidden += g.size - shown;
        }
    }
    return { text: parts.join('\n'), hidden };
}

// EXTERNAL MODULE: ./.build/render/markdown.js
var markdown = __webpack_require__(6118);
;// CONCATENATED MODULE: ./.build/render/plan-reasons.js
/** Why OpenTofu plans an action (`action_reason`), in a few words for the table. */
const REASONS = {
    replace_because_cannot_update: 'cannot update in place',
    replace_because_tainted: 'tainted',
    replace_by_request: 'replace requested (-replace)',
    replace_by_triggers: 'replace_triggered_by',
    delete_because_no_resource_config: 'not in configuration',
    delete_because_wrong_repetition: 'count/for_each changed',
    delete_because_count_index: 'index out of range for count',
    delete_because_each_key: 'key not in for_each',
    delete_because_no_module: 'module not in configuration',
    delete_because_no_move_target: 'moved to an address not in configuration',
    delete_because_enabled_false: 'enabled = false',
    read_because_config_unknown: 'configuration known only after apply',
    read_because_dependency_pending: 'depends on pending changes',
    read_because_check_nested: 'read by a check block',
    forget_because_lifecycle_destroy_in_state: 'lifecycle.destroy = false (in state)',
    forget_because_lifecycle_destroy_in_config: 'lifecycle.destroy = false',
};
/** Undefined for no reason; an unknown reason is shown as it is. */
function describeReason(reason) {
    if (!reason)
        return undefined;
    return REASONS[reason] ?? reason;
}

;// CONCATENATED MODULE: ./.build/render/plan-text-excerpt.js

/** Progress lines of `tofu plan` that say nothing about the plan. */
const NOISE = /^(?:\S.*: (?:Refreshing state\.\.\.|Reading\.\.\.|Read complete after \S+|Preparing import\.\.\.)(?: \[.*\])?|(?:Acquiring|Releasing) state lock\. This may take a few moments\.\.\.)$/;
/**
 * Where a line may need more than copying: colour codes, carriage returns, and what every
 * NOISE line holds (an ellipsis or "Read complete after").
 */
// eslint-disable-next-line no-control-regex
const SPECIAL = /\u001b|\r|\.\.\.|Read complete after /g;
/**
 * The plan text cut on a line boundary to at most `budget` characters: colour codes and
 * refresh progress lines dropped, leading blank lines dropped. Reads only as much of the
 * text as it needs (a 50 MB plan text costs what the excerpt costs). Runs of plain lines
 * (the bulk of a plan) are copied as one slice; only lines with colour codes, carriage
 * returns or what may be a progress line are looked at one by one.
 */
function planTextExcerpt(text, budget) {
    const parts = [];
    let length = 0;
    let lines = 0;
    let from = 0;
    let cut = false;
    let special = -1;
    while (from < text.length && !cut) {
        if (special < from) {
            // Looked for only as far as the excerpt can reach; the line at the window's end is
            // then looked at on its own.
            const window = Math.max(1024, budget - length + 1);
            SPECIAL.lastIndex = 0;
            const found = SPECIAL.exec(text.slice(from, from + window));
            special = found ? from + found.index : Math.min(text.length, from + window);
        }
        // Plain lines: from `from` up to the start of the line that holds `special`.
        const plainEnd = special >= text.length ? text.length : text.lastIndexOf('\n', special) + 1;
        if (plainEnd > from) {
            if (lines === 0) {
                // Leading blank lines are dropped.
                const first = skipBlankLines(text, from, plainEnd);
                if (first >= plainEnd) {
                    from = plainEnd;
                    continue;
                }
                from = first;
            }
            // Each line costs its characters and a newline: the run costs plainEnd - from (one
            // more when the text ends without a newline).
            const runEnd = plainEnd < text.length || text.endsWith('\n') ? plainEnd - 1 : plainEnd;
            let end = runEnd;
            if (length + (end - from) + 1 > budget) {
                cut = true;
                end = budget - length - 1 < 0 ? -1 : text.lastIndexOf('\n', from + (budget - length - 1));
                if (end < from)
                    break;
            }
            parts.push(text.slice(from, end));
            lines += countLines(text, from, end);
            length += end - from + 1;
            from = end + 1;
            if (cut)
                break;
            continue;
        }
        // One line that needs a closer look.
        let end = text.indexOf('\n', from);
        if (end < 0)
            end = text.length;
        let line = text.slice(from, end);
        from = end + 1;
        if (line.endsWith('\r'))
            line = line.slice(0, -1);
        line = (0,plan_text/* stripAnsi */.aJ)(line);
        if (line.length < 400 && NOISE.test(line))
            continue;
        if (lines === 0 && line.trim() === '')
            continue;
        if (length + line.length + 1 > budget) {
            cut = true;
            break;
        }
        parts.push(line);
        lines++;
        length += line.length + 1;
    }
    // Trailing blank lines are dropped.
    let excerpt = parts.join('\n');
    for (;;) {
        const start = excerpt.lastIndexOf('\n') + 1;
        if (lines === 0 || excerpt.slice(start).trim() !== '')
            break;
        excerpt = excerpt.slice(0, Math.max(0, start - 1));
        lines--;
    }
    return { text: excerpt, cut, shownLines: lines };
}
/** The start of the first line in [from, end) with more than white space (end if none). */
function skipBlankLines(text, from, end) {
    while (from < end) {
        let lineEnd = text.indexOf('\n', from);
        if (lineEnd < 0 || lineEnd > end)
            lineEnd = end;
        if (text.slice(from, lineEnd).trim() !== '')
            return from;
        from = lineEnd + 1;
    }
    return end;
}
/** Lines in text[from, end) (end is a line end). */
function countLines(text, from, end) {
    let count = 1;
    for (let i = text.indexOf('\n', from); i >= 0 && i < end; i = text.indexOf('\n', i + 1))
        count++;
    return count;
}

// EXTERNAL MODULE: ./.build/render/plan-verdict.js
var plan_verdict = __webpack_require__(6180);
;// CONCATENATED MODULE: ./.build/render/plan-section.js







/** Room kept for a plan text block with a few lines in it, before anything is cut. */
const MIN_PLAN_TEXT = 400;
const MAX_ERROR_CHARS = 3000;
const MAX_NOTE_CHARS = 2000;
const MAX_ADDRESS = 300;
const MAX_VALUE = 120;
const MAX_REPLACE_PATHS = 5;
/** Replace and delete first, then the rest by weight. */
const GROUPS = [
    { id: 'replace-delete-first', label: '**replace**', word: 'to replace' },
    { id: 'replace-create-first', label: '**replace** (create first)', word: 'to replace' },
    { id: 'delete', label: '**destroy**', word: 'to destroy' },
    { id: 'replace-forget-first', label: 'replace (old kept)', word: 'to replace' },
    { id: 'forget', label: 'forget', word: 'to forget' },
    { id: 'create', label: 'create', word: 'to create' },
    { id: 'update', label: 'update', word: 'to update' },
    { id: 'import', label: 'import', word: 'to import' },
    { id: 'move', label: 'move', word: 'to move' },
    { id: 'read', label: 'read', word: 'to read' },
    { id: 'other', label: 'other', word: 'other changes' },
];
/**
 * The markdown of one environment's plan, at most `budget` characters (given a budget of
 * a few kilobytes or more): title with verdict, destroy warning, failure with its first
 * error, notes, the table of changed resources, output changes, drift (collapsed) and the
 * plan text (collapsed, cut on a line boundary). What gives way when space runs out, last
 * first: the plan text, then drift rows, output rows, resource rows (first N per group,
 * with "and K more" rows). Title and verdict are never cut.
 */
function renderPlanSection(input) {
    const { model } = input;
    const clean = (0,sensitive/* createRedactor */.lY)(input.secrets ?? []);
    const head = headLines(input, clean).join('\n\n');
    let remaining = input.budget - head.length;
    const blocks = [head];
    const resources = model ? resourceTable(model.changes, input.secrets, clean) : undefined;
    const outputs = model && model.outputs.length > 0 ? outputTable(model.outputs, clean) : undefined;
    const drift = model && model.drift.length > 0 ? driftTable(model.drift) : undefined;
    const text = input.planText ? input.planText : undefined;
    // Each part gets what is left after the smallest form of every later part.
    const parts = [resources, outputs, drift].filter((p) => p !== undefined);
    const minimum = parts.map((p) => p.render(0).length + 2);
    const textMinimum = text ? MIN_PLAN_TEXT : 0;
    parts.forEach((part, i) => {
        const later = minimum.slice(i + 1).reduce((a, b) => a + b, 0) + textMinimum;
        const rendered = part.render(remaining - later - 2);
        if (rendered === '')
            return;
        blocks.push(rendered);
        remaining -= rendered.length + 2;
    });
    if (text) {
        const block = planTextBlock(text, remaining - 2, input, clean);
        if (block)
            blocks.push(block);
    }
    return blocks.join('\n\n');
}
function headLines(input, clean) {
    const { model } = input;
    const environment = (0,markdown/* escapeText */.X1)((0,markdown/* shorten */.ml)(input.environment, 200));
    const verdict = !model || model.errored ? 'failed' : (0,plan_verdict/* planVerdict */.F)(model);
    const lines = [`### Plan for ${environment}: ${verdict}`];
    const warning = (0,plan_verdict/* destroyWarning */.X)(model);
    if (warning)
        lines.push(`> [!WARNING]\n> ${warning}`);
    if (!model || model.errored) {
        const error = input.error ?? (input.planText ? (0,plan_text/* firstPlanError */.Yz)(input.planText) : undefined) ?? undefined;
        if (error) {
            const shown = (0,markdown/* shorten */.ml)(clean((0,plan_text/* stripAnsi */.aJ)(error)), MAX_ERROR_CHARS);
            lines.push(`> [!CAUTION]\n> The plan failed. The first error:`, (0,markdown/* codeBlock */.DV)(shown));
        }
        else {
            lines.push('> [!CAUTION]\n> The plan failed; see the log of this run for the errors.');
        }
        if (model && model.changes.length > 0) {
            lines.push('OpenTofu planned the changes below before it failed; they will not be applied.');
        }
    }
    for (const note of input.notes ?? [])
        lines.push((0,markdown/* shorten */.ml)(note, MAX_NOTE_CHARS));
    return lines;
}
function groupOf(change) {
    if (change.action === 'no-op')
        return change.importing ? 'import' : 'move';
    return change.action;
}
/**
 * Changes by group, and their rows as far as rendered, kept per change list and secrets:
 * the comment's section and the summary's render the same plan, and a row does not depend
 * on the budget. (A PlanModel is not changed once built; a list that grew is grouped afresh.)
 */
const ROWS = new WeakMap();
function resourceRows(changes, secrets) {
    const cached = ROWS.get(changes);
    if (cached && cached.secrets === secrets && cached.length === changes.length) {
        return cached.byGroup;
    }
    const byGroup = new Map();
    for (const group of GROUPS)
        byGroup.set(group.id, { changes: [], rows: [] });
    for (let i = 0; i < changes.length; i++) {
        const change = changes[i];
        byGroup.get(groupOf(change)).changes.push(change);
    }
    ROWS.set(changes, { secrets, length: changes.length, byGroup });
    return byGroup;
}
function resourceRow(change, group, clean) {
    const label = group.id === 'other' ? `other (${(0,markdown/* escapeText */.X1)(change.actions.join(', '))})` : group.label;
    const address = (0,markdown/* cellCode */.GA)((0,markdown/* shorten */.ml)(change.address, MAX_ADDRESS));
    return `| ${label} | ${address} | ${details(change, clean)} |`;
}
function resourceTable(changes, secrets, clean) {
    const byGroup = resourceRows(changes, secrets);
    const groups = [];
    for (const group of GROUPS) {
        const { changes: members, rows } = byGroup.get(group.id);
        if (members.length === 0)
            continue;
        groups.push({
            size: members.length,
            // Rendered when the table first reaches them, then kept.
            row: (index) => (rows[index] ??= resourceRow(members[index], group, clean)),
            more: (hidden) => `| ${group.label} | _and ${(0,markdown/* groupThousands */.Zv)(hidden)} more ${group.word}_ | |`,
        });
    }
    const header = '| Action | Resource | Details |\n| --- | --- | --- |';
    return {
        render: (budget) => (groups.length === 0 ? '' : fitTable(header, groups, budget).text),
    };
}
function details(change, clean) {
    const parts = [];
    const reason = describeReason(change.actionReason);
    if (reason)
        parts.push((0,markdown/* escapeText */.X1)(reason));
    if (change.replacePaths && change.replacePaths.length > 0) {
        const shown = change.replacePaths
            .slice(0, MAX_REPLACE_PATHS)
            .map((p) => (0,markdown/* cellCode */.GA)((0,markdown/* shorten */.ml)(p, 80)));
        const more = change.replacePaths.length - shown.length;
        parts.push(`forced by ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`);
    }
    if (change.previousAddress) {
        parts.push(`moved from ${(0,markdown/* cellCode */.GA)((0,markdown/* shorten */.ml)(change.previousAddress, MAX_ADDRESS))}`);
    }
    if (change.importing) {
        const id = change.importing.id;
        parts.push(id ? `import id ${(0,markdown/* cellCode */.GA)((0,markdown/* shorten */.ml)(clean(id), 120))}` : 'import');
        if (change.generatedConfig)
            parts.push('config generated');
    }
    if (change.deposed)
        parts.push(`deposed object ${(0,markdown/* cellCode */.GA)(change.deposed)}`);
    return parts.join('; ');
}
function outputTable(outputs, clean) {
    const rows = outputs.map((o) => {
        let value;
        if (o.sensitive)
            value = '(sensitive)';
        else if (o.action === 'delete')
            value = '';
        else if (o.unknown)
            value = '(known after apply)';
        else
            value = (0,markdown/* cellCode */.GA)((0,markdown/* shorten */.ml)(clean(JSON.stringify(o.value) ?? 'null'), MAX_VALUE));
        return `| ${(0,markdown/* cellCode */.GA)(o.name)} | ${actionWord(o.action)} | ${value} |`;
    });
    const header = '#### Output changes\n\n| Output | Action | New value |\n| --- | --- | --- |';
    const groups = [groupOfRows(rows, (hidden) => `| _and ${(0,markdown/* groupThousands */.Zv)(hidden)} more_ | | |`)];
    return { render: (budget) => fitTable(header, groups, budget).text };
}
function actionWord(action) {
    switch (action) {
        case 'create':
            return 'add';
        case 'update':
            return 'change';
        case 'delete':
            return 'remove';
        default:
            return (0,markdown/* escapeText */.X1)(action);
    }
}
function driftTable(drift) {
    const rows = drift.map((d) => {
        const what = d.action === 'delete'
            ? 'deleted'
            : d.action === 'update'
                ? 'changed'
                : (0,markdown/* escapeText */.X1)(d.actions.join(', '));
        return `| ${what} | ${(0,markdown/* cellCode */.GA)((0,markdown/* shorten */.ml)(d.address, MAX_ADDRESS))} |`;
    });
    const open = `<details><summary>${(0,markdown/* plural */.LS)(drift.length, 'change')} outside OpenTofu</summary>\n\n| Change | Resource |\n| --- | --- |`;
    const close = '\n\n</details>';
    const groups = [groupOfRows(rows, (hidden) => `| | _and ${(0,markdown/* groupThousands */.Zv)(hidden)} more_ |`)];
    return {
        render: (budget) => `${fitTable(open, groups, budget - close.length).text}${close}`,
    };
}
function planTextBlock(text, budget, input, clean) {
    const note = input.fullPlanNote ?? 'The whole plan is in the job summary of this run.';
    const open = '<details><summary>Plan text</summary>\n\n';
    const close = '\n\n</details>';
    const cutNote = (lines) => `\n\n_The plan text is cut after ${(0,markdown/* plural */.LS)(lines, 'line')} to fit. ${note}_`;
    const omitted = `_The plan text is too large to show here. ${note}_`;
    // fence (up to a few backticks more than 3), info string and newlines
    let room = budget - (open.length + close.length + cutNote(999_999_999).length + 16);
    for (let attempt = 0; attempt < 4 && room >= 40; attempt++) {
        const excerpt = planTextExcerpt(text, room);
        let body = clean(excerpt.text);
        let cut = excerpt.cut;
        let lines = excerpt.shownLines;
        if (body.length > room) {
            // Redaction made it longer: cut again on a line boundary.
            const again = planTextExcerpt(body, room);
            body = again.text;
            cut = true;
            lines = again.shownLines;
        }
        if (body.trim() === '')
            return cut ? omitted : undefined;
        const block = `${open}${(0,markdown/* codeBlock */.DV)(body)}${close}${cut ? cutNote(lines) : ''}`;
        if (block.length <= budget)
            return block;
        room -= block.length - budget + 16; // a long fence: try again with less text
    }
    return budget >= omitted.length ? omitted : undefined;
}


/***/ }),

/***/ 6180:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ planVerdict),
/* harmony export */   X: () => (/* binding */ destroyWarning)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6118);

/**
 * The one-line verdict, worded as OpenTofu words its "Plan:" line:
 * `3 to add, 1 to change, 1 to destroy` (with `N to import, ` before and `, N to forget`
 * after when there are any, and `, N moved`), `No changes`, `2 output changes, no resource
 * changes`, or `Plan failed`.
 */
function planVerdict(model) {
    if (!model || model.errored)
        return 'Plan failed';
    const c = model.counts;
    const resourceChanges = model.changes.length > 0;
    if (!resourceChanges && model.outputs.length === 0)
        return 'No changes';
    if (!resourceChanges)
        return `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(model.outputs.length, 'output change')}, no resource changes`;
    const parts = [];
    if (c.import > 0)
        parts.push(`${c.import} to import`);
    parts.push(`${c.add} to add`, `${c.change} to change`, `${c.destroy} to destroy`);
    if (c.forget > 0)
        parts.push(`${c.forget} to forget`);
    if (c.move > 0)
        parts.push(`${c.move} moved`);
    return parts.join(', ');
}
/** The warning line for a plan that destroys anything (replaces included); undefined otherwise. */
function destroyWarning(model) {
    if (!model || model.counts.destroy === 0)
        return undefined;
    const { destroy, replace } = model.counts;
    const deleted = destroy - replace;
    const detail = [
        deleted > 0 ? `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .groupThousands */ .Zv)(deleted)} deleted` : '',
        replace > 0 ? `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .groupThousands */ .Zv)(replace)} replaced` : '',
    ]
        .filter(Boolean)
        .join(', ');
    return `This plan destroys ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(destroy, 'resource')} (${detail}).`;
}


/***/ }),

/***/ 4204:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runOnRunner: () => (/* binding */ runOnRunner)
});

// NAMESPACE OBJECT: ./.build/commands/plan.js
var plan_namespaceObject = {};
__webpack_require__.r(plan_namespaceObject);
__webpack_require__.d(plan_namespaceObject, {
  run: () => (run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./.build/github/workflow-commands.js
// The runner's protocol: workflow commands on stdout and environment files.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
const PROPERTY_NAMES = {
    title: 'title',
    file: 'file',
    startLine: 'line',
    endLine: 'endLine',
    startColumn: 'col',
    endColumn: 'endColumn',
};
function workflowCommand(command, message, props = {}) {
    const pairs = Object.keys(PROPERTY_NAMES)
        .filter((key) => props[key] !== undefined && props[key] !== '')
        .map((key) => `${PROPERTY_NAMES[key]}=${escapeProperty(String(props[key]))}`);
    const head = pairs.length ? `::${command} ${pairs.join(',')}::` : `::${command}::`;
    return `${head}${escapeData(message)}`;
}
/**
 * A random UUID-shaped token. Not node:crypto: loading it costs about 5 ms of every start-up.
 * A delimiter needs no secrecy: the collision check in fileCommandEntry is what guarantees
 * that a value cannot end its block early (V8 seeds Math.random from the OS).
 */
function randomToken() {
    const hex = (bits) => Math.floor(Math.random() * 2 ** bits)
        .toString(16)
        .padStart(bits / 4, '0');
    return `${hex(32)}-${hex(16)}-4${hex(12)}-${(8 + Math.floor(Math.random() * 4)).toString(16)}${hex(12)}-${hex(24)}${hex(24)}`;
}
/** A `name<<delimiter` block for GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE. */
function fileCommandEntry(name, value) {
    const delimiter = `ghadelimiter_${randomToken()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected delimiter collision for ${name}`);
    }
    return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

;// CONCATENATED MODULE: ./.build/github/actions-host.js



/**
 * The host on a GitHub runner. It speaks the runner's protocol directly (workflow commands
 * and environment files) instead of loading @actions/core, whose bundle doubles start-up.
 */
class ActionsHost {
    processEnv;
    cancellationSource;
    out;
    kind = 'actions';
    env;
    workspace;
    failed = false;
    signal;
    /** The runner's files (outputs, state, env, path, summary), opened once for appending. */
    files = new Map();
    /**
     * `cancellation` may be given as a function: the runner's signals are then listened for only
     * once a command asks (before it starts tofu or calls an API). Until then there is nothing to
     * wind down, and a plan rendered from files starts faster.
     */
    constructor(processEnv, cancellationSource, out = writeStdout) {
        this.processEnv = processEnv;
        this.cancellationSource = cancellationSource;
        this.out = out;
        this.env = processEnv;
        this.workspace = processEnv.GITHUB_WORKSPACE || process.cwd();
    }
    get cancellation() {
        this.signal ??=
            typeof this.cancellationSource === 'function'
                ? this.cancellationSource()
                : this.cancellationSource;
        return this.signal;
    }
    getInput(name) {
        const value = this.processEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
        const trimmed = value?.trim();
        return trimmed ? trimmed : undefined;
    }
    setOutput(name, value) {
        this.fileCommand('GITHUB_OUTPUT', name, value);
    }
    setSecret(value) {
        if (!value)
            return;
        this.command('add-mask', value);
    }
    exportVariable(name, value) {
        this.processEnv[name] = value;
        this.fileCommand('GITHUB_ENV', name, value);
    }
    addPath(dir) {
        const file = this.processEnv.GITHUB_PATH;
        if (file)
            this.append(file, `${dir}${external_node_os_.EOL}`);
        else
            this.command('add-path', dir);
        this.processEnv.PATH = `${dir}${process.platform === 'win32' ? ';' : ':'}${this.processEnv.PATH ?? ''}`;
    }
    saveState(name, value) {
        this.fileCommand('GITHUB_STATE', name, value);
    }
    getState(name) {
        return this.processEnv[`STATE_${name}`] || undefined;
    }
    debug(message) {
        this.command('debug', message);
    }
    info(message) {
        this.out(`${message}${external_node_os_.EOL}`);
    }
    notice(message, props) {
        this.command('notice', message, props);
    }
    warning(message, props) {
        this.command('warning', message, props);
    }
    error(message, props) {
        this.command('error', message, props);
    }
    write(chunk) {
        this.out(chunk);
    }
    async group(title, fn) {
        this.command('group', title);
        try {
            return await fn();
        }
        finally {
            this.command('endgroup', '');
        }
    }
    async appendSummary(markdown) {
        const file = this.processEnv.GITHUB_STEP_SUMMARY;
        if (!file)
            return;
        this.append(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
    }
    async showComment(_body) {
        // On the runner the comment goes to the pull request; the summary already holds it.
    }
    setFailed(message) {
        if (this.failed)
            return;
        this.failed = true;
        process.exitCode = 1;
        this.error(message);
    }
    command(name, message, props) {
        this.out(`${workflowCommand(name, message, props)}${external_node_os_.EOL}`);
    }
    fileCommand(envName, name, value) {
        const file = this.processEnv[envName];
        if (!file) {
            const legacy = envName === 'GITHUB_OUTPUT'
                ? 'set-output'
                : envName === 'GITHUB_STATE'
                    ? 'save-state'
                    : 'set-env';
            this.out(`::${legacy} name=${name}::${value}${external_node_os_.EOL}`);
            return;
        }
        this.append(file, fileCommandEntry(name, value));
    }
    /**
     * Appends at once, as appendFileSync does, without opening and closing the file for each
     * of a step's dozen outputs. The descriptors close with the process (and are not inherited:
     * Node opens files close-on-exec).
     */
    append(file, text) {
        let fd = this.files.get(file);
        if (fd === undefined) {
            fd = (0,external_node_fs_.openSync)(file, 'a');
            this.files.set(file, fd);
        }
        const bytes = Buffer.from(text, 'utf8');
        for (let done = 0; done < bytes.length;)
            done += (0,external_node_fs_.writeSync)(fd, bytes, done);
    }
}
/**
 * Writes to file descriptor 1 directly: creating process.stdout costs a few milliseconds of
 * start-up (a pipe becomes a net.Socket), and a synchronous write keeps workflow commands in
 * order with the output of child processes that share the descriptor. A pipe that someone
 * made non-blocking may be full (EAGAIN): wait a moment and write the rest.
 */
function writeStdout(text) {
    let bytes;
    let done = 0;
    for (;;) {
        try {
            if (bytes === undefined) {
                done = (0,external_node_fs_.writeSync)(1, text);
                if (done >= Buffer.byteLength(text))
                    return;
                bytes = Buffer.from(text, 'utf8');
            }
            else {
                done += (0,external_node_fs_.writeSync)(1, bytes, done);
                if (done >= bytes.length)
                    return;
            }
        }
        catch (error) {
            if (error.code !== 'EAGAIN')
                throw error;
            bytes ??= Buffer.from(text, 'utf8');
            Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
        }
    }
}

;// CONCATENATED MODULE: ./.build/github/signals.js
/**
 * An AbortSignal that fires when the runner cancels the job. The runner sends SIGINT, then
 * SIGTERM; both only abort the signal so that commands can forward them to child processes and
 * wait for those to finish (state written, lock released) instead of dying mid-write.
 */
function cancellationSignal(proc = process) {
    const controller = new AbortController();
    const onSignal = (signal) => {
        if (!controller.signal.aborted)
            controller.abort(new Error(`received ${signal}`));
    };
    proc.on('SIGINT', onSignal);
    proc.on('SIGTERM', onSignal);
    return controller.signal;
}

// EXTERNAL MODULE: ./.build/util/errors.js
var errors = __webpack_require__(1096);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build/github/comment-keys.js
var comment_keys = __webpack_require__(4806);
// EXTERNAL MODULE: ./.build/github/marker.js
var github_marker = __webpack_require__(4072);
// EXTERNAL MODULE: ./.build/github/github-api-error.js
var github_api_error = __webpack_require__(1411);
// EXTERNAL MODULE: ./.build/github/outdated-run.js
var outdated_run = __webpack_require__(2698);
// EXTERNAL MODULE: ./.build/github/pull-request-target.js
var pull_request_target = __webpack_require__(5815);
;// CONCATENATED MODULE: ./.build/github/publish-comment.js




/**
 * Posts or updates the sticky comment on the pull request in reach. Never fails the run:
 * where there is no pull request, no token or no write access (a fork), or the pull request is
 * merged or closed (see isOutdatedRun), it says so and the plan stays in the step summary. The body is rendered only once there is somewhere to post it.
 */
async function publishComment(ctx, key, render) {
    const { host } = ctx;
    const target = await (0,pull_request_target/* pullRequestInReach */.F)(ctx, 'the plan is');
    if (!target)
        return 'skipped';
    const { client, pr } = target;
    const { findStickyComments, upsertStickyComment } = await __webpack_require__.e(/* import() */ 501).then(__webpack_require__.bind(__webpack_require__, 3501));
    try {
        const existing = await findStickyComments(client, pr, key);
        if (await (0,outdated_run/* isOutdatedRun */.W)(ctx, { client, pr }, existing[0]?.marker))
            return 'skipped';
        const outcome = await upsertStickyComment(client, {
            issueNumber: pr,
            key,
            body: render(),
            existing,
        });
        host.info(`Plan comment ${outcome.action} on pull request #${pr}: ${outcome.url}`);
        return outcome.action;
    }
    catch (error) {
        if (error instanceof github_api_error/* GitHubApiError */.O && (error.status === 403 || error.status === 404)) {
            host.warning(`The token cannot write to pull request #${pr} (HTTP ${error.status}: a pull request from a fork, or a token without pull-requests: write): the plan is in the step summary.`);
        }
        else {
            host.warning(`The plan comment could not be posted (${(0,errors/* errorMessage */.gJ)(error)}): the plan is in the step summary.`);
        }
        return 'skipped';
    }
}

// EXTERNAL MODULE: ./.build/render/markdown.js
var markdown = __webpack_require__(6118);
// EXTERNAL MODULE: ./.build/render/plan-section.js + 3 modules
var plan_section = __webpack_require__(9062);
;// CONCATENATED MODULE: ./.build/render/plan-comment.js



/** GitHub rejects an issue comment body over this many characters. */
const COMMENT_LIMIT = 65_536;
/** What a rendered comment stays under (a margin below the limit). */
const COMMENT_BUDGET = 65_000;
/** GitHub keeps at most 1 MiB of step summary per step. */
const SUMMARY_LIMIT_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/** What a rendered summary stays under, in UTF-8 bytes. */
const SUMMARY_BUDGET_BYTES = 1_000_000;

/**
 * The whole PR comment: marker, sections, footer. Under `limit` characters (by default
 * under GitHub's 65,536 with a margin) for any plan size and any number of sections.
 * Sections without a `fullPlanNote` say the whole plan is in the job summary.
 */
function renderPlanComment(input) {
    const limit = Math.min(input.limit ?? COMMENT_BUDGET, COMMENT_BUDGET);
    const marker = typeof input.marker === 'string'
        ? input.marker
        : (0,github_marker/* formatMarker */.gJ)(input.marker.key, input.marker.data);
    return renderDocument(input, marker, limit, (footer) => footer.runUrl
        ? `The whole plan is in the [job summary](${linkTarget(footer.runUrl)}) of this run.`
        : 'The whole plan is in the job summary of this run.');
}
/** The step summary: the same markdown without the marker, up to 1 MiB (UTF-8 bytes). */
function renderPlanSummary(given) {
    const input = 'sections' in given ? given : singleSummary(given);
    const limitBytes = Math.min(input.limitBytes ?? SUMMARY_BUDGET_BYTES, SUMMARY_BUDGET_BYTES);
    const note = () => 'The whole plan text is in the plan text file of this run.';
    let limit = limitBytes;
    let text = renderDocument(input, undefined, limit, note);
    // Characters may take up to 3 bytes (box-drawing rules in plan text): shrink until it fits.
    for (let bytes = Buffer.byteLength(text); bytes > limitBytes; bytes = Buffer.byteLength(text)) {
        limit = Math.floor((limit * limitBytes) / bytes) - 1024;
        text = renderDocument(input, undefined, limit, note);
    }
    return text;
}
function singleSummary(input) {
    const { sha, runUrl, fingerprint, budget, limitBytes, ...section } = input;
    const footer = { sha, runUrl, fingerprint };
    return {
        sections: [section],
        footer,
        limitBytes: Math.min(limitBytes ?? SUMMARY_BUDGET_BYTES, (budget ?? Infinity) + 2_000),
    };
}
const SEPARATOR = '\n\n---\n\n';
function renderDocument(input, marker, limit, defaultNote) {
    const head = [marker, input.title ? `## ${(0,markdown/* escapeText */.X1)((0,markdown/* shorten */.ml)(input.title, 200))}` : undefined]
        .filter((x) => x !== undefined)
        .join('\n\n');
    const footer = footerLine(input.footer);
    const fixed = (head ? head.length + 2 : 0) +
        footer.length +
        2 +
        SEPARATOR.length * Math.max(0, input.sections.length - 1);
    const render = (section, budget) => typeof section === 'string'
        ? section
        : (0,plan_section/* renderPlanSection */.J)({
            ...section,
            budget,
            fullPlanNote: section.fullPlanNote ?? defaultNote(input.footer),
        });
    const budgets = shareBudget(input.sections, limit - fixed, render);
    const body = input.sections.map((s, i) => render(s, budgets[i])).join(SEPARATOR);
    const document = [head, body, footer].filter((x) => x !== '').join('\n\n');
    return document.length <= limit ? document : hardCut(document, limit);
}
/**
 * Budgets per section: each gets an equal share of what is left, smallest first, so that
 * small sections leave their unused room to large ones.
 */
function shareBudget(sections, total, render) {
    if (sections.length === 1)
        return [total];
    const wanted = sections.map((s) => render(s, total).length);
    const order = sections
        .map((_, i) => i)
        .sort((a, b) => wanted[a] - wanted[b]);
    const budgets = new Array(sections.length).fill(0);
    let left = total;
    order.forEach((index, position) => {
        const share = Math.floor(left / (order.length - position));
        const used = Math.min(share, wanted[index]);
        budgets[index] = share;
        left -= used;
    });
    return budgets;
}
function footerLine(footer) {
    const parts = [];
    if (footer.sha)
        parts.push(`Commit ${(0,markdown/* codeSpan */.SS)(footer.sha.slice(0, 12))}`);
    if (footer.runUrl)
        parts.push(`[Workflow run](${linkTarget(footer.runUrl)})`);
    if (footer.fingerprint)
        parts.push(`Plan fingerprint ${(0,markdown/* codeSpan */.SS)(footer.fingerprint)}`);
    return parts.length > 0 ? `<sub>${parts.join(' · ')}</sub>` : '';
}
/** A URL that cannot end the markdown link early. */
function linkTarget(url) {
    return url.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
/** Last resort (very many sections): cut on a line boundary and say so. */
function hardCut(document, limit) {
    const note = '\n\n_This comment was cut to fit GitHub’s size limit._';
    const end = document.lastIndexOf('\n', limit - note.length);
    return `${document.slice(0, Math.max(0, end))}${note}`;
}

// EXTERNAL MODULE: ./.build/tofu/change-set-codec.js
var change_set_codec = __webpack_require__(2185);
// EXTERNAL MODULE: ./.build/tofu/plan-analysis.js
var plan_analysis = __webpack_require__(3251);
// EXTERNAL MODULE: ./.build/tofu/plan-args.js
var plan_args = __webpack_require__(9212);
// EXTERNAL MODULE: ./.build/tofu/plan-files.js
var plan_files = __webpack_require__(7450);
// EXTERNAL MODULE: ./.build/tofu/plan-result.js
var plan_result = __webpack_require__(1220);
// EXTERNAL MODULE: ./.build/tofu/repo-path.js
var repo_path = __webpack_require__(7351);
// EXTERNAL MODULE: ./.build/tofu/sensitive.js
var tofu_sensitive = __webpack_require__(2611);
// EXTERNAL MODULE: ./.build/tofu/settings.js
var tofu_settings = __webpack_require__(874);
// EXTERNAL MODULE: ./.build/tofu/plan-text.js
var plan_text = __webpack_require__(5798);
// EXTERNAL MODULE: ./.build/tofu/text-diagnostics.js
var text_diagnostics = __webpack_require__(1085);
;// CONCATENATED MODULE: ./.build/util/once.js
/** `fn` called on first use only; later calls return that first result. */
function once(fn) {
    let done = false;
    let value;
    return () => {
        if (!done) {
            value = fn();
            done = true;
        }
        return value;
    };
}

// EXTERNAL MODULE: ./.build/util/path-input.js
var path_input = __webpack_require__(2721);
;// CONCATENATED MODULE: ./.build/commands/plan.js




















/** Characters of a comment's section; GitHub's limit is 65,536 for the whole body. */
const COMMENT_SECTION_BUDGET = 60_000;
/** The step summary may hold 1 MiB; leave room for other steps' summaries. */
const SUMMARY_SECTION_BUDGET = 400_000;
async function run(ctx) {
    const { host, inputs } = ctx;
    const postComment = inputs.bool('comment', true);
    const planJsonInput = inputs.string('plan-json');
    const planTextInput = inputs.string('plan-text');
    if (planJsonInput === undefined && planTextInput !== undefined) {
        throw (0,errors/* invalidInput */.aY)('plan-text', planTextInput, 'it is the text of the plan given in plan-json, which is not set (without plan-json, plan runs tofu and shows the text itself)');
    }
    const planned = planJsonInput ? readExistingPlan(ctx, planJsonInput) : await planWithTofu(ctx);
    if (!planned)
        return;
    const source = planJsonInput ? `Input 'plan-json' (${planJsonInput})` : 'tofu show -json';
    // Neither the JSON text nor the plan read from it outlives this line.
    const { model, sensitive, fingerprint, changes } = await (0,plan_analysis/* analysePlanFile */.xZ)(planned.planJsonFile, source, (value) => host.setSecret(value));
    const text = planned.planText();
    const planText = text === undefined ? undefined : (0,tofu_sensitive/* redact */.E$)(text, sensitive);
    if (planText !== undefined)
        (0,external_node_fs_.writeFileSync)(planned.files.planTextFile, planText, 'utf8');
    if (changes.set === undefined)
        host.debug(`The change set is not kept in the comment marker (${changes.reason}).`);
    const result = {
        schema: plan_result/* PLAN_RESULT_SCHEMA */.mW,
        environment: planned.environment,
        workingDirectory: planned.workingDirectory,
        status: model.errored ? 'failed' : 'planned',
        hasChanges: model.hasChanges,
        fingerprint,
        ...(changes.set !== undefined ? { changeSet: changes.set } : {}),
        model,
        ...(planText === undefined ? {} : { planText: resultExcerpt(planText) }),
        ...(model.errored
            ? { error: 'The plan is marked errored: tofu stopped before planning every change.' }
            : {}),
        ...runInfo(ctx),
        createdAt: new Date(ctx.clock.now()).toISOString(),
    };
    await report(ctx, result, model, planText, postComment);
    writeOutputs(ctx, result, model, planned);
    if (model.errored)
        throw new errors/* ConfigurationError */.j1(`The plan of ${planned.environment} is errored; see the annotations and the plan text.`);
}
function readExistingPlan(ctx, planJsonInput) {
    const { host, inputs } = ctx;
    const jsonPath = (0,path_input/* existingFileInput */.M)('plan-json', planJsonInput, host.workspace);
    const textInput = inputs.string('plan-text');
    const textPath = textInput === undefined ? undefined : (0,path_input/* existingFileInput */.M)('plan-text', textInput, host.workspace);
    const dirInput = inputs.string('working-directory');
    if (dirInput !== undefined) {
        if ((0,path_input/* pathKind */.g)((0,external_node_path_.resolve)(host.workspace, dirInput)) !== 'directory')
            throw (0,errors/* invalidInput */.aY)('working-directory', dirInput, `no such directory under ${host.workspace}`);
    }
    const environment = inputs.string('environment') ??
        (dirInput ? (0,external_node_path_.basename)((0,external_node_path_.resolve)(host.workspace, dirInput)) : 'default');
    return {
        environment,
        workingDirectory: dirInput ?? '.',
        files: (0,plan_files/* planFiles */.j)(host, environment),
        planJsonFile: jsonPath,
        planText: () => (textPath === undefined ? undefined : (0,external_node_fs_.readFileSync)(textPath, 'utf8')),
        planFile: undefined,
    };
}
async function planWithTofu(ctx) {
    const { host, inputs } = ctx;
    const settings = (0,tofu_settings/* readTofuSettings */.U9)(inputs, host);
    const extraArgs = (0,plan_args/* readPlanArgs */.H)(inputs);
    settings.binary = await (0,tofu_settings/* resolveTofuBinary */.Sl)(ctx, settings);
    const files = (0,plan_files/* planFiles */.j)(host, settings.environment);
    // Loaded here so that rendering an existing plan does not pay for child_process.
    const { runPlan } = await __webpack_require__.e(/* import() */ 287).then(__webpack_require__.bind(__webpack_require__, 7287));
    const outcome = await runPlan(settings, host, files, extraArgs, settings.lockTimeoutMs ?? 0);
    if (outcome.outcome === 'failed') {
        await reportFailure(ctx, settings.environment, settings.workingDirectoryRelative, outcome.failedStep ?? 'plan', outcome.stderr, files);
        const why = outcome.cancelled
            ? 'was cancelled'
            : `failed: ${(0,text_diagnostics/* firstError */.bv)(outcome.stderr) ?? 'see the log'}`;
        throw new errors/* ConfigurationError */.j1(`tofu ${outcome.failedStep ?? 'plan'} in ${settings.workingDirectoryRelative} ${why}`);
    }
    return {
        environment: settings.environment,
        workingDirectory: settings.workingDirectoryRelative,
        files,
        planJsonFile: files.planJsonFile,
        planText: () => outcome.planText,
        planFile: files.planFile,
    };
}
async function reportFailure(ctx, environment, workingDirectory, step, stderr, files) {
    const { host, inputs } = ctx;
    for (const diagnostic of (0,text_diagnostics/* parseTextDiagnostics */.t4)(stderr)) {
        // Relative to the repository root, like fmt and validate; none for a module outside it.
        const file = diagnostic.file === undefined
            ? undefined
            : (0,repo_path/* repoPath */.q)({ workingDirectoryRelative: workingDirectory }, diagnostic.file);
        const props = {
            title: diagnostic.summary,
            ...(file ? { file } : {}),
            ...(diagnostic.line ? { startLine: diagnostic.line } : {}),
        };
        const message = diagnostic.detail || diagnostic.summary;
        if (diagnostic.severity === 'error')
            host.error(message, props);
        else
            host.warning(message, props);
    }
    const error = (0,text_diagnostics/* firstError */.bv)(stderr) ?? `tofu ${step} failed`;
    const result = {
        schema: plan_result/* PLAN_RESULT_SCHEMA */.mW,
        environment,
        workingDirectory,
        status: 'failed',
        hasChanges: false,
        failedStep: step,
        error,
        ...runInfo(ctx),
        createdAt: new Date(ctx.clock.now()).toISOString(),
    };
    // The same section the aggregated comment shows for a failed environment.
    const section = (budget) => (0,plan_section/* renderPlanSection */.J)({
        environment,
        error: (0,plan_text/* firstPlanError */.Yz)(stderr) ?? error,
        notes: [`${(0,markdown/* codeSpan */.SS)(`tofu ${step}`)} failed in ${(0,markdown/* codeSpan */.SS)(workingDirectory)}.`],
        budget,
    });
    await host.appendSummary(section(SUMMARY_SECTION_BUDGET));
    // Rendered only for a host that shows it or once there is a pull request to post it on.
    const body = once(() => commentBody(ctx, result, undefined, section(COMMENT_SECTION_BUDGET)));
    await host.showComment(body);
    if (inputs.bool('comment', true))
        await publishComment(ctx, (0,comment_keys/* planCommentKey */.e1)(ctx.github.workflow, environment), body);
    (0,plan_result/* writePlanResult */.E_)(files.resultFile, result);
    host.setOutput('result-file', files.resultFile);
    host.setOutput('has-changes', 'false');
}
async function report(ctx, result, model, planText, postComment) {
    const { host } = ctx;
    const environment = result.environment;
    await host.appendSummary(renderPlanSummary({
        environment,
        model,
        planText,
        budget: SUMMARY_SECTION_BUDGET,
        fingerprint: result.fingerprint,
    }));
    // Rendered only for a host that shows it or once there is a pull request to post it on.
    const body = once(() => {
        const changes = result.changeSet && (0,change_set_codec/* encodeChangeSet */.NQ)(result.changeSet);
        const section = (0,plan_section/* renderPlanSection */.J)({
            environment,
            model,
            planText,
            // The change set in the marker takes its room from the section.
            budget: COMMENT_SECTION_BUDGET - (changes?.length ?? 0),
        });
        return commentBody(ctx, result, changes, section);
    });
    await host.showComment(body);
    if (postComment)
        await publishComment(ctx, (0,comment_keys/* planCommentKey */.e1)(ctx.github.workflow, environment), body);
}
function commentBody(ctx, result, changes, section) {
    const marker = (0,github_marker/* formatMarker */.gJ)((0,comment_keys/* planCommentKey */.e1)(ctx.github.workflow, result.environment), {
        v: 1,
        ...(result.sha ? { sha: result.sha } : {}),
        ...(result.runUrl ? { run: result.runUrl } : {}),
        environments: {
            [result.environment]: {
                ...(result.fingerprint ? { fingerprint: result.fingerprint } : {}),
                status: result.status,
                ...(changes ? { changes } : {}),
                at: result.createdAt,
            },
        },
    });
    return renderPlanComment({
        marker,
        sections: [section],
        footer: { sha: result.sha, runUrl: result.runUrl, fingerprint: result.fingerprint },
    });
}
function writeOutputs(ctx, result, model, planned) {
    const { host } = ctx;
    const c = model.counts;
    host.setOutput('has-changes', String(model.hasChanges));
    host.setOutput('add', String(c.add));
    host.setOutput('change', String(c.change));
    host.setOutput('destroy', String(c.destroy));
    host.setOutput('replace', String(c.replace));
    host.setOutput('import', String(c.import));
    host.setOutput('forget', String(c.forget));
    host.setOutput('fingerprint', result.fingerprint ?? '');
    if (planned.planFile)
        host.setOutput('plan-file', planned.planFile);
    host.setOutput('plan-json-file', planned.planJsonFile);
    (0,plan_result/* writePlanResult */.E_)(planned.files.resultFile, result);
    host.setOutput('result-file', planned.files.resultFile);
}
/**
 * The result file keeps what a later comment can show: a comment holds 65,536 characters, so
 * the head of the plan text (cut on a line boundary) is plenty; the whole text is in plan.txt.
 */
function resultExcerpt(text) {
    if (text.length <= SUMMARY_SECTION_BUDGET)
        return text;
    const end = text.lastIndexOf('\n', SUMMARY_SECTION_BUDGET);
    return text.slice(0, end > 0 ? end : SUMMARY_SECTION_BUDGET);
}
function runInfo(ctx) {
    const sha = ctx.github.pullRequest?.headSha ?? ctx.github.sha;
    return { ...(sha ? { sha } : {}), ...(ctx.github.runUrl ? { runUrl: ctx.github.runUrl } : {}) };
}

;// CONCATENATED MODULE: ./.build/commands/registry.js


const COMMAND_NAMES = [
    'fmt',
    'validate',
    'plan',
    'comment',
    'apply',
    'output',
    'assume-role',
    'image',
];
// Loaded lazily so that a command pays only for its own code (the AWS SDK stays out of plan).
// `plan` is bundled with the dispatcher: it is the command whose start-up is measured, and one
// chunk loads faster than several.
const LOADERS = {
    plan: () => Promise.resolve(plan_namespaceObject),
    fmt: () => __webpack_require__.e(/* import() */ 262).then(__webpack_require__.bind(__webpack_require__, 5262)),
    validate: () => Promise.all(/* import() */[__webpack_require__.e(287), __webpack_require__.e(759)]).then(__webpack_require__.bind(__webpack_require__, 759)),
    comment: () => __webpack_require__.e(/* import() */ 612).then(__webpack_require__.bind(__webpack_require__, 1612)),
    'assume-role': () => __webpack_require__.e(/* import() */ 601).then(__webpack_require__.bind(__webpack_require__, 7601)),
    image: () => __webpack_require__.e(/* import() */ 914).then(__webpack_require__.bind(__webpack_require__, 9914)),
    apply: () => Promise.all(/* import() */[__webpack_require__.e(287), __webpack_require__.e(236)]).then(__webpack_require__.bind(__webpack_require__, 9236)),
    output: () => Promise.all(/* import() */[__webpack_require__.e(287), __webpack_require__.e(240)]).then(__webpack_require__.bind(__webpack_require__, 6240)),
};
function parseCommandName(value) {
    if (value === undefined) {
        throw new errors/* ConfigurationError */.j1(`Input 'command' is required: allowed values are ${COMMAND_NAMES.join(', ')}.`);
    }
    if (!COMMAND_NAMES.includes(value)) {
        throw (0,errors/* invalidInput */.aY)('command', value, `allowed values are ${COMMAND_NAMES.join(', ')}`);
    }
    return value;
}
async function loadCommand(name) {
    const load = LOADERS[name];
    if (!load)
        throw (0,errors/* invalidInput */.aY)('command', name, `this build implements ${Object.keys(LOADERS).join(', ')}`);
    return load();
}

;// CONCATENATED MODULE: ./.build/github/context.js

function readPayload(path) {
    if (!path)
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return {};
    }
}
function readGitHubContext(env) {
    const payload = readPayload(env.GITHUB_EVENT_PATH);
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
    const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, '');
    const pr = payload.pull_request;
    const repository = payload.repository;
    const runUrl = owner && repo && env.GITHUB_RUN_ID
        ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined;
    return {
        eventName: env.GITHUB_EVENT_NAME,
        payload,
        owner: owner || undefined,
        repo: repo || undefined,
        sha: env.GITHUB_SHA,
        ref: env.GITHUB_REF,
        refName: env.GITHUB_REF_NAME,
        defaultBranch: repository?.default_branch,
        runId: env.GITHUB_RUN_ID,
        runAttempt: env.GITHUB_RUN_ATTEMPT,
        workflow: env.GITHUB_WORKFLOW,
        job: env.GITHUB_JOB,
        serverUrl,
        apiUrl,
        pullRequest: pr && typeof pr.number === 'number'
            ? {
                number: pr.number,
                headSha: pr.head?.sha,
                headRepo: pr.head?.repo?.full_name,
                baseRepo: pr.base?.repo?.full_name,
            }
            : undefined,
        runUrl,
    };
}

// EXTERNAL MODULE: ./.build/github/host.js
var github_host = __webpack_require__(6224);
// EXTERNAL MODULE: ./.build/util/duration.js
var duration = __webpack_require__(4763);
;// CONCATENATED MODULE: ./.build/github/inputs.js


/**
 * Typed input reading. Every input name a command reads appears here as a string literal
 * (`inputs.bool('comment', true)`), which is what the action.yml consistency test scans for.
 * Optional inputs that are not set come back as undefined, never as ''.
 */
class Inputs {
    host;
    constructor(host) {
        this.host = host;
    }
    string(name) {
        return this.host.getInput(name);
    }
    required(name) {
        const value = this.host.getInput(name);
        if (value === undefined)
            throw new errors/* ConfigurationError */.j1(`Input '${name}' is required and was not set.`);
        return value;
    }
    bool(name, fallback) {
        const value = this.host.getInput(name);
        if (value === undefined)
            return fallback;
        if (/^(true|yes|on|1)$/i.test(value))
            return true;
        if (/^(false|no|off|0)$/i.test(value))
            return false;
        throw (0,errors/* invalidInput */.aY)(name, value, 'expected true or false');
    }
    /** Optional boolean: undefined when unset. */
    optionalBool(name) {
        return this.host.getInput(name) === undefined ? undefined : this.bool(name, false);
    }
    /** Newline- or comma-separated values, trimmed, empties dropped. */
    list(name) {
        const value = this.host.getInput(name);
        if (value === undefined)
            return [];
        return value
            .split(/\r?\n|,/)
            .map((v) => v.trim())
            .filter(Boolean);
    }
    /** Newline-separated values only (values may contain commas, e.g. plan arguments). */
    lines(name) {
        const value = this.host.getInput(name);
        if (value === undefined)
            return [];
        return value
            .split(/\r?\n/)
            .map((v) => v.trim())
            .filter(Boolean);
    }
    oneOf(name, allowed, fallback) {
        const value = this.host.getInput(name);
        if (value === undefined)
            return fallback;
        if (!allowed.includes(value)) {
            throw (0,errors/* invalidInput */.aY)(name, value, `allowed values are ${allowed.join(', ')}`);
        }
        return value;
    }
    duration(name, fallback) {
        const value = this.host.getInput(name) ?? fallback;
        if (value === undefined)
            return undefined;
        return (0,duration/* durationInputMs */.zm)(name, value);
    }
    int(name, fallback, range = {}) {
        const value = this.host.getInput(name);
        if (value === undefined)
            return fallback;
        const n = Number(value);
        const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = range;
        if (!/^-?\d+$/.test(value) || n < min || n > max) {
            throw (0,errors/* invalidInput */.aY)(name, value, `expected a whole number from ${min} to ${max}`);
        }
        return n;
    }
}

;// CONCATENATED MODULE: ./.build/run-command.js





/**
 * The one code path every host goes through: read `command`, load it, run it, and turn a
 * failure into exactly one setFailed. Configuration errors are one line; bugs keep their
 * stack in the debug log. The post step runs the post of the command main saved, or nothing.
 */
async function runCommand(host, phase, clock = github_host/* realClock */.d) {
    try {
        const inputs = new Inputs(host);
        const saved = host.getState('command');
        // Nothing saved: main failed before it had a command (a bad `command`) and said so.
        if (phase === 'post' && saved === undefined)
            return true;
        const name = parseCommandName(phase === 'post' ? saved : inputs.string('command'));
        const ctx = { host, inputs, github: readGitHubContext(host.env), clock };
        const command = await loadCommand(name);
        if (phase === 'main') {
            host.saveState('command', name);
            await command.run(ctx);
        }
        else if (command.post) {
            await command.post(ctx);
        }
        return true;
    }
    catch (error) {
        if ((0,errors/* isConfigurationError */.p0)(error)) {
            host.setFailed((0,errors/* oneLine */.TN)(error.message));
        }
        else {
            if (error instanceof Error && error.stack)
                host.debug(error.stack);
            host.setFailed(`Unexpected error (a bug in tofu-aws-action): ${(0,errors/* oneLine */.TN)((0,errors/* errorMessage */.gJ)(error))}`);
        }
        return false;
    }
}

;// CONCATENATED MODULE: ./.build/run-on-runner.js



/** A step on a GitHub runner: the process environment is the runner's protocol. */
async function runOnRunner(phase) {
    await runCommand(new ActionsHost(process.env, cancellationSignal), phase);
}


/***/ }),

/***/ 3468:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ canonicalJson)
/* harmony export */ });
/** JSON with object keys sorted by code unit (independent of insertion and integer-key order). */
function canonicalJson(value) {
    if (value === null || value === undefined)
        return 'null';
    if (typeof value !== 'object')
        return JSON.stringify(value) ?? 'null';
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    const record = value;
    const parts = [];
    for (const key of Object.keys(record).sort()) {
        if (record[key] === undefined)
            continue;
        parts.push(`${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    }
    return `{${parts.join(',')}}`;
}


/***/ }),

/***/ 2185:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NQ: () => (/* binding */ encodeChangeSet),
/* harmony export */   Sy: () => (/* binding */ MarkerChangeSetBuilder),
/* harmony export */   T9: () => (/* binding */ decodeChangeSet)
/* harmony export */ });
/* unused harmony exports CHANGE_SET_MAX_CHARS, planChangeSet */
/* harmony import */ var _change_set_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2498);

/**
 * The reviewed change set travels in the plan comment's marker (gzip, base64) so that an apply
 * in a later workflow run can show a readable diff of what was reviewed and what it would apply
 * now, without artifacts or extra permissions. The change set holds no sensitive values (they
 * are markers); it is left out when it is large, or when any value the plan marks sensitive
 * shows up in it anyway (a secret copied into a plain attribute), because the comment is
 * readable by everyone who can read the pull request. `apply` trusts it only when it hashes to
 * the reviewed fingerprint.
 *
 * `plan` only selects it (planChangeSet) and keeps it in the result file; it is compressed
 * where a comment is written (encodeChangeSet), so that a plan that posts nothing never loads
 * node:zlib, which would cost its start-up more than everything else it does with a small plan.
 */
/** Characters of an encoded change set in one comment (GitHub's limit is 65,536 in all). */
const CHANGE_SET_MAX_CHARS = 12_000;
/** Plans with more resource changes than this are not encoded: at ~30 gzipped bytes a change at
 * the very least, they could not fit, and building their change set costs more than the rest. */
const MAX_RESOURCE_CHANGES = 300;
/** Shorter sensitive values are compared with whole values, not searched inside text. */
const SUBSTRING_MIN = 6;
/** The plan's change set for the comment marker, or why it is left out. */
function planChangeSet(json, sensitive, maxChars = CHANGE_SET_MAX_CHARS) {
    const list = json?.resource_changes;
    const builder = new MarkerChangeSetBuilder();
    if (Array.isArray(list))
        for (let i = 0; i < list.length; i++)
            builder.resourceChange(list[i]);
    return builder.finish(json, sensitive, maxChars);
}
/**
 * planChangeSet part by part (plan-parts.ts): entries are built while the plan has at most
 * MAX_RESOURCE_CHANGES resource changes, and dropped once it has more.
 */
class MarkerChangeSetBuilder {
    seen = 0;
    entries = new _change_set_js__WEBPACK_IMPORTED_MODULE_0__/* .KeyedList */ .x_();
    resourceChange(raw) {
        if (++this.seen > MAX_RESOURCE_CHANGES) {
            this.entries = undefined;
            return;
        }
        const key = (0,_change_set_js__WEBPACK_IMPORTED_MODULE_0__/* .changeSetKey */ .m3)(raw);
        if (key !== undefined)
            this.entries?.push(key, (0,_change_set_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceEntry */ .VN)(raw));
    }
    drift() { }
    moduleResource() { }
    finish(head, sensitive, maxChars = CHANGE_SET_MAX_CHARS) {
        if (this.entries === undefined)
            return { set: undefined, reason: 'too-large' };
        const set = {
            version: 1,
            resources: this.entries.inOrder(),
            outputs: (0,_change_set_js__WEBPACK_IMPORTED_MODULE_0__/* .outputEntries */ .SK)(head),
        };
        const text = JSON.stringify(set);
        // A change set's JSON gzips to a tenth or so, rarely below a twenty-fifth: what cannot fit
        // in maxChars of base64 (4/3 of the gzip bytes) is skipped before compressing or searching it.
        if (text.length > maxChars * 0.75 * 25)
            return { set: undefined, reason: 'too-large' };
        if (containsSensitive(set, text, sensitive))
            return { set: undefined, reason: 'sensitive' };
        return { set };
    }
}
/** The change set as the marker holds it (gzip, base64); undefined when over maxChars. */
function encodeChangeSet(set, maxChars = CHANGE_SET_MAX_CHARS) {
    const { gzipSync } = process.getBuiltinModule('node:zlib');
    const encoded = gzipSync(JSON.stringify(set), { level: 9 }).toString('base64');
    return encoded.length <= maxChars ? encoded : undefined;
}
/** The change set from a marker; undefined when it is not one. */
function decodeChangeSet(encoded) {
    try {
        const { gunzipSync } = process.getBuiltinModule('node:zlib');
        const text = gunzipSync(Buffer.from(encoded, 'base64'), {
            maxOutputLength: 64 * 1024 * 1024,
        }).toString('utf8');
        const set = JSON.parse(text);
        if (!set || set.version !== 1 || !Array.isArray(set.resources) || !Array.isArray(set.outputs))
            return undefined;
        return set;
    }
    catch {
        return undefined;
    }
}
function containsSensitive(set, text, sensitive) {
    const long = sensitive.filter((v) => v.length >= SUBSTRING_MIN);
    if (long.some((v) => text.includes(v) || text.includes(JSON.stringify(v).slice(1, -1))))
        return true;
    const short = new Set(sensitive.filter((v) => v.length < SUBSTRING_MIN));
    if (!short.size)
        return false;
    let found = false;
    const visit = (value) => {
        if (found)
            return;
        if (typeof value === 'string' || typeof value === 'number') {
            if (short.has(String(value)))
                found = true;
        }
        else if (Array.isArray(value))
            value.forEach(visit);
        else if (value && typeof value === 'object')
            Object.values(value).forEach(visit);
    };
    for (const r of set.resources)
        visit(r.after);
    for (const o of set.outputs)
        visit(o.after);
    return found;
}


/***/ }),

/***/ 2498:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jn: () => (/* binding */ changeSet),
/* harmony export */   SK: () => (/* binding */ outputEntries),
/* harmony export */   VN: () => (/* binding */ resourceEntry),
/* harmony export */   m3: () => (/* binding */ changeSetKey),
/* harmony export */   mk: () => (/* binding */ UNKNOWN_MARKER),
/* harmony export */   qD: () => (/* binding */ SENSITIVE_MARKER),
/* harmony export */   x_: () => (/* binding */ KeyedList)
/* harmony export */ });
/* unused harmony export normalise */
/* harmony import */ var _plan_actions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2006);
/* harmony import */ var _plan_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4768);


/**
 * The change set of a plan (DESIGN §4): what the fingerprint hashes, what the comment marker
 * carries and what apply compares with the reviewed plan.
 *
 * A resource change is in the change set when OpenTofu would act on it: every action but a
 * plain no-op (moves and imports stay in even as no-ops), reads of data sources during
 * apply included, forgets included; data-source deletes (state clean-up OpenTofu hides)
 * and ephemeral resources left out. Each entry holds the address (plus deposed key and
 * previous address), the actions, the import id, and the planned `after` value with
 * unknown values and sensitive values replaced by markers. Output changes other than
 * no-op hold the name, actions and the `after` value the same way (a sensitive output is
 * one marker). Entries are sorted; object keys are sorted.
 *
 * Left out on purpose, so refresh noise does not change it: `before` values, prior state,
 * drift, timestamps, versions, configuration, reasons, key order. A sensitive value that
 * changes while nothing else does leaves the fingerprint as it is (hashing secrets into a
 * public comment is worse); the action and every non-sensitive value still count.
 */
const UNKNOWN_MARKER = '(known after apply)';
const SENSITIVE_MARKER = '(sensitive)';
/** The normalised change set of a plan (the JSON of `tofu show -json`, already parsed). */
function changeSet(json) {
    const plan = json;
    const list = Array.isArray(plan?.resource_changes) ? plan.resource_changes : [];
    const entries = new KeyedList();
    for (let i = 0; i < list.length; i++) {
        const key = changeSetKey(list[i]);
        if (key !== undefined)
            entries.push(key, resourceEntry(list[i]));
    }
    return { version: 1, resources: entries.inOrder(), outputs: outputEntries(plan) };
}
/**
 * The key a resource change is sorted by in the change set (address, then deposed key), or
 * undefined when it is not in the change set.
 */
function changeSetKey(item) {
    const raw = item;
    if (!raw || typeof raw.address !== 'string')
        return undefined;
    const change = raw.change ?? {};
    const shown = (0,_plan_model_js__WEBPACK_IMPORTED_MODULE_1__/* .isShown */ .aJ)({
        action: (0,_plan_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyActions */ .w)(change.actions),
        mode: (0,_plan_model_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceMode */ .QI)(raw),
        previousAddress: raw.previous_address && raw.previous_address !== raw.address
            ? raw.previous_address
            : undefined,
        importing: change.importing ? change.importing : undefined,
    });
    if (!shown)
        return undefined;
    return raw.deposed ? `${raw.address}\u0000${raw.deposed}` : raw.address;
}
/** Items gathered with their keys, given back in key order (by code unit; stable). */
class KeyedList {
    keys = [];
    items = [];
    sorted = true;
    push(key, item) {
        const keys = this.keys;
        if (this.sorted && keys.length > 0)
            this.sorted = keys[keys.length - 1] <= key;
        keys.push(key);
        this.items.push(item);
    }
    get length() {
        return this.items.length;
    }
    inOrder() {
        const { keys, items } = this;
        if (this.sorted)
            return items;
        // Keys are unique in a valid plan: sort them natively and look the items up; a plan with
        // a repeated key takes the stable sort below.
        const byKey = new Map();
        for (let i = 0; i < keys.length; i++)
            byKey.set(keys[i], items[i]);
        if (byKey.size === keys.length)
            return [...keys].sort().map((key) => byKey.get(key));
        const order = keys.map((_, i) => i);
        order.sort((a, b) => {
            const ka = keys[a];
            const kb = keys[b];
            return ka < kb ? -1 : ka > kb ? 1 : 0;
        });
        return order.map((i) => items[i]);
    }
}
function resourceEntry(raw) {
    const change = raw.change ?? {};
    const entry = {
        address: raw.address,
        actions: Array.isArray(change.actions) ? change.actions.map(String) : [],
        after: normalise(change.after, change.after_unknown, change.after_sensitive),
    };
    if (typeof raw.deposed === 'string' && raw.deposed !== '')
        entry.deposed = raw.deposed;
    if (typeof raw.previous_address === 'string' && raw.previous_address !== raw.address) {
        entry.previousAddress = raw.previous_address;
    }
    if (change.importing && typeof change.importing === 'object') {
        entry.importing = typeof change.importing.id === 'string' ? { id: change.importing.id } : {};
    }
    return entry;
}
function outputEntries(plan) {
    const outputs = plan?.output_changes;
    if (!outputs || typeof outputs !== 'object')
        return [];
    const entries = [];
    for (const name of Object.keys(outputs).sort()) {
        const change = outputs[name];
        if (!change || (0,_plan_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyActions */ .w)(change.actions) === 'no-op')
            continue;
        entries.push({
            name,
            actions: Array.isArray(change.actions) ? change.actions.map(String) : [],
            after: (0,_plan_model_js__WEBPACK_IMPORTED_MODULE_1__/* .isSensitiveOutput */ .UK)(plan, name, change)
                ? SENSITIVE_MARKER
                : normalise(change.after, change.after_unknown, undefined),
        });
    }
    return entries;
}
/**
 * `after` with unknown and sensitive leaves replaced by markers (canonicalJson sorts the
 * keys). Subtrees without marks are the input's own objects, not copies.
 */
function normalise(value, unknown, sensitive) {
    if (unknown === true)
        return UNKNOWN_MARKER;
    if (sensitive === true)
        return SENSITIVE_MARKER;
    // Nothing marked below: the value itself (shared with the input, not copied).
    if (!(0,_plan_model_js__WEBPACK_IMPORTED_MODULE_1__/* .containsTrue */ .Et)(unknown) && !(0,_plan_model_js__WEBPACK_IMPORTED_MODULE_1__/* .containsTrue */ .Et)(sensitive))
        return value ?? null;
    const unknownObject = unknown !== null && typeof unknown === 'object' ? unknown : undefined;
    const sensitiveObject = sensitive !== null && typeof sensitive === 'object' ? sensitive : undefined;
    if (Array.isArray(value) || (value == null && Array.isArray(unknownObject))) {
        const list = (value ?? []);
        const u = Array.isArray(unknownObject) ? unknownObject : [];
        const s = Array.isArray(sensitiveObject) ? sensitiveObject : [];
        const length = Math.max(list.length, u.length);
        const out = new Array(length);
        for (let i = 0; i < length; i++)
            out[i] = normalise(list[i] ?? null, u[i], s[i]);
        return out;
    }
    if ((value !== null && typeof value === 'object') ||
        (value == null && unknownObject && !Array.isArray(unknownObject))) {
        const record = (value ?? {});
        const u = (unknownObject ?? {});
        const s = (sensitiveObject ?? {});
        const keys = new Set(Object.keys(record));
        for (const key of Object.keys(u))
            if ((0,_plan_model_js__WEBPACK_IMPORTED_MODULE_1__/* .containsTrue */ .Et)(u[key]))
                keys.add(key);
        // No prototype: a key named __proto__ stays a plain key.
        const out = Object.create(null);
        for (const key of [...keys].sort()) {
            const child = Object.hasOwn(record, key) ? record[key] : null;
            out[key] = normalise(child ?? null, u[key], s[key]);
        }
        return out;
    }
    return value === undefined ? null : value;
}


/***/ }),

/***/ 2106:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gS: () => (/* binding */ FingerprintBuilder),
  ax: () => (/* binding */ fingerprintOf)
});

// UNUSED EXPORTS: fingerprintPlan

// EXTERNAL MODULE: ./.build/tofu/canonical-json.js
var canonical_json = __webpack_require__(3468);
// EXTERNAL MODULE: ./.build/tofu/change-set.js
var change_set = __webpack_require__(2498);
// EXTERNAL MODULE: ./.build/tofu/plan-model.js
var plan_model = __webpack_require__(4768);
;// CONCATENATED MODULE: ./.build/tofu/sha256.js
/**
 * SHA-256 (FIPS 180-4) of bytes, in plain JavaScript. For small inputs only: node:crypto
 * hashes large ones faster, but loading it costs more start-up than a small plan's whole
 * fingerprint. Equal to `createHash('sha256').update(bytes).digest('hex')`.
 */
const K = new Int32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const INITIAL = [
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];
/** SHA-256 of the bytes, as hex. The input is read in place, not copied. */
function sha256HexOfBytes(bytes) {
    const h = new Int32Array(INITIAL);
    const w = new Int32Array(64);
    const full = bytes.length - (bytes.length % 64);
    for (let offset = 0; offset < full; offset += 64)
        compress(h, w, bytes, offset);
    // The last bytes, a 1 bit, zeros, and the length in bits (64-bit big-endian): one block,
    // or two when fewer than 9 bytes are left in the first.
    const rest = bytes.length - full;
    const tail = new Uint8Array(rest < 56 ? 64 : 128);
    tail.set(bytes.subarray(full));
    tail[rest] = 0x80;
    const bits = bytes.length * 8;
    const view = new DataView(tail.buffer);
    view.setUint32(tail.length - 8, Math.floor(bits / 0x100000000));
    view.setUint32(tail.length - 4, bits >>> 0);
    for (let offset = 0; offset < tail.length; offset += 64)
        compress(h, w, tail, offset);
    let hex = '';
    for (let i = 0; i < 8; i++)
        hex += (h[i] >>> 0).toString(16).padStart(8, '0');
    return hex;
}
function compress(h, w, m, offset) {
    for (let i = 0; i < 16; i++) {
        const j = offset + i * 4;
        w[i] =
            (m[j] << 24) |
                (m[j + 1] << 16) |
                (m[j + 2] << 8) |
                m[j + 3];
    }
    for (let i = 16; i < 64; i++) {
        const x = w[i - 15];
        const y = w[i - 2];
        const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
        const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
        w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
    let a = h[0];
    let b = h[1];
    let c = h[2];
    let d = h[3];
    let e = h[4];
    let f = h[5];
    let g = h[6];
    let k = h[7];
    for (let i = 0; i < 64; i++) {
        const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
        const ch = (e & f) ^ (~e & g);
        const t1 = (k + S1 + ch + K[i] + w[i]) | 0;
        const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
        const maj = (a & b) ^ (a & c) ^ (b & c);
        const t2 = (S0 + maj) | 0;
        k = g;
        g = f;
        f = e;
        e = (d + t1) | 0;
        d = c;
        c = b;
        b = a;
        a = (t1 + t2) | 0;
    }
    h[0] = (h[0] + a) | 0;
    h[1] = (h[1] + b) | 0;
    h[2] = (h[2] + c) | 0;
    h[3] = (h[3] + d) | 0;
    h[4] = (h[4] + e) | 0;
    h[5] = (h[5] + f) | 0;
    h[6] = (h[6] + g) | 0;
    h[7] = (h[7] + k) | 0;
}

;// CONCATENATED MODULE: ./.build/tofu/fingerprint.js




/**
 * The plan fingerprint (DESIGN §4): SHA-256 over the plan's change set (change-set.ts) in
 * canonical JSON, entry by entry.
 */
/** `sha256:<hex>` of a change set. */
function fingerprintOf(set) {
    const hash = startHash();
    for (const entry of set.resources)
        hashEntry(hash, 'R', entry);
    for (const entry of set.outputs)
        hashEntry(hash, 'O', entry);
    return `sha256:${hash.digest()}`;
}
/**
 * The same as `fingerprintOf(changeSet(json))`, without building the normalised change set:
 * each entry is written as text and hashed.
 */
function fingerprintPlan(json) {
    const plan = (json ?? {});
    const builder = new FingerprintBuilder();
    const list = Array.isArray(plan.resource_changes) ? plan.resource_changes : [];
    for (let i = 0; i < list.length; i++)
        builder.resourceChange(list[i]);
    return builder.finish(plan);
}
/**
 * fingerprintPlan part by part (plan-parts.ts). Each resource change's entry is written at
 * once as the UTF-8 bytes the hash takes (`R`, canonical JSON, newline) into one buffer, which
 * is far smaller than the parsed change and no work for the garbage collector; `finish` hashes
 * the entries in key order (the plan's own order when it is sorted, as tofu writes it) and the
 * output changes of the plan's head.
 */
class FingerprintBuilder {
    order = new change_set/* KeyedList */.x_();
    entries = new EntryBytes();
    resourceChange(raw) {
        const key = (0,change_set/* changeSetKey */.m3)(raw);
        if (key === undefined)
            return;
        this.order.push(key, this.order.length);
        this.entries.add(resourceEntryJson(raw));
    }
    drift() { }
    moduleResource() { }
    finish(head) {
        const hash = startHash();
        hash.updateBytes(this.entries.inOrder(this.order.inOrder()));
        for (const entry of (0,change_set/* outputEntries */.SK)((head ?? {})))
            hashEntry(hash, 'O', entry);
        return `sha256:${hash.digest()}`;
    }
}
/** Resource entries as the bytes hashed (`R`, the entry's JSON, newline), one after another. */
class EntryBytes {
    bytes = Buffer.allocUnsafe(64 * 1024);
    length = 0;
    starts = [];
    add(json) {
        // A UTF-16 code unit takes at most 3 bytes of UTF-8; then the R and the newline.
        const most = json.length * 3 + 2;
        if (this.bytes.length - this.length < most) {
            const larger = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.length + most));
            this.bytes.copy(larger, 0, 0, this.length);
            this.bytes = larger;
        }
        this.starts.push(this.length);
        this.bytes[this.length++] = 0x52;
        this.length += this.bytes.write(json, this.length);
        this.bytes[this.length++] = 0x0a;
    }
    /** The entries in the given order (indexes in the order they were added). */
    inOrder(order) {
        const { bytes, length, starts } = this;
        let same = true;
        for (let i = 0; i < order.length && same; i++)
            same = order[i] === i;
        if (same)
            return bytes.subarray(0, length);
        const out = Buffer.allocUnsafe(length);
        let at = 0;
        for (const index of order) {
            const end = index + 1 < starts.length ? starts[index + 1] : length;
            at += bytes.copy(out, at, starts[index], end);
        }
        return out;
    }
}
function startHash() {
    const hash = new ChangeSetHash();
    hash.update('tofu-aws-action/changeset/v1\n');
    return hash;
}
/** Change sets of up to this many bytes are hashed in JavaScript, larger ones by node:crypto. */
const SMALL = 131_072;
/**
 * SHA-256 of the concatenated updates. A small change set is hashed in JavaScript, so that
 * `plan` on a small plan does not load node:crypto (about 3 ms and 3 MB of start-up); a larger
 * one goes to node:crypto, loaded once the updates outgrow SMALL. Both give the same digest.
 */
class ChangeSetHash {
    pending = [];
    pendingBytes = 0;
    native;
    update(text) {
        this.updateBytes(Buffer.from(text, 'utf8'));
    }
    /** The bytes are read, not copied: they must not change before the digest. */
    updateBytes(bytes) {
        if (this.native !== undefined) {
            this.native.update(bytes);
            return;
        }
        this.pending.push(bytes);
        this.pendingBytes += bytes.length;
        if (this.pendingBytes <= SMALL)
            return;
        this.native = process.getBuiltinModule('node:crypto').createHash('sha256');
        for (const part of this.pending)
            this.native.update(part);
        this.pending.length = 0;
    }
    digest() {
        if (this.native !== undefined)
            return this.native.digest('hex');
        return sha256HexOfBytes(Buffer.concat(this.pending, this.pendingBytes));
    }
}
function hashEntry(hash, kind, entry) {
    hash.update(`${kind}${(0,canonical_json/* canonicalJson */.d)(entry)}\n`);
}
/**
 * `canonicalJson(resourceEntry(raw))`, as the native JSON.stringify of the entry: its keys
 * are set in sorted order (actions, address, after, deposed, importing, previousAddress), the
 * `after` value is normalised with the plan's own objects where nothing is marked below, and
 * those are checked to hold their keys in sorted order already (plan JSON does). An entry
 * where JSON.stringify would not keep sorted order (integer-like keys, which JavaScript lists
 * first, or keys out of order; rare in plan JSON) takes the general way.
 */
function resourceEntryJson(raw) {
    const change = raw.change ?? {};
    const after = normalisedValue(change.after, change.after_unknown, change.after_sensitive);
    if (after === UNSORTED)
        return (0,canonical_json/* canonicalJson */.d)((0,change_set/* resourceEntry */.VN)(raw));
    const entry = {
        actions: (0,plan_model/* stringList */.Yn)(change.actions),
        address: raw.address,
        after,
    };
    if (typeof raw.deposed === 'string' && raw.deposed !== '')
        entry.deposed = raw.deposed;
    if (change.importing && typeof change.importing === 'object') {
        entry.importing =
            typeof change.importing.id === 'string' ? { id: change.importing.id } : EMPTY_IMPORT;
    }
    if (typeof raw.previous_address === 'string' && raw.previous_address !== raw.address) {
        entry.previousAddress = raw.previous_address;
    }
    return JSON.stringify(entry);
}
const EMPTY_IMPORT = Object.freeze({});
/** What normalisedValue returns when JSON.stringify would not write the value's keys sorted. */
const UNSORTED = Symbol('unsorted');
/**
 * `normalise(value, unknown, sensitive)` for JSON.stringify: the normalised value, or
 * UNSORTED when JSON.stringify of it would not be its canonical JSON.
 */
function normalisedValue(value, unknown, sensitive) {
    if (unknown === true)
        return change_set/* UNKNOWN_MARKER */.mk;
    if (sensitive === true)
        return change_set/* SENSITIVE_MARKER */.qD;
    const unknownObject = unknown !== null && typeof unknown === 'object' ? unknown : undefined;
    const sensitiveObject = sensitive !== null && typeof sensitive === 'object' ? sensitive : undefined;
    if (!(0,plan_model/* containsTrue */.Et)(unknownObject) && !(0,plan_model/* containsTrue */.Et)(sensitiveObject)) {
        if (value === undefined)
            return null;
        return isSortedDeep(value) ? value : UNSORTED;
    }
    if (Array.isArray(value) || (value == null && Array.isArray(unknownObject))) {
        const list = (value ?? []);
        const u = Array.isArray(unknownObject) ? unknownObject : [];
        const s = Array.isArray(sensitiveObject) ? sensitiveObject : [];
        const length = Math.max(list.length, u.length);
        const out = [];
        for (let i = 0; i < length; i++) {
            const item = normalisedValue(list[i] ?? null, u[i], s[i]);
            if (item === UNSORTED)
                return UNSORTED;
            out.push(item);
        }
        return out;
    }
    if ((value !== null && typeof value === 'object') ||
        (value == null && unknownObject && !Array.isArray(unknownObject))) {
        const record = (value ?? {});
        const u = (unknownObject ?? {});
        const s = (sensitiveObject ?? {});
        if (unknownObject) {
            for (const key in u) {
                // A key only the marks hold: a new key in the copy, to be put in its sorted place.
                if (!Object.hasOwn(record, key) && (0,plan_model/* containsTrue */.Et)(u[key]))
                    return sortedCopy(record, u, s);
            }
        }
        // A copy of the value (same keys, same order) with the marked children replaced; the
        // keys must already be in sorted order, as in plan JSON.
        let out;
        let previous;
        for (const key in record) {
            if (previous !== undefined && previous > key)
                return UNSORTED;
            previous = key;
            const child = record[key];
            const item = normalisedValue(child ?? null, u[key], s[key]);
            if (item === UNSORTED)
                return UNSORTED;
            if (item === child)
                continue;
            // The copy holds every key as its own data property (__proto__ included): a plain set.
            out ??= { ...record };
            out[key] = item;
        }
        return out ?? record;
    }
    return value === undefined ? null : value;
}
/** The normalised object built key by key in sorted order (keys the value lacks included). */
function sortedCopy(record, u, s) {
    const keys = Object.keys(record);
    for (const key of Object.keys(u)) {
        if (!Object.hasOwn(record, key) && (0,plan_model/* containsTrue */.Et)(u[key]))
            keys.push(key);
    }
    sortInPlace(keys);
    // Set in sorted order, the keys keep it, unless JavaScript orders them itself (integer-like
    // keys first) or treats them apart (__proto__).
    const out = {};
    for (const key of keys) {
        const first = key.charCodeAt(0);
        if ((first >= 0x30 && first <= 0x39) || key === '__proto__')
            return UNSORTED;
        const child = Object.hasOwn(record, key) ? record[key] : null;
        const item = normalisedValue(child ?? null, u[key], s[key]);
        if (item === UNSORTED)
            return UNSORTED;
        out[key] = item;
    }
    return out;
}
function isSortedDeep(value) {
    if (value === null || typeof value !== 'object')
        return true;
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
            if (value[i] === undefined || !isSortedDeep(value[i]))
                return false;
        }
        return true;
    }
    // for...in lists own keys in Object.keys order here (plan objects inherit nothing
    // enumerable) without allocating the list.
    const record = value;
    let previous;
    for (const key in record) {
        if (previous !== undefined && previous > key)
            return false;
        previous = key;
        const child = record[key];
        if (child === undefined || !isSortedDeep(child))
            return false;
    }
    return true;
}
/** Sorts by code unit; plan JSON keys usually come sorted already, so check first. */
function sortInPlace(keys) {
    for (let i = 1; i < keys.length; i++) {
        if (keys[i - 1] > keys[i])
            return keys.sort();
    }
    return keys;
}


/***/ }),

/***/ 3032:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ ReadWhole),
/* harmony export */   q: () => (/* binding */ JsonSyntaxError)
/* harmony export */ });
/** The file is not JSON; the message says where, as a byte offset into the file. */
class JsonSyntaxError extends Error {
}
/**
 * Thrown where reading in parts would not give what JSON.parse gives, or could not go on (a
 * key repeated where parts are read, lists read in place nested too deep): the caller parses
 * the file whole instead.
 */
class ReadWhole extends Error {
}


/***/ }),

/***/ 2006:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ classifyActions)
/* harmony export */ });
const SINGLE = new Map([
    ['no-op', 'no-op'],
    ['create', 'create'],
    ['read', 'read'],
    ['update', 'update'],
    ['delete', 'delete'],
    ['forget', 'forget'],
    ['delete,create', 'replace-delete-first'],
    ['create,delete', 'replace-create-first'],
    ['forget,create', 'replace-forget-first'],
]);
const PAIRS = new Map([
    ['delete', new Map([['create', 'replace-delete-first']])],
    ['create', new Map([['delete', 'replace-create-first']])],
    ['forget', new Map([['create', 'replace-forget-first']])],
]);
/** The action of `change.actions` (its elements joined with commas, as OpenTofu lists them). */
function classifyActions(actions) {
    if (!Array.isArray(actions) || actions.length === 0)
        return 'other';
    const first = actions[0];
    const second = actions[1];
    // Strings are looked up without joining them (one of the hottest calls on a large plan).
    if (typeof first === 'string' && (actions.length === 1 || typeof second === 'string')) {
        if (actions.length === 1)
            return SINGLE.get(first) ?? 'other';
        // Three or more strings join to two commas or more: no known action.
        if (actions.length > 2)
            return 'other';
        return PAIRS.get(first)?.get(second) ?? 'other';
    }
    return SINGLE.get(actions.join(',')) ?? 'other';
}


/***/ }),

/***/ 3251:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ maskSensitiveValues),
/* harmony export */   xZ: () => (/* binding */ analysePlanFile)
/* harmony export */ });
/* unused harmony exports STREAM_FROM_BYTES, analysePlan */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1096);
/* harmony import */ var _json_read_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3032);
/* harmony import */ var _change_set_codec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2185);
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2106);
/* harmony import */ var _plan_model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4768);
/* harmony import */ var _plan_parts_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3603);
/* harmony import */ var _sensitive_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2611);








/**
 * Plan files of at least this many bytes are read part by part (plan-json-stream.ts) rather
 * than parsed whole. Parsed whole, a plan takes about three times its file in memory, but the
 * parsing is all native; read in parts, the plan is never all in memory, but the reading runs
 * code of ours, cold at first. Below about 1.5 MB reading in parts is no faster and holds no
 * less; from about 4 MB it is both (`npm run bench` measures both ways at each size).
 */
const STREAM_FROM_BYTES = 2 * 1024 * 1024;
/**
 * What `plan` keeps of `tofu show -json` (the file it was written to): the value-free model,
 * the sensitive values (masked before anything is derived from the plan), the fingerprint and
 * the change set for the comment marker. The plan itself is never kept: a small one is parsed
 * whole and dropped, a large one is read part by part, so that neither its text nor all of
 * its objects are ever in memory at once.
 */
async function analysePlanFile(path, source, mask, streamFrom = STREAM_FROM_BYTES) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size >= streamFrom) {
        // Loaded only here: the small plans most runs see do not pay for it at start-up.
        const { streamPlanFile } = await __webpack_require__.e(/* import() */ 296).then(__webpack_require__.bind(__webpack_require__, 4296));
        const analyser = new PlanAnalyser();
        try {
            return analyser.finish(streamPlanFile(path, analyser), source, mask);
        }
        catch (error) {
            if (error instanceof _json_read_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .JsonSyntaxError */ .q)
                throw notJson(source, error);
            // A plan that only reads as JSON.parse reads it when parsed whole (ReadWhole says why).
            if (!(error instanceof _json_read_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ReadWhole */ .a))
                throw error;
        }
    }
    // The text is unreachable once parsed: only the parsed plan is held while it is analysed.
    return analysePlan(parsedJson((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'), source), source, mask);
}
function parsedJson(text, source) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw notJson(source, error);
    }
}
/** analysePlanFile of a plan already parsed. */
function analysePlan(json, source, mask) {
    const plan = (0,_plan_model_js__WEBPACK_IMPORTED_MODULE_3__/* .checkPlan */ .Gy)(json, source);
    const analyser = new PlanAnalyser();
    (0,_plan_parts_js__WEBPACK_IMPORTED_MODULE_6__/* .visitPlanTree */ .b)(plan, analyser);
    return analyser.finish(plan, source, mask);
}
/** Everything `plan` derives from a plan, fed part by part (plan-parts.ts). */
class PlanAnalyser {
    model = new _plan_model_js__WEBPACK_IMPORTED_MODULE_3__/* .PlanModelBuilder */ .oM();
    sensitive = new _sensitive_js__WEBPACK_IMPORTED_MODULE_4__/* .SensitiveValueCollector */ .XW();
    fingerprint = new _fingerprint_js__WEBPACK_IMPORTED_MODULE_2__/* .FingerprintBuilder */ .gS();
    changes = new _change_set_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .MarkerChangeSetBuilder */ .Sy();
    resourceChange(raw) {
        this.model.resourceChange(raw);
        this.sensitive.resourceChange(raw);
        this.fingerprint.resourceChange(raw);
        this.changes.resourceChange(raw);
    }
    drift(raw) {
        this.model.drift(raw);
        this.sensitive.drift(raw);
    }
    moduleResource(raw) {
        this.sensitive.moduleResource(raw);
    }
    /** Checks the head is a plan (before anything is masked), then finishes each part. */
    finish(head, source, mask) {
        const model = this.model.build(head, source);
        const sensitive = this.sensitive.finish(head);
        maskEach(sensitive, mask);
        return {
            model,
            sensitive,
            fingerprint: this.fingerprint.finish(head),
            changes: this.changes.finish(head, sensitive),
        };
    }
}
function notJson(source, error) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1(`${source} is not JSON: ${error.message.split(/[\r\n]/)[0]}.`);
}
/**
 * The plan's sensitive values (collectSensitiveValues), each long enough to be redacted handed
 * to `mask` (the host's setSecret); `plan` and `apply` both mask through this. Shorter ones are
 * not masked: the runner would blank every "2" or "db" in the job's log and drop every job
 * output that contains one, and redaction skips them too.
 */
function maskSensitiveValues(json, mask) {
    const sensitive = (0,_sensitive_js__WEBPACK_IMPORTED_MODULE_4__/* .collectSensitiveValues */ .dG)(json);
    maskEach(sensitive, mask);
    return sensitive;
}
function maskEach(sensitive, mask) {
    for (const value of sensitive)
        if (value.length >= _sensitive_js__WEBPACK_IMPORTED_MODULE_4__/* .MIN_REDACT_LENGTH */ .CV)
            mask(value);
}


/***/ }),

/***/ 9212:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ readPlanArgs)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1096);

/**
 * Options of `tofu plan` the action sets itself: given again in plan-args they would change
 * where the plan goes, what tofu prints or what its exit code means, or override an input.
 */
const SET_BY_THE_ACTION = {
    out: 'the action saves the plan where the later steps find it',
    json: 'the action reads the plan with tofu show -json',
    'detailed-exitcode': 'the action reads the exit code this way already',
    input: 'the action runs tofu with -input=false',
    'lock-timeout': 'use the input lock-timeout',
    'var-file': 'use the input var-files',
};
/** plan-args, one per line, without the options the action sets itself. */
function readPlanArgs(inputs) {
    const args = inputs.lines('plan-args');
    for (const arg of args) {
        const name = /^--?([a-z-]+)(=|$)/.exec(arg)?.[1];
        const why = name === undefined ? undefined : SET_BY_THE_ACTION[name];
        if (why !== undefined) {
            throw (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('plan-args', arg, `-${name} is set by the action (${why}); plan-args takes other plan options, such as -target, -replace, -var or -refresh=false`);
        }
    }
    return args;
}


/***/ }),

/***/ 7450:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ planFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);



/**
 * Where a plan's files go: RUNNER_TEMP/tofu-aws-action/<environment> on a runner (artifact
 * uploads read from there; the runner empties it after the job). Elsewhere a new directory
 * only this user can enter (mode 0700, under a random name in the system's temporary
 * directory): the saved plan and its JSON hold sensitive values in clear text, and a shared,
 * predictable path there could be read, or created first, by another user.
 */
function planFiles(host, environment) {
    const runnerTemp = host.env.RUNNER_TEMP;
    const base = runnerTemp
        ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(runnerTemp, 'tofu-aws-action')
        : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'tofu-aws-action-'));
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(base, directoryName(environment));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true, mode: 0o700 });
    return {
        dir,
        planFile: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'plan.tfplan'),
        planJsonFile: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'plan.json'),
        planTextFile: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'plan.txt'),
        resultFile: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'result.json'),
    };
}
/** The environment as one directory name: "." or ".." would put the files outside `base`. */
function directoryName(environment) {
    const name = environment.replace(/[^A-Za-z0-9._-]+/g, '-');
    return /^\.*$/.test(name) ? name.replace(/\./g, '-') : name;
}


/***/ }),

/***/ 4768:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Et: () => (/* binding */ containsTrue),
/* harmony export */   Gy: () => (/* binding */ checkPlan),
/* harmony export */   QI: () => (/* binding */ resourceMode),
/* harmony export */   UK: () => (/* binding */ isSensitiveOutput),
/* harmony export */   XZ: () => (/* binding */ planModelFromJson),
/* harmony export */   Yn: () => (/* binding */ stringList),
/* harmony export */   aJ: () => (/* binding */ isShown),
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   oM: () => (/* binding */ PlanModelBuilder)
/* harmony export */ });
/* unused harmony exports parsePlanJson, parsePlanText */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1096);
/* harmony import */ var _plan_actions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2006);
/* harmony import */ var _plan_parts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3603);



const SUPPORTED = 'supported 0.1 to 1.2 (and later 1.x)';
/** Parses the text of `tofu show -json`; `source` names it in errors, e.g. "Input 'plan-json' (plan.json)". */
function parsePlanJson(text, source) {
    return planModelFromJson(parsePlanText(text, source), source);
}
/** JSON.parse with the error the user sees; checks that the result is a supported plan. */
function parsePlanText(text, source) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new ConfigurationError(`${source} is not JSON: ${errorMessage(error)}`);
    }
    return checkPlan(json, source);
}
function checkPlan(json, source) {
    if (json === null || typeof json !== 'object' || Array.isArray(json)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${source} is not a plan (not a JSON object)`);
    }
    const plan = json;
    if (typeof plan.format_version !== 'string' ||
        (plan.planned_values === undefined &&
            plan.resource_changes === undefined &&
            plan.output_changes === undefined)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${source} is not a plan (no format_version/planned_values/resource_changes); ` +
            'expected the output of `tofu show -json <planfile>`');
    }
    const version = /^(\d+)\.(\d+)$/.exec(plan.format_version);
    const major = Number(version?.[1]);
    const minor = Number(version?.[2]);
    if (!version || !((major === 0 && minor >= 1) || major === 1)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${source} has format_version ${JSON.stringify(plan.format_version)}; ${SUPPORTED}`);
    }
    if (plan.resource_changes !== undefined && !Array.isArray(plan.resource_changes)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${source} is not a plan (resource_changes is not a list)`);
    }
    return plan;
}
function planModelFromJson(json, source) {
    const plan = checkPlan(json, source);
    const builder = new PlanModelBuilder();
    (0,_plan_parts_js__WEBPACK_IMPORTED_MODULE_2__/* .visitPlanTree */ .b)(plan, builder);
    return builder.build(plan, source);
}
/** The model built part by part (plan-parts.ts); `build` takes the plan's head. */
class PlanModelBuilder {
    changes = [];
    drifted = [];
    counts = {
        add: 0,
        change: 0,
        destroy: 0,
        replace: 0,
        import: 0,
        forget: 0,
        move: 0,
        read: 0,
    };
    resourceChange(raw) {
        const summary = summarise(raw);
        if (!summary || !isShown(summary))
            return;
        this.changes.push(summary);
        count(this.counts, summary);
    }
    drift(raw) {
        const summary = summarise(raw);
        if (summary && summary.action !== 'no-op')
            this.drifted.push(summary);
    }
    moduleResource() { }
    build(head, source) {
        const plan = checkPlan(head, source);
        const outputs = outputChanges(plan);
        return {
            formatVersion: plan.format_version,
            ...(typeof plan.terraform_version === 'string'
                ? { toolVersion: plan.terraform_version }
                : {}),
            errored: plan.errored === true,
            changes: this.changes,
            drift: this.drifted,
            outputs,
            counts: this.counts,
            hasChanges: this.changes.length > 0 || outputs.length > 0,
        };
    }
}
/** What OpenTofu itself leaves out of the plan it shows (and what apply does not do). */
function isShown(change) {
    if (change.mode === 'ephemeral')
        return false;
    if (change.action === 'delete' && change.mode !== 'managed')
        return false;
    if (change.action === 'no-op') {
        return change.previousAddress !== undefined || change.importing !== undefined;
    }
    return true;
}
function count(counts, change) {
    if (change.importing)
        counts.import++;
    if (change.previousAddress !== undefined)
        counts.move++;
    switch (change.action) {
        case 'create':
            counts.add++;
            break;
        case 'update':
            counts.change++;
            break;
        case 'delete':
            counts.destroy++;
            break;
        case 'replace-delete-first':
        case 'replace-create-first':
            counts.add++;
            counts.destroy++;
            counts.replace++;
            break;
        case 'replace-forget-first':
            counts.add++;
            counts.forget++;
            break;
        case 'forget':
            counts.forget++;
            break;
        case 'read':
            counts.read++;
            break;
        default:
            break;
    }
}
function resourceMode(raw) {
    if (raw.mode === 'data' || raw.mode === 'ephemeral' || raw.mode === 'managed')
        return raw.mode;
    // Format 0.1 always has `mode`; this is a fallback for hand-written plans.
    const local = (raw.address ?? '').replace(MODULE_PREFIX, '');
    if (local.startsWith('data.'))
        return 'data';
    if (local.startsWith('ephemeral.'))
        return 'ephemeral';
    return 'managed';
}
const MODULE_PREFIX = /^(?:module\.[^.[]+(?:\[(?:"(?:[^"\\]|\\.)*"|\d+)\])?\.)+/;
function summarise(raw) {
    if (!raw || typeof raw !== 'object' || typeof raw.address !== 'string')
        return undefined;
    const change = raw.change ?? {};
    const actions = stringList(change.actions);
    const summary = {
        address: raw.address,
        mode: resourceMode(raw),
        type: raw.type ?? '',
        name: raw.name ?? '',
        action: (0,_plan_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyActions */ .w)(actions),
        actions,
    };
    if (typeof raw.previous_address === 'string' && raw.previous_address !== raw.address) {
        summary.previousAddress = raw.previous_address;
    }
    if (typeof raw.module_address === 'string')
        summary.moduleAddress = raw.module_address;
    if (typeof raw.provider_name === 'string')
        summary.providerName = raw.provider_name;
    if (typeof raw.deposed === 'string' && raw.deposed !== '')
        summary.deposed = raw.deposed;
    if (typeof raw.action_reason === 'string')
        summary.actionReason = raw.action_reason;
    if (Array.isArray(change.replace_paths) && change.replace_paths.length > 0) {
        summary.replacePaths = change.replace_paths.map(formatPath);
    }
    if (change.importing && typeof change.importing === 'object') {
        summary.importing =
            typeof change.importing.id === 'string' && change.importing.id !== ''
                ? { id: change.importing.id }
                : {};
    }
    if (typeof change.generated_config === 'string' && change.generated_config !== '') {
        summary.generatedConfig = true;
    }
    return summary;
}
/**
 * `list.map(String)`, or the list itself when it holds only strings (the usual case: a large
 * plan's model then holds no copy of every change's actions).
 */
function stringList(list) {
    if (!Array.isArray(list))
        return [];
    for (let i = 0; i < list.length; i++)
        if (typeof list[i] !== 'string')
            return list.map(String);
    return list;
}
/** `["tags","Name"]` → `tags["Name"]`; `["ebs",0,"size"]` → `ebs[0].size`. */
function formatPath(path) {
    const steps = Array.isArray(path) ? path : [path];
    let out = '';
    for (const step of steps) {
        if (typeof step === 'number')
            out += `[${step}]`;
        else if (typeof step === 'string' && /^[A-Za-z_][A-Za-z0-9_-]*$/.test(step)) {
            out += out === '' ? step : `.${step}`;
        }
        else
            out += `[${JSON.stringify(String(step))}]`;
    }
    return out;
}
function outputChanges(plan) {
    const raw = plan.output_changes;
    if (!raw || typeof raw !== 'object')
        return [];
    const result = [];
    for (const name of Object.keys(raw).sort()) {
        const change = raw[name];
        if (!change)
            continue;
        const action = (0,_plan_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyActions */ .w)(change.actions);
        if (action === 'no-op')
            continue;
        const sensitive = isSensitiveOutput(plan, name, change);
        const unknown = containsTrue(change.after_unknown);
        const summary = { name, action, sensitive, unknown };
        if (!sensitive && !unknown && action !== 'delete' && 'after' in change) {
            summary.value = change.after;
        }
        result.push(summary);
    }
    return result;
}
/**
 * An output is sensitive when any source says so: its change's marks (format ≥ 0.2), the
 * planned or prior values, or the configuration (the only source in format 0.1).
 */
function isSensitiveOutput(plan, name, change) {
    return (containsTrue(change?.after_sensitive) ||
        containsTrue(change?.before_sensitive) ||
        plan.planned_values?.outputs?.[name]?.sensitive === true ||
        plan.prior_state?.values?.outputs?.[name]?.sensitive === true ||
        plan.configuration?.root_module?.outputs?.[name]?.sensitive === true);
}
/** `true`, or an object/array with `true` somewhere inside (the shape of *_sensitive/after_unknown). */
function containsTrue(mark) {
    if (mark === true)
        return true;
    if (mark === null || typeof mark !== 'object')
        return false;
    if (Array.isArray(mark)) {
        for (let i = 0; i < mark.length; i++)
            if (containsTrue(mark[i]))
                return true;
        return false;
    }
    // for...in rather than Object.values: no list allocated for each of the many marks.
    const record = mark;
    for (const key in record)
        if (containsTrue(record[key]))
            return true;
    return false;
}


/***/ }),

/***/ 3603:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ visitPlanTree)
/* harmony export */ });
/** Feeds a parsed plan's parts to the visitor: resource changes, drift, then module resources. */
function visitPlanTree(plan, visitor) {
    const changes = Array.isArray(plan.resource_changes) ? plan.resource_changes : [];
    for (let i = 0; i < changes.length; i++)
        visitor.resourceChange(changes[i]);
    const drift = Array.isArray(plan.resource_drift) ? plan.resource_drift : [];
    for (let i = 0; i < drift.length; i++)
        visitor.drift(drift[i]);
    visitModule(plan.planned_values?.root_module, visitor);
    visitModule(plan.prior_state?.values?.root_module, visitor);
}
function visitModule(module, visitor) {
    if (!module || typeof module !== 'object')
        return;
    const { resources, child_modules: children } = module;
    const list = Array.isArray(resources) ? resources : [];
    for (let i = 0; i < list.length; i++)
        visitor.moduleResource(list[i]);
    const childList = Array.isArray(children) ? children : [];
    for (let i = 0; i < childList.length; i++)
        visitModule(childList[i], visitor);
}


/***/ }),

/***/ 1220:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E_: () => (/* binding */ writePlanResult),
/* harmony export */   XO: () => (/* binding */ readPlanResult),
/* harmony export */   mW: () => (/* binding */ PLAN_RESULT_SCHEMA)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1096);


const PLAN_RESULT_SCHEMA = 'tofu-aws-action/plan-result@1';
function writePlanResult(path, result) {
    const tmp = `${path}.${process.pid}.tmp`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, JSON.stringify(result), 'utf8');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, path);
}
function readPlanResult(path) {
    let data;
    try {
        data = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Result file ${path} is not a tofu-aws-action plan result (not readable JSON: ${error.message.split('\n')[0]}).`);
    }
    const schema = data?.schema;
    if (schema !== PLAN_RESULT_SCHEMA) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(typeof schema === 'string' && schema.startsWith('tofu-aws-action/plan-result@')
            ? `Result file ${path} is from another version of tofu-aws-action (${schema}); this version reads ${PLAN_RESULT_SCHEMA}.`
            : `Result file ${path} is not a tofu-aws-action plan result (expected schema ${PLAN_RESULT_SCHEMA}).`);
    }
    return data;
}


/***/ }),

/***/ 5798:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yz: () => (/* binding */ firstPlanError),
/* harmony export */   aJ: () => (/* binding */ stripAnsi)
/* harmony export */ });
/* unused harmony export parsePlanSummaryLine */
/** Reading the human plan text (`tofu show <planfile>` / `tofu plan` output). */
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]|\u001b\][^\u0007]*\u0007/g;
function stripAnsi(text) {
    return text.includes('\u001b') ? text.replace(ANSI, '') : text;
}
/** Undefined when the text has neither a "Plan:" line nor "No changes.". */
function parsePlanSummaryLine(text) {
    const plain = stripAnsi(text);
    const line = /^Plan: (.+?)\.?\s*$/m.exec(plain);
    if (line) {
        const summary = { noChanges: false };
        for (const part of line[1].matchAll(/(\d+) to (import|add|change|destroy|forget)/g)) {
            summary[part[2]] = Number(part[1]);
        }
        return summary;
    }
    if (/^No changes\./m.test(plain))
        return { noChanges: true };
    return undefined;
}
const BOX = /^[│╷╵|]\s?/;
/**
 * The first error of a failed plan's output: its "Error: ..." line and the detail under it,
 * without the box-drawing prefix OpenTofu adds. At most `maxLines` lines.
 */
function firstPlanError(text, maxLines = 20) {
    const lines = stripAnsi(text).split(/\r?\n/);
    const start = lines.findIndex((l) => /^Error: /.test(l.replace(BOX, '').trimStart()));
    if (start < 0)
        return undefined;
    const boxed = /^[│╷]/.test(lines[start]);
    const out = [];
    let blanks = 0;
    for (let i = start; i < lines.length && out.length < maxLines; i++) {
        const raw = lines[i];
        if (boxed && (raw.startsWith('╵') || (i > start && !/^[│╷]/.test(raw))))
            break;
        const line = raw.replace(BOX, '').trimEnd();
        if (i > start && /^(Error|Warning): /.test(line.trimStart()))
            break;
        if (line.trim() === '') {
            if (++blanks >= 2)
                break;
        }
        else
            blanks = 0;
        out.push(line.replace(/^\s*(Error: )/, '$1'));
    }
    while (out.length > 0 && out[out.length - 1].trim() === '')
        out.pop();
    return out.join('\n');
}


/***/ }),

/***/ 7351:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ repoPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);

/**
 * A path tofu printed (relative to its working directory) as a path relative to the
 * repository root, which is what annotations need. undefined when it leaves the repository,
 * and for the pseudo file names tofu gives sources that are no file (`<value for var.x>`,
 * `<stdin>`).
 */
function repoPath(settings, tofuPath) {
    if (!tofuPath.trim() || tofuPath.startsWith('<'))
        return undefined;
    const dir = settings.workingDirectoryRelative.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
    const file = tofuPath.replace(/\\/g, '/');
    const joined = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.isAbsolute(file) ? file : node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(dir, file));
    if (node_path__WEBPACK_IMPORTED_MODULE_0__.posix.isAbsolute(joined) || joined === '..' || joined.startsWith('../'))
        return undefined;
    return joined;
}


/***/ }),

/***/ 2611:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B5: () => (/* binding */ sensitiveLeaves),
/* harmony export */   CV: () => (/* binding */ MIN_REDACT_LENGTH),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   XW: () => (/* binding */ SensitiveValueCollector),
/* harmony export */   dG: () => (/* binding */ collectSensitiveValues),
/* harmony export */   lY: () => (/* binding */ createRedactor)
/* harmony export */ });
/* unused harmony export REDACTED */
/* harmony import */ var _plan_parts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3603);
/* harmony import */ var _plan_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4768);


/**
 * Every value a plan marks sensitive, as text: the string and number leaves under paths
 * marked in `before_sensitive`/`after_sensitive` (resource changes and drift), the planned
 * and prior values of resources (`sensitive_values`), sensitive outputs, and the values of
 * root variables the configuration declares sensitive. The command masks them
 * (`setSecret`) before anything is logged and redacts them from any text it shows.
 *
 * Also holds the JSON-escaped form of values with quotes, backslashes or control
 * characters (how plan text shows them), and each long-enough line of multi-line values.
 * Sorted longest first, no duplicates, no empty strings.
 */
function collectSensitiveValues(json) {
    if (!json || typeof json !== 'object')
        return [];
    const collector = new SensitiveValueCollector();
    (0,_plan_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .visitPlanTree */ .b)(json, collector);
    return collector.finish(json);
}
/** collectSensitiveValues part by part (plan-parts.ts); `finish` takes the plan's head. */
class SensitiveValueCollector {
    found = new Set();
    resourceChange(raw) {
        const change = raw?.change;
        if (!change)
            return;
        collectMarked(this.found, change.before, change.before_sensitive);
        collectMarked(this.found, change.after, change.after_sensitive);
    }
    drift(raw) {
        this.resourceChange(raw);
    }
    moduleResource(raw) {
        const resource = raw;
        collectMarked(this.found, resource?.values, resource?.sensitive_values);
    }
    finish(head) {
        const found = this.found;
        if (!head || typeof head !== 'object')
            return longestFirst(found);
        const plan = head;
        const outputs = plan.output_changes && typeof plan.output_changes === 'object' ? plan.output_changes : {};
        const outputNames = new Set([
            ...Object.keys(outputs),
            ...Object.keys(plan.planned_values?.outputs ?? {}),
            ...Object.keys(plan.prior_state?.values?.outputs ?? {}),
        ]);
        for (const name of outputNames) {
            const change = outputs[name];
            if (!(0,_plan_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isSensitiveOutput */ .UK)(plan, name, change))
                continue;
            collectMarked(found, change?.before, true);
            collectMarked(found, change?.after, true);
            collectMarked(found, plan.planned_values?.outputs?.[name]?.value, true);
            collectMarked(found, plan.prior_state?.values?.outputs?.[name]?.value, true);
        }
        const declared = plan.configuration?.root_module?.variables ?? {};
        for (const [name, variable] of Object.entries(plan.variables ?? {})) {
            if (declared[name]?.sensitive === true)
                collectMarked(found, variable?.value, true);
        }
        return longestFirst(found);
    }
}
/**
 * The same as text for one value that is sensitive as a whole (a sensitive output of
 * `tofu output -json`): its string and number leaves, their JSON-escaped forms and the lines
 * of multi-line ones; never booleans or null. Sorted longest first, no duplicates.
 */
function sensitiveLeaves(value) {
    const found = new Set();
    allLeaves(found, value);
    return longestFirst(found);
}
function longestFirst(found) {
    return [...found].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}
/**
 * Walks `value` along `mark` (true = everything below is sensitive). Index loops and
 * for...in (plan objects inherit nothing enumerable), so that walking the many small marks
 * of a large plan allocates nothing.
 */
function collectMarked(found, value, mark) {
    if (mark === true) {
        allLeaves(found, value);
        return;
    }
    if (!mark || typeof mark !== 'object' || !value || typeof value !== 'object')
        return;
    if (Array.isArray(mark)) {
        if (!Array.isArray(value))
            return;
        for (let i = 0; i < mark.length && i < value.length; i++) {
            collectMarked(found, value[i], mark[i]);
        }
        return;
    }
    const record = value;
    const marks = mark;
    for (const key in marks)
        collectMarked(found, record[key], marks[key]);
}
function allLeaves(found, value) {
    if (value === null || value === undefined)
        return;
    if (typeof value !== 'object') {
        addLeaf(found, value);
        return;
    }
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++)
            allLeaves(found, value[i]);
        return;
    }
    const record = value;
    for (const key in record)
        allLeaves(found, record[key]);
}
/** Lines of multi-line secrets shorter than this are left out (they would shred any text). */
const MIN_LINE_LENGTH = 8;
/** What JSON.stringify writes other than as itself: quotes, backslashes, controls, surrogates. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPING = /["\\\u0000-\u001f\ud800-\udfff]/;
function addLeaf(found, leaf) {
    if (typeof leaf === 'number') {
        if (Number.isFinite(leaf))
            found.add(String(leaf));
        return;
    }
    if (typeof leaf !== 'string' || leaf === '')
        return;
    found.add(leaf);
    if (NEEDS_ESCAPING.test(leaf)) {
        const escaped = JSON.stringify(leaf).slice(1, -1);
        if (escaped !== leaf)
            found.add(escaped);
    }
    if (leaf.includes('\n')) {
        for (const line of leaf.split(/\r?\n/)) {
            if (line.trim().length >= MIN_LINE_LENGTH)
                found.add(line.trim());
        }
    }
}
/** Values shorter than this are not redacted from text (a sensitive "1" would shred it). */
const MIN_REDACT_LENGTH = 3;
const REDACTED = '(sensitive)';
/**
 * Replaces every occurrence of the given values in `text` (longest first, one pass).
 * Values shorter than MIN_REDACT_LENGTH are skipped. For many texts, make one redactor.
 */
function redact(text, values, replacement = REDACTED) {
    return createRedactor(values, replacement)(text);
}
/** A function that redacts the given values from any text (the pattern is built once). */
function createRedactor(values, replacement = REDACTED) {
    if (replacement !== REDACTED)
        return buildRedactor(values, replacement);
    // One plan's list of values is redacted from many texts (the section, the summary, ...).
    // Kept with a copy of the values, so that a list changed in place is never served stale.
    const cached = REDACTORS.get(values);
    if (cached && sameValues(cached.values, values))
        return cached.redact;
    const redact = buildRedactor(values, replacement);
    REDACTORS.set(values, { values: [...values], redact });
    return redact;
}
const REDACTORS = new WeakMap();
function sameValues(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
function buildRedactor(values, replacement) {
    const usable = values.filter((v) => v.length >= MIN_REDACT_LENGTH);
    if (usable.length === 0)
        return (text) => text;
    usable.sort((a, b) => b.length - a.length);
    const pattern = new RegExp(usable.map(escapeRegExp).join('|'), 'g');
    return (text) => (text === '' ? text : text.replace(pattern, replacement));
}
function escapeRegExp(value) {
    return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


/***/ }),

/***/ 874:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sl: () => (/* binding */ resolveTofuBinary),
/* harmony export */   U9: () => (/* binding */ readTofuSettings),
/* harmony export */   a3: () => (/* binding */ hasTofuFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1096);



function readTofuSettings(inputs, host) {
    const dirInput = inputs.string('working-directory') ?? '.';
    const workingDirectory = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(dirInput) ? dirInput : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(host.workspace, dirInput);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(workingDirectory) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(workingDirectory).isDirectory()) {
        throw (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('working-directory', dirInput, `no such directory under ${host.workspace}`);
    }
    const environment = inputs.string('environment') ?? ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(workingDirectory) || 'default');
    const varFiles = inputs.lines('var-files');
    for (const file of varFiles) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workingDirectory, file))) {
            throw (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('var-files', file, `no such file in ${dirInput}`);
        }
    }
    return {
        // What tofu-binary says; resolveTofuBinary decides the tofu that runs.
        binary: inputs.string('tofu-binary') ?? 'tofu',
        workingDirectory,
        workingDirectoryRelative: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(host.workspace, workingDirectory) || '.',
        environment,
        varFiles,
        backendConfig: inputs.lines('backend-config'),
        lockTimeoutMs: inputs.duration('lock-timeout'),
    };
}
/** True when the directory holds OpenTofu configuration (.tf, .tofu or .tf.json files). */
function hasTofuFiles(dir) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).some((f) => /\.(tf|tofu|tf\.json|tofu\.json)$/.test(f));
}
/**
 * The tofu to run (ensureTofu): `tofu-binary` (checked with tofu-version and tofu-checksum),
 * else tofu on PATH, else a verified release installed from `tofu-version` /
 * `.opentofu-version` / `required_version` (for fmt, `versionFromDirectoriesBelow`: else the
 * newest release the required_version of any directory below allows).
 */
async function resolveTofuBinary(ctx, settings, options = {}) {
    // Loaded here: rendering an existing plan needs none of it.
    const { ensureTofu } = await __webpack_require__.e(/* import() */ 673).then(__webpack_require__.bind(__webpack_require__, 1673));
    return ensureTofu(ctx, { ...options, workingDirectory: settings.workingDirectory });
}


/***/ }),

/***/ 1085:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bv: () => (/* binding */ firstError),
/* harmony export */   t4: () => (/* binding */ parseTextDiagnostics),
/* harmony export */   wh: () => (/* binding */ plainText)
/* harmony export */ });
/* harmony import */ var _plan_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5798);

/** Strips colour codes and the `╷ │ ╵` box that tofu draws around diagnostics. */
function plainText(text) {
    return (0,_plan_text_js__WEBPACK_IMPORTED_MODULE_0__/* .stripAnsi */ .aJ)(text)
        .split(/\r?\n/)
        .map((line) => line.replace(/^[│╷╵]\s?/, ''))
        .join('\n');
}
/**
 * Finds `Error: ...` / `Warning: ...` blocks in tofu's human output. Each block runs to the
 * next blank-line-separated heading or the end of its box.
 */
function parseTextDiagnostics(text) {
    const lines = plainText(text).split('\n');
    const found = [];
    let current;
    const flush = () => {
        if (!current)
            return;
        const body = current.body.join('\n').trim();
        const location = /^\s*on (.+?) line (\d+)/m.exec(body);
        if (location) {
            current.file = location[1];
            current.line = Number(location[2]);
        }
        current.detail = body
            .split('\n')
            .filter((l) => !/^\s*on .+ line \d+/.test(l) &&
            !/^\s*\d+:\s/.test(l) &&
            !/^\s*\(source code not available\)/.test(l))
            .join('\n')
            .replace(/\n{3,}/g, '\n\n')
            .trim();
        const { body: _body, ...diagnostic } = current;
        found.push(diagnostic);
        current = undefined;
    };
    for (const raw of lines) {
        const heading = /^(Error|Warning): (.*)$/.exec(raw.trimEnd());
        if (heading) {
            flush();
            current = {
                severity: heading[1] === 'Error' ? 'error' : 'warning',
                summary: (heading[2] ?? '').trim(),
                detail: '',
                body: [],
            };
            continue;
        }
        if (current) {
            if (/^(Plan:|OpenTofu|Terraform) /.test(raw))
                flush();
            else
                current.body.push(raw);
        }
    }
    flush();
    return found;
}
/** The first error as one line, for comments and failure messages. */
function firstError(text) {
    const error = parseTextDiagnostics(text).find((d) => d.severity === 'error');
    if (error) {
        const detail = error.detail
            .split('\n')
            .find((l) => l.trim())
            ?.trim();
        return detail ? `${error.summary}: ${detail}` : error.summary;
    }
    return plainText(text)
        .split('\n')
        .map((l) => l.trim())
        .find(Boolean);
}


/***/ }),

/***/ 4763:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Im: () => (/* binding */ toGoDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   yi: () => (/* binding */ parseDurationMs),
/* harmony export */   zm: () => (/* binding */ durationInputMs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1096);

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** The sum of a duration's parts in milliseconds, which may be too large to use; else undefined. */
function sumDurationMs(text) {
    const value = text.trim();
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    if (!/^(\d+(\.\d+)?(ms|s|m|h|d))+$/.test(value))
        return undefined;
    let total = 0;
    for (const part of value.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)) {
        total += Number(part[1]) * UNIT_MS[part[2]];
    }
    return total;
}
// A 400-digit number of seconds adds up to Infinity; no wait anyone means comes near this.
const MAX_DURATION_MS = Number.MAX_SAFE_INTEGER;
/**
 * Parses `90s`, `5m`, `1h30m`, `2d` or a bare number of seconds into milliseconds.
 * Returns undefined for anything else, and for a value too large to be a finite duration.
 */
function parseDurationMs(text) {
    const ms = sumDurationMs(text);
    return ms !== undefined && ms <= MAX_DURATION_MS ? ms : undefined;
}
/** parseDurationMs for an input: a one-line error naming the input when it does not parse. */
function durationInputMs(name, value) {
    const ms = sumDurationMs(value);
    if (ms === undefined) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)(name, value, 'expected a duration such as 30s, 5m, 1h30m or a number of seconds');
    }
    if (ms > MAX_DURATION_MS) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)(name, value, 'too long to be a duration; expected e.g. 30s, 5m or 2h');
    }
    return ms;
}
/** `1h 2m 3s` style, for people. */
function formatDuration(ms) {
    const totalSeconds = Math.round(ms / 1000);
    if (totalSeconds < 60)
        return `${totalSeconds}s`;
    const h = Math.floor(totalSeconds / 3600);
    const m = Math.floor((totalSeconds % 3600) / 60);
    const s = totalSeconds % 60;
    return [h ? `${h}h` : '', m ? `${m}m` : '', s ? `${s}s` : ''].filter(Boolean).join(' ');
}
/** OpenTofu's -lock-timeout wants a Go duration: `300s`. */
function toGoDuration(ms) {
    return `${Math.round(ms / 1000)}s`;
}


/***/ }),

/***/ 1096:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   aY: () => (/* binding */ invalidInput),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   p0: () => (/* binding */ isConfigurationError)
/* harmony export */ });
/**
 * Something the user must fix: a bad input, a missing permission, a missing tool.
 * Reported as one line without a stack trace. Anything else is a bug and keeps its
 * stack in the debug log.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
}
function isConfigurationError(error) {
    return error instanceof ConfigurationError;
}
/** A bad input: names the input, the value and what is allowed. */
function invalidInput(name, value, allowed) {
    return new ConfigurationError(`Input '${name}' has value ${JSON.stringify(value)}: ${allowed}.`);
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}
/** The first line only: an error reported to the user is one line. */
function oneLine(message) {
    return message
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
        .join(' ');
}


/***/ }),

/***/ 2721:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ existingFileInput),
/* harmony export */   g: () => (/* binding */ pathKind)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1096);



/** What is at `path` (links followed); undefined when nothing is. */
function pathKind(path) {
    const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path, { throwIfNoEntry: false });
    if (!stat)
        return undefined;
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : 'other';
}
/** A path input that must name an existing file: its absolute path (relative ones from `base`). */
function existingFileInput(name, value, base) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(base, value);
    const kind = pathKind(path);
    if (kind === undefined)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)(name, value, 'no such file');
    if (kind !== 'file') {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)(name, value, kind === 'directory' ? 'a directory, not a file' : 'not a file');
    }
    return path;
}


/***/ })

};
