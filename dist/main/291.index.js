export const id = 291;
export const ids = [291];
export const modules = {

/***/ 4806:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ aggregateCommentKey),
/* harmony export */   e: () => (/* binding */ planCommentKey)
/* harmony export */ });
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4072);

/** One sticky comment per (workflow, environment) for `plan`... */
function planCommentKey(workflow, environment) {
    return (0,_marker_js__WEBPACK_IMPORTED_MODULE_0__/* .markerKey */ .s8)([workflow ?? 'tofu', environment]);
}
/** ...and one per workflow for the aggregated comment of `comment`. */
function aggregateCommentKey(workflow) {
    return (0,_marker_js__WEBPACK_IMPORTED_MODULE_0__/* .markerKey */ .s8)([workflow ?? 'tofu', '*']);
}


/***/ }),

/***/ 4072:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ed: () => (/* binding */ findMarker),
/* harmony export */   Zt: () => (/* binding */ allMarkers),
/* harmony export */   gJ: () => (/* binding */ formatMarker),
/* harmony export */   s8: () => (/* binding */ markerKey)
/* harmony export */ });
const PREFIX = '<!-- tofu-aws-action:plan:';
/** Keys are free text from workflow and environment names; keep them marker-safe. */
function markerKey(parts) {
    return parts
        .map((p) => p.replace(/[^A-Za-z0-9._/-]+/g, '-'))
        .join(':')
        .replace(/-->/g, '');
}
function formatMarker(key, data) {
    // JSON.stringify never emits "-->" unescaped inside strings once '>' is escaped.
    const json = JSON.stringify(data).replace(/>/g, '\\u003e');
    return `${PREFIX}${key} ${json} -->`;
}
function findMarker(body, key) {
    const start = body.indexOf(`${PREFIX}${key} `);
    if (start < 0)
        return undefined;
    const jsonStart = start + PREFIX.length + key.length + 1;
    const end = body.indexOf(' -->', jsonStart);
    if (end < 0)
        return undefined;
    try {
        const data = JSON.parse(body.slice(jsonStart, end));
        return data && data.v === 1 && typeof data.environments === 'object' ? data : undefined;
    }
    catch {
        return undefined;
    }
}
/** Every marker in a body, with its key (apply searches comments for its environment). */
function allMarkers(body) {
    const found = [];
    let from = 0;
    for (;;) {
        const start = body.indexOf(PREFIX, from);
        if (start < 0)
            break;
        const keyEnd = body.indexOf(' ', start + PREFIX.length);
        if (keyEnd < 0)
            break;
        const key = body.slice(start + PREFIX.length, keyEnd);
        const data = findMarker(body.slice(start), key);
        if (data)
            found.push({ key, data });
        from = keyEnd;
    }
    return found;
}


/***/ }),

/***/ 2698:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ isOutdatedRun)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1096);

/**
 * A run for an older commit that finishes after the run for the pull request's current head
 * (a quick second push, a re-run of an old run) must not put its outdated plans over the
 * comment of the head: true (with a warning) when the comment already shows the head and this
 * run planned another commit.
 */
async function isOutdatedRun(ctx, target, previous) {
    const ours = ctx.github.pullRequest?.headSha;
    if (!ours || !previous?.sha || previous.sha === ours)
        return false;
    let head;
    try {
        head = (await target.client.getPullRequest(target.pr)).head.sha;
    }
    catch (error) {
        ctx.host.debug(`Could not read the head of pull request #${target.pr}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
        return false;
    }
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
/**
 * Plain text inside a line of markdown (never at its start): no markup, links, HTML or
 * @mentions.
 */
function escapeText(text) {
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
function oneLine(text) {
    return text.replace(/[\r\n\t]+/g, ' ');
}
/** At most `max` characters, with an ellipsis when cut. */
function shorten(text, max) {
    return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
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
/**
 * The table (header lines, then each group's rows in order) within `budget` characters:
 * the whole table when it fits, otherwise the first N rows of every group with one
 * "and K more" row per cut group, N as large as fits (N = 0 at worst: header and the
 * "more" rows only, which may exceed a tiny budget; the table is never dropped).
 */
function fitTable(header, groups, budget) {
    const prefix = groups.map((g) => {
        const sums = new Array(g.rows.length + 1);
        sums[0] = 0;
        for (let i = 0; i < g.rows.length; i++) {
            sums[i + 1] = sums[i] + g.rows[i].length + 1;
        }
        return sums;
    });
    const longest = groups.reduce((m, g) => Math.max(m, g.rows.length), 0);
    const size = (n) => {
        let total = header.length;
        groups.forEach((g, i) => {
            const shown = Math.min(n, g.rows.length);
            total += prefix[i][shown];
            if (g.rows.length > shown)
                total += g.more(g.rows.length - shown).length + 1;
        });
        return total;
    };
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
        const shown = Math.min(n, g.rows.length);
        for (let i = 0; i < shown; i++)
            parts.push(g.rows[i]);
        if (g.rows.length > shown) {
            parts.push(g.more(g.rows.length - shown));
            hidden += g.rows.length - shown;
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
const GROUP_BY_ID = new Map(GROUPS.map((g) => [g.id, g]));
/**
 * Table rows by group, kept per change list and secrets: the comment's section and the
 * summary's render the same plan, and the rows do not depend on the budget. (A PlanModel
 * is not changed once built; a list that grew is rendered afresh.)
 */
const ROWS = new WeakMap();
function resourceRows(changes, secrets, clean) {
    const cached = ROWS.get(changes);
    if (cached && cached.secrets === secrets && cached.length === changes.length) {
        return cached.byGroup;
    }
    const byGroup = new Map();
    for (const group of GROUPS)
        byGroup.set(group.id, []);
    for (const change of changes) {
        const id = groupOf(change);
        const group = GROUP_BY_ID.get(id);
        const label = id === 'other' ? `other (${(0,markdown/* escapeText */.X1)(change.actions.join(', '))})` : group.label;
        const address = (0,markdown/* cellCode */.GA)((0,markdown/* shorten */.ml)(change.address, MAX_ADDRESS));
        byGroup.get(id).push(`| ${label} | ${address} | ${details(change, clean)} |`);
    }
    ROWS.set(changes, { secrets, length: changes.length, byGroup });
    return byGroup;
}
function resourceTable(changes, secrets, clean) {
    const byGroup = resourceRows(changes, secrets, clean);
    const groups = [];
    for (const group of GROUPS) {
        const rows = byGroup.get(group.id);
        if (rows.length === 0)
            continue;
        groups.push({
            rows,
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
    const groups = [
        { rows, more: (hidden) => `| _and ${(0,markdown/* groupThousands */.Zv)(hidden)} more_ | | |` },
    ];
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
    const groups = [
        { rows, more: (hidden) => `| | _and ${(0,markdown/* groupThousands */.Zv)(hidden)} more_ |` },
    ];
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

/***/ 2006:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ classifyActions)
/* harmony export */ });
const BY_KEY = {
    'no-op': 'no-op',
    create: 'create',
    read: 'read',
    update: 'update',
    delete: 'delete',
    'delete,create': 'replace-delete-first',
    'create,delete': 'replace-create-first',
    forget: 'forget',
    'forget,create': 'replace-forget-first',
};
function classifyActions(actions) {
    if (!Array.isArray(actions) || actions.length === 0)
        return 'other';
    return BY_KEY[actions.join(',')] ?? 'other';
}


/***/ }),

/***/ 4768:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Et: () => (/* binding */ containsTrue),
/* harmony export */   QI: () => (/* binding */ resourceMode),
/* harmony export */   UK: () => (/* binding */ isSensitiveOutput),
/* harmony export */   XZ: () => (/* binding */ planModelFromJson),
/* harmony export */   aJ: () => (/* binding */ isShown),
/* harmony export */   jV: () => (/* binding */ formatPath)
/* harmony export */ });
/* unused harmony exports parsePlanJson, parsePlanText, checkPlan */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1096);
/* harmony import */ var _plan_actions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2006);


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
    const changes = [];
    const counts = {
        add: 0,
        change: 0,
        destroy: 0,
        replace: 0,
        import: 0,
        forget: 0,
        move: 0,
        read: 0,
    };
    for (const raw of plan.resource_changes ?? []) {
        const summary = summarise(raw);
        if (!summary || !isShown(summary))
            continue;
        changes.push(summary);
        count(counts, summary);
    }
    const drift = [];
    for (const raw of Array.isArray(plan.resource_drift) ? plan.resource_drift : []) {
        const summary = summarise(raw);
        if (summary && summary.action !== 'no-op')
            drift.push(summary);
    }
    const outputs = outputChanges(plan);
    return {
        formatVersion: plan.format_version,
        ...(typeof plan.terraform_version === 'string' ? { toolVersion: plan.terraform_version } : {}),
        errored: plan.errored === true,
        changes,
        drift,
        outputs,
        counts,
        hasChanges: changes.length > 0 || outputs.length > 0,
    };
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
    const actions = Array.isArray(change.actions) ? change.actions.map(String) : [];
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
    for (const value of Object.values(mark))
        if (containsTrue(value))
            return true;
    return false;
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

/***/ 2611:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   dG: () => (/* binding */ collectSensitiveValues),
/* harmony export */   lY: () => (/* binding */ createRedactor)
/* harmony export */ });
/* unused harmony exports MIN_REDACT_LENGTH, REDACTED */
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
    const found = new Set();
    if (!json || typeof json !== 'object')
        return [];
    const plan = json;
    const add = (leaf) => addLeaf(found, leaf);
    const changes = (list) => {
        if (!Array.isArray(list))
            return;
        for (const rc of list) {
            const change = rc?.change;
            if (!change)
                continue;
            collectMarked(change.before, change.before_sensitive, add);
            collectMarked(change.after, change.after_sensitive, add);
        }
    };
    changes(plan.resource_changes);
    changes(plan.resource_drift);
    moduleValues(plan.planned_values?.root_module, add);
    moduleValues(plan.prior_state?.values?.root_module, add);
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
        collectMarked(change?.before, true, add);
        collectMarked(change?.after, true, add);
        collectMarked(plan.planned_values?.outputs?.[name]?.value, true, add);
        collectMarked(plan.prior_state?.values?.outputs?.[name]?.value, true, add);
    }
    const declared = plan.configuration?.root_module?.variables ?? {};
    for (const [name, variable] of Object.entries(plan.variables ?? {})) {
        if (declared[name]?.sensitive === true)
            collectMarked(variable?.value, true, add);
    }
    return [...found].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}
function moduleValues(module, add) {
    if (!module || typeof module !== 'object')
        return;
    for (const resource of Array.isArray(module.resources) ? module.resources : []) {
        collectMarked(resource?.values, resource?.sensitive_values, add);
    }
    for (const child of Array.isArray(module.child_modules) ? module.child_modules : []) {
        moduleValues(child, add);
    }
}
/** Walks `value` along `mark` (true = everything below is sensitive). */
function collectMarked(value, mark, add) {
    if (mark === true) {
        allLeaves(value, add);
        return;
    }
    if (!mark || typeof mark !== 'object' || !value || typeof value !== 'object')
        return;
    if (Array.isArray(mark)) {
        if (!Array.isArray(value))
            return;
        for (let i = 0; i < mark.length && i < value.length; i++)
            collectMarked(value[i], mark[i], add);
        return;
    }
    const record = value;
    for (const key of Object.keys(mark)) {
        collectMarked(record[key], mark[key], add);
    }
}
function allLeaves(value, add) {
    if (value === null || value === undefined)
        return;
    if (typeof value !== 'object') {
        add(value);
        return;
    }
    for (const child of Object.values(value))
        allLeaves(child, add);
}
/** Lines of multi-line secrets shorter than this are left out (they would shred any text). */
const MIN_LINE_LENGTH = 8;
function addLeaf(found, leaf) {
    if (typeof leaf === 'number') {
        if (Number.isFinite(leaf))
            found.add(String(leaf));
        return;
    }
    if (typeof leaf !== 'string' || leaf === '')
        return;
    found.add(leaf);
    const escaped = JSON.stringify(leaf).slice(1, -1);
    if (escaped !== leaf)
        found.add(escaped);
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


/***/ })

};
