export const id = 236;
export const ids = [236];
export const modules = {

/***/ 9236:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  post: () => (/* binding */ post),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./.build/tofu/lock-error.js
var lock_error = __webpack_require__(2707);
// EXTERNAL MODULE: ./.build/util/duration.js
var duration = __webpack_require__(4763);
;// CONCATENATED MODULE: ./.build/render/apply-summary.js


const HEADLINE = {
    applied: 'applied',
    'no-changes': 'nothing to apply',
    failed: 'apply failed',
    locked: 'state is locked',
    'plan-changed': 'not applied: the plan changed since review',
};
const RESULT = {
    complete: '✅ done',
    errored: '❌ failed',
    running: '⏸️ interrupted',
};
/** `|` and newlines would break a table row; backticks would break a code span. */
function tableCell(text) {
    return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}
function code(text) {
    return `\`${text.replace(/`/g, "'")}\``;
}
function countsLine(counts) {
    const parts = [`${counts.add} added`, `${counts.change} changed`, `${counts.destroy} destroyed`];
    if (counts.import)
        parts.push(`${counts.import} imported`);
    if (counts.forget)
        parts.push(`${counts.forget} forgotten`);
    return parts.join(', ');
}
/** A non-sensitive output value, short enough for a table cell. */
function outputValueText(value, max = 120) {
    if (value.sensitive)
        return '(sensitive)';
    if (value.value === undefined)
        return '(unknown)';
    const text = typeof value.value === 'string' ? value.value : JSON.stringify(value.value);
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
/** One line about a held lock: who, what, how long, which ID. */
function lockLine(info, now) {
    const who = info.who ? `by ${info.who}` : 'by an unknown holder';
    const age = info.createdAt ? ` for ${(0,duration/* formatDuration */.a3)(now - info.createdAt.getTime())}` : '';
    const since = info.created ? ` (since ${info.created})` : '';
    const path = info.path ? ` on ${info.path}` : '';
    return `The state is locked ${who} for ${(0,lock_error/* operationName */.Xn)(info.operation)}${age}${since}${path}; lock ID ${info.id}`;
}
function renderApplySummary(input) {
    const lines = [`### Apply: ${input.environment}: ${HEADLINE[input.outcome]}`, ''];
    if (input.counts) {
        const took = input.durationMs !== undefined ? ` in ${(0,duration/* formatDuration */.a3)(input.durationMs)}` : '';
        lines.push(`${countsLine(input.counts)}${took}.`, '');
    }
    if (input.lock) {
        if (input.lock.info)
            lines.push(`🔒 ${lockLine(input.lock.info, input.lock.now)}.`, '');
        else
            lines.push('🔒 The state is locked. OpenTofu said:', '', '```', input.lock.text.trim(), '```', '');
    }
    if (input.released)
        lines.push(`🔓 ${input.released}`, '');
    if (input.firstError)
        lines.push(`**Error:** ${tableCell(input.firstError)}`, '');
    if (input.detail)
        lines.push(input.detail.trim(), '');
    if (input.resources.length) {
        lines.push('| Resource | Action | Result | Took |', '|---|---|---|---|');
        for (const r of input.resources) {
            const took = r.elapsedSeconds !== undefined ? (0,duration/* formatDuration */.a3)(r.elapsedSeconds * 1000) : '';
            lines.push(`| ${code(r.address)} | ${r.action} | ${RESULT[r.outcome]} | ${took} |`);
        }
        lines.push('');
    }
    const outputs = Object.entries(input.outputs ?? {});
    if (outputs.length) {
        lines.push(`<details><summary>Outputs (${outputs.length})</summary>`, '', '| Output | Value |', '|---|---|');
        for (const [name, value] of outputs) {
            lines.push(`| ${code(name)} | ${tableCell(outputValueText(value))} |`);
        }
        lines.push('', '</details>', '');
    }
    return `${lines.join('\n').trimEnd()}\n`;
}

// EXTERNAL MODULE: ./.build/tofu/change-set.js
var change_set = __webpack_require__(2498);
// EXTERNAL MODULE: ./.build/tofu/fingerprint.js + 1 modules
var tofu_fingerprint = __webpack_require__(2106);
;// CONCATENATED MODULE: ./.build/github/apply-report.js



const NO_CHANGES = { add: 0, change: 0, destroy: 0, import: 0, forget: 0 };
/**
 * How `apply` ends, told in the step summary, the log and the plan comment: applied, nothing to
 * apply, or failed (with the held lock when that is why).
 */
class ApplyReport {
    host;
    clock;
    environment;
    runUrl;
    comment;
    locks;
    constructor(host, clock, environment, runUrl, comment, locks) {
        this.host = host;
        this.clock = clock;
        this.environment = environment;
        this.runUrl = runUrl;
        this.comment = comment;
        this.locks = locks;
    }
    /** The plan has no changes: applied already when it is the reviewed one, else only a notice. */
    async noChanges(planJson, review) {
        const { host, environment } = this;
        const reviewedSame = !review || (0,tofu_fingerprint/* fingerprintOf */.ax)((0,change_set/* changeSet */.Jn)(planJson)) === review.fingerprint;
        host.info(`No changes in ${environment}: nothing to apply.`);
        if (!reviewedSame) {
            host.notice(`The plan of ${environment} has no changes, unlike the plan reviewed on pull request #${review.pr.number} (${review.fingerprint}): it was applied already, or the infrastructure already matches. Nothing was applied, and the plan comment was left as it is.`);
        }
        const counts = { ...NO_CHANGES };
        await host.appendSummary(renderApplySummary({ environment, outcome: 'no-changes', resources: [], counts }));
        if (reviewedSame) {
            await this.comment.set({ state: 'applied', environment, runUrl: this.runUrl, counts });
        }
        return counts;
    }
    async applying(sha) {
        await this.comment.set({
            state: 'applying',
            environment: this.environment,
            runUrl: this.runUrl,
            sha,
        });
    }
    async applied(result) {
        const { host, environment } = this;
        const counts = result.counts;
        const outputs = result.outputs ?? {};
        await host.appendSummary(renderApplySummary({
            environment,
            outcome: 'applied',
            resources: result.resources,
            counts,
            outputs,
            durationMs: result.durationMs,
            ...(this.locks.released ? { released: this.locks.released } : {}),
        }));
        await this.comment.set({
            state: 'applied',
            environment,
            runUrl: this.runUrl,
            ...(counts ? { counts } : {}),
            outputs,
        });
        host.info(`Applied ${environment}${counts ? `: ${counts.add} added, ${counts.change} changed, ${counts.destroy} destroyed` : ''}.`);
    }
    async failed(result, error) {
        const { lock, released } = this.locks;
        const summary = {
            environment: this.environment,
            outcome: lock && !result?.resources.length ? 'locked' : 'failed',
            resources: result?.resources ?? [],
            counts: result?.counts,
            ...(lock ? { lock: { ...lock, now: this.clock.now() } } : { firstError: error }),
            ...(released ? { released } : {}),
            ...(result ? { durationMs: result.durationMs } : {}),
        };
        await this.host.appendSummary(renderApplySummary(summary));
        await this.comment.set({
            state: 'apply-failed',
            environment: this.environment,
            runUrl: this.runUrl,
            error,
        });
    }
}

// EXTERNAL MODULE: ./.build/render/markdown.js
var markdown = __webpack_require__(6118);
;// CONCATENATED MODULE: ./.build/render/apply-status.js


const MAX_LINES = 30;
const MAX_CHARS = 6_000;
function runLink(url) {
    return url ? ` ([run](${url}))` : '';
}
/** Returns [full block, one-line fallback]. */
function renderApplyStatus(input) {
    const env = `**${input.environment.replace(/[*_`[\]]/g, '\\$&')}**`;
    const link = runLink(input.runUrl);
    switch (input.state) {
        case 'applying': {
            const line = `> ⏳ ${env}: applying${input.sha ? ` commit ${input.sha.slice(0, 7)}` : ''}${link}`;
            return [line, line];
        }
        case 'applied': {
            const counts = input.counts ? `: ${countsLine(input.counts)}` : '';
            const line = `> ✅ ${env}: applied${counts}${link}`;
            const outputs = Object.entries(input.outputs ?? {}).filter(([, v]) => !v.sensitive);
            if (!outputs.length)
                return [line, line];
            const rows = outputs
                .slice(0, MAX_LINES)
                .map(([name, value]) => `| \`${name}\` | ${tableCell(outputValueText(value, 100))} |`);
            const more = outputs.length > MAX_LINES ? [`\n…and ${outputs.length - MAX_LINES} more`] : [];
            const block = [
                line,
                '',
                `<details><summary>Outputs (${outputs.length})</summary>`,
                '',
                '| Output | Value |',
                '|---|---|',
                ...rows,
                ...more,
                '',
                '</details>',
            ].join('\n');
            return [block.length > MAX_CHARS ? line : block, line];
        }
        case 'apply-failed': {
            const line = `> ❌ ${env}: apply failed: ${(0,markdown/* clip */.$Q)(input.error, 300)}${link}`;
            return [line, line];
        }
        case 'plan-changed': {
            const line = `> ⚠️ ${env}: not applied, the plan changed since review${link}`;
            const diff = input.differences.slice(0, MAX_LINES);
            if (input.differences.length > MAX_LINES) {
                diff.push(`…and ${input.differences.length - MAX_LINES} more`);
            }
            const block = [
                line,
                '',
                '<details><summary>What differs from the reviewed plan</summary>',
                '',
                '```diff',
                ...diff.map((d) => (0,markdown/* clip */.$Q)(d, 300)),
                '```',
                '',
                '</details>',
            ].join('\n');
            return [block.length > MAX_CHARS ? line : block, line];
        }
    }
}

// EXTERNAL MODULE: ./.build/util/errors.js
var util_errors = __webpack_require__(1096);
;// CONCATENATED MODULE: ./.build/github/plan-comment-status.js


/**
 * Keeps one environment's apply status current in the plan comments that carry it. Failures
 * to update a comment are warnings: the apply itself goes on.
 */
class PlanCommentStatus {
    client;
    environment;
    host;
    /** The comments to update, known once the reviewed plan was looked up. */
    comments = [];
    constructor(client, environment, host) {
        this.client = client;
        this.environment = environment;
        this.host = host;
    }
    async set(input) {
        const client = this.client;
        if (!client || !this.comments.length)
            return;
        const { withApplyStatus } = await __webpack_require__.e(/* import() */ 167).then(__webpack_require__.bind(__webpack_require__, 8167));
        const [block, fallback] = renderApplyStatus(input);
        for (const c of this.comments) {
            try {
                const current = await client.getIssueComment(c.id);
                const next = withApplyStatus(current.body, c.key, this.environment, input.state, block, fallback);
                if (next !== undefined && next !== current.body)
                    await client.updateIssueComment(c.id, next);
            }
            catch (error) {
                this.host.warning(`The plan comment ${c.url} could not be updated (${(0,util_errors/* errorMessage */.gJ)(error)}).`);
            }
        }
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./.build/util/parse-json.js
/** The parsed value, or undefined when the text is not JSON. */
function parseJsonOrUndefined(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./.build/tofu/change-set-codec.js
var change_set_codec = __webpack_require__(2185);
// EXTERNAL MODULE: ./.build/tofu/canonical-json.js
var canonical_json = __webpack_require__(3468);
// EXTERNAL MODULE: ./.build/tofu/plan-model.js
var plan_model = __webpack_require__(4768);
;// CONCATENATED MODULE: ./.build/tofu/change-set-diff.js


const MAX_PATHS = 20;
/** What differs between the reviewed change set and the current one, in address order. */
function diffChangeSets(reviewed, current) {
    const out = [];
    const resourceKey = (e) => e.deposed ? `${e.address} (deposed ${e.deposed})` : e.address;
    diffEntries(out, 'resource', reviewed.resources, current.resources, resourceKey);
    diffEntries(out, 'output', reviewed.outputs, current.outputs, (e) => e.name);
    return out;
}
function diffEntries(out, subject, reviewed, current, keyOf) {
    const before = new Map(reviewed.map((e) => [keyOf(e), e]));
    const after = new Map(current.map((e) => [keyOf(e), e]));
    const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
    for (const key of keys) {
        const r = before.get(key);
        const c = after.get(key);
        if (!r && c) {
            out.push({ kind: 'added', subject, address: key, currentActions: c.actions });
            continue;
        }
        if (r && !c) {
            out.push({ kind: 'removed', subject, address: key, reviewedActions: r.actions });
            continue;
        }
        if (!r || !c)
            continue;
        const difference = { kind: 'changed', subject, address: key };
        let differs = false;
        if (r.actions.join(',') !== c.actions.join(',')) {
            difference.reviewedActions = r.actions;
            difference.currentActions = c.actions;
            differs = true;
        }
        const paths = [];
        diffValues(r.after, c.after, [], paths);
        if (paths.length > 0) {
            difference.paths = paths;
            differs = true;
        }
        const rr = r;
        const cr = c;
        if (rr.previousAddress !== cr.previousAddress) {
            difference.moved = { reviewed: rr.previousAddress, current: cr.previousAddress };
            differs = true;
        }
        if ((0,canonical_json/* canonicalJson */.d)(rr.importing) !== (0,canonical_json/* canonicalJson */.d)(cr.importing)) {
            difference.importing = {
                reviewed: rr.importing ? (rr.importing.id ?? '(import)') : undefined,
                current: cr.importing ? (cr.importing.id ?? '(import)') : undefined,
            };
            differs = true;
        }
        if (differs)
            out.push(difference);
    }
}
function diffValues(a, b, path, out) {
    if (out.length > MAX_PATHS)
        return;
    const aObject = a !== null && typeof a === 'object';
    const bObject = b !== null && typeof b === 'object';
    if (aObject && bObject && Array.isArray(a) === Array.isArray(b)) {
        if (Array.isArray(a) && Array.isArray(b)) {
            for (let i = 0; i < Math.max(a.length, b.length); i++) {
                if (i >= a.length || i >= b.length) {
                    out.push((0,plan_model/* formatPath */.jV)([...path, i]));
                    continue;
                }
                diffValues(a[i], b[i], [...path, i], out);
            }
            return;
        }
        const ra = a;
        const rb = b;
        for (const key of [...new Set([...Object.keys(ra), ...Object.keys(rb)])].sort()) {
            diffValues(ra[key], rb[key], [...path, key], out);
        }
        return;
    }
    if ((0,canonical_json/* canonicalJson */.d)(a) !== (0,canonical_json/* canonicalJson */.d)(b))
        out.push(path.length ? (0,plan_model/* formatPath */.jV)(path) : '(value)');
}
/** One readable line per difference, for `apply` to print and post. */
function formatChangeSetDiff(differences) {
    return differences.map((d) => {
        const what = d.subject === 'output' ? `output ${d.address}` : d.address;
        if (d.kind === 'added') {
            return `+ ${what} (${(d.currentActions ?? []).join(', ')}): not in the reviewed plan`;
        }
        if (d.kind === 'removed') {
            return `- ${what} (${(d.reviewedActions ?? []).join(', ')}): no longer planned`;
        }
        const parts = [];
        if (d.currentActions) {
            parts.push(`actions ${(d.reviewedActions ?? []).join(', ')} → ${d.currentActions.join(', ')}`);
        }
        if (d.paths) {
            const shown = d.paths.slice(0, MAX_PATHS);
            const more = d.paths.length > MAX_PATHS ? ', …' : '';
            parts.push(`planned values differ at ${shown.join(', ')}${more}`);
        }
        if (d.moved)
            parts.push(`moved from ${d.moved.reviewed ?? '-'} → ${d.moved.current ?? '-'}`);
        if (d.importing) {
            parts.push(`import ${d.importing.reviewed ?? '-'} → ${d.importing.current ?? '-'}`);
        }
        return `~ ${what}: ${parts.join('; ')}`;
    });
}

;// CONCATENATED MODULE: ./.build/tofu/reviewed-differences.js







const EMPTY = { version: 1, resources: [], outputs: [] };
/**
 * The reviewed change set: from reviewed-plan-json, else from the comment marker; only one that
 * hashes to the reviewed fingerprint. Undefined (after a warning saying why) when neither is.
 */
function reviewedChangeSet(host, review, reviewedPlanJson) {
    if (reviewedPlanJson) {
        const path = (0,external_node_path_.isAbsolute)(reviewedPlanJson)
            ? reviewedPlanJson
            : (0,external_node_path_.resolve)(host.workspace, reviewedPlanJson);
        const json = (0,external_node_fs_.existsSync)(path) ? parseJsonOrUndefined((0,external_node_fs_.readFileSync)(path, 'utf8')) : undefined;
        if (!json) {
            host.warning(`reviewed-plan-json ${reviewedPlanJson} is not a readable plan JSON file; no full diff.`);
            return undefined;
        }
        const reviewed = (0,change_set/* changeSet */.Jn)(json);
        const reviewedFp = fingerprintOrUndefined(reviewed) ?? 'not computable';
        if (reviewedFp === review.fingerprint)
            return reviewed;
        host.warning(`reviewed-plan-json ${reviewedPlanJson} is not the reviewed plan (its fingerprint is ${reviewedFp}); no full diff.`);
        return undefined;
    }
    if (!review.changes)
        return undefined;
    const reviewed = (0,change_set_codec/* decodeChangeSet */.T9)(review.changes);
    if (reviewed && fingerprintOrUndefined(reviewed) === review.fingerprint)
        return reviewed;
    host.warning(`The change set in the plan comment ${review.commentUrl} is not the reviewed plan's; no full diff.`);
    return undefined;
}
/**
 * A change set from a comment marker is data anyone with write access could have shaped: one
 * nested too deep to hash (a RangeError from the recursion) is no usable reviewed plan.
 */
function fingerprintOrUndefined(set) {
    try {
        return (0,tofu_fingerprint/* fingerprintOf */.ax)(set);
    }
    catch {
        return undefined;
    }
}
/** The diff from the reviewed change set to the current one; without it, the current changes. */
function differenceLines(reviewed, current) {
    if (reviewed) {
        const lines = formatChangeSetDiff(diffChangeSets(reviewed, current));
        return lines.length ? lines : ['(the change sets differ only in ways the diff does not show)'];
    }
    const now = formatChangeSetDiff(diffChangeSets(EMPTY, current)).map((l) => l.replace(/: not in the reviewed plan$/, ''));
    return [
        "# The reviewed change set is not available here: the plan comment does not carry it (too large, or a sensitive value shows in it). Give reviewed-plan-json, the plan job's plan-json-file, for a full diff.",
        '# The plan now would change:',
        ...(now.length ? now : ['  (nothing)']),
    ];
}

;// CONCATENATED MODULE: ./.build/github/reviewed-plan-guard.js





async function lookUpReview(g) {
    const { github } = g;
    if (!g.client) {
        return {
            kind: 'no-pr',
            reason: !github.owner ? 'GITHUB_REPOSITORY is not set' : 'no github-token was given',
        };
    }
    const { findReviewedPlan } = await __webpack_require__.e(/* import() */ 667).then(__webpack_require__.bind(__webpack_require__, 4667));
    try {
        return await findReviewedPlan(g.client, {
            sha: github.sha,
            pullRequest: github.pullRequest?.number,
            environment: g.environment,
        });
    }
    catch (error) {
        return { kind: 'no-pr', reason: `the GitHub API failed: ${(0,util_errors/* errorMessage */.gJ)(error)}` };
    }
}
/** The reviewed plan of this environment; undefined when there is none and none is required. */
async function findReview(g, options) {
    const { host, environment: env } = g;
    const lookup = await lookUpReview(g);
    if (lookup.kind !== 'no-pr')
        g.comment.comments = lookup.comments;
    if (lookup.kind === 'found') {
        host.info(`Reviewed plan of ${env}: ${lookup.fingerprint}, from pull request #${lookup.pr.number} (${lookup.comment.url})${lookup.afterMerge ? `; ${lookup.afterMerge} plan(s) made after the merge were not reviewed and are ignored` : ''}.`);
        return lookup;
    }
    const why = `No reviewed plan to compare with: ${lookup.reason}`;
    if (options.requireReviewed) {
        await host.appendSummary(renderApplySummary({
            environment: env,
            outcome: 'failed',
            resources: [],
            counts: undefined,
            firstError: `${why}. Nothing was applied.`,
        }));
        throw new util_errors/* ConfigurationError */.j1(`${why}. Nothing was applied, because require-reviewed-plan is true${options.defaultBranchPush ? ' (the default on a push to the default branch)' : ''}; set it to false to apply without a reviewed plan.`);
    }
    host.warning(`${why}. Applying anyway: require-reviewed-plan is false.`);
    return undefined;
}
/** Returns when the plan is the reviewed one; else reports the differences and throws. */
async function guardReviewedPlan(g, planJson, review, reviewedPlanJson) {
    const { host, environment: env } = g;
    const current = (0,change_set/* changeSet */.Jn)(planJson);
    const fingerprint = (0,tofu_fingerprint/* fingerprintOf */.ax)(current);
    host.info(`Plan fingerprint of ${env}: ${fingerprint}`);
    if (review.fingerprint === fingerprint) {
        host.info(`The plan matches the plan reviewed on pull request #${review.pr.number} (${review.comment.url}).`);
        return;
    }
    const reviewed = reviewedChangeSet(host, { fingerprint: review.fingerprint, changes: review.changes, commentUrl: review.comment.url }, reviewedPlanJson);
    const differences = differenceLines(reviewed, current);
    for (const line of differences)
        host.info(line);
    await host.appendSummary(renderApplySummary({
        environment: env,
        outcome: 'plan-changed',
        resources: [],
        counts: undefined,
        detail: [
            `Reviewed on [#${review.pr.number}](${review.pr.url}): \`${review.fingerprint}\`; now: \`${fingerprint}\`.`,
            '',
            '```diff',
            ...differences,
            '```',
        ].join('\n'),
    }));
    await g.comment.set({
        state: 'plan-changed',
        environment: env,
        runUrl: g.github.runUrl,
        differences,
    });
    throw new util_errors/* ConfigurationError */.j1(`The plan of ${env} changed since it was reviewed on pull request #${review.pr.number} (reviewed ${review.fingerprint}, now ${fingerprint}); nothing was applied. ${differences.length} line(s) of differences are in the log and the step summary; re-plan on a new pull request to review the change.`);
}

;// CONCATENATED MODULE: ./.build/github/apply-annotations.js
/** tofu apply's diagnostics as annotations, on the file and lines they name when they do. */
function annotateApplyDiagnostics(host, diagnostics, workingDirectoryRelative) {
    for (const d of diagnostics) {
        const file = d.range
            ? `${workingDirectoryRelative}/${d.range.filename}`.replace(/^\.\//, '')
            : undefined;
        const props = {
            title: d.address ? `${d.address}: ${d.summary}` : d.summary,
            ...(file && d.range
                ? {
                    file,
                    startLine: d.range.start.line,
                    startColumn: d.range.start.column,
                    ...(d.range.end ? { endLine: d.range.end.line, endColumn: d.range.end.column } : {}),
                }
                : {}),
        };
        const message = d.detail?.trim() || d.summary;
        if (d.severity === 'error')
            host.error(message, props);
        else
            host.warning(message, props);
    }
}

;// CONCATENATED MODULE: ./.build/tofu/apply-cancelled.js

/** The error that ends `apply` when the job is cancelled while tofu runs. */
function applyCancelled(environment, what) {
    return new util_errors/* ConfigurationError */.j1(`The job was cancelled during ${what} in ${environment}; tofu was interrupted and asked to stop cleanly.`);
}

// EXTERNAL MODULE: ./.build/tofu/error-text.js
var error_text = __webpack_require__(513);
// EXTERNAL MODULE: ./.build/tofu/text-diagnostics.js
var text_diagnostics = __webpack_require__(1085);
;// CONCATENATED MODULE: ./.build/tofu/apply-failure.js



function classifyApplyFailure(result, environment) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    const text = [
        ...errors.map((d) => `${d.summary} ${d.detail ?? ''}`),
        result.stderr,
        ...result.otherLines,
    ].join('\n');
    if (/Saved plan is stale/.test(text)) {
        return {
            line: 'Saved plan is stale: the state changed since the plan was made.',
            error: new util_errors/* ConfigurationError */.j1(`The saved plan for ${environment} is stale (tofu: "Saved plan is stale"): the state changed after it was made, so nothing was applied. A re-plan is needed: run plan again (or leave plan-file empty to re-plan here).`),
        };
    }
    if (/Failed to (load|read) .* plan file|as a plan file|not a valid plan file/i.test(text)) {
        return {
            line: 'tofu could not read the saved plan.',
            error: new util_errors/* ConfigurationError */.j1(`tofu apply could not read the saved plan for ${environment}: ${(0,error_text/* tofuWords */.g)(text, 300)}. A re-plan is needed.`),
        };
    }
    const first = errors[0]
        ? `${errors[0].address ? `${errors[0].address}: ` : ''}${errors[0].summary}`
        : ((0,text_diagnostics/* firstError */.bv)(result.stderr) ??
            ((0,error_text/* tofuWords */.g)(result.stderr, 300) || `tofu apply exited with ${result.exitCode}`));
    return {
        line: first,
        error: new util_errors/* ConfigurationError */.j1(`tofu apply failed in ${environment}: ${first}`),
    };
}

;// CONCATENATED MODULE: ./.build/tofu/apply-redact.js
/**
 * A run of `tofu apply` as `apply` shows it (annotations, failure line and error, step summary,
 * plan comment): every text tofu printed, and every string in the outputs, with the plan's
 * sensitive values redacted. A provider may echo one in an error (a connection string with
 * its password), and none of those places is masked by the runner.
 */
function redactApplyRun(run, redact) {
    return {
        ...run,
        resources: run.resources.map((r) => ({
            ...r,
            address: redact(r.address),
            ...(r.id === undefined ? {} : { id: redact(r.id) }),
        })),
        diagnostics: run.diagnostics.map((d) => redactDiagnostic(d, redact)),
        outputs: run.outputs && redactOutputs(run.outputs, redact),
        otherLines: run.otherLines.map(redact),
        stderr: redact(run.stderr),
        lockErrorText: run.lockErrorText === undefined ? undefined : redact(run.lockErrorText),
    };
}
function redactDiagnostic(d, redact) {
    return {
        ...d,
        summary: redact(d.summary),
        ...(d.detail === undefined ? {} : { detail: redact(d.detail) }),
        ...(d.address === undefined ? {} : { address: redact(d.address) }),
    };
}
function redactOutputs(outputs, redact) {
    const out = {};
    for (const [name, output] of Object.entries(outputs)) {
        out[name] =
            'value' in output ? { ...output, value: redactValue(output.value, redact) } : output;
    }
    return out;
}
function redactValue(value, redact) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value))
        return value.map((v) => redactValue(v, redact));
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, redact)]));
    }
    return value;
}

;// CONCATENATED MODULE: ./.build/tofu/apply-attempts.js





/**
 * Runs `tofu apply` on the plan file: retried once after a stale lock was released, reported
 * (summary, plan comment, annotations) and thrown as a one-line error when it fails. `redact`
 * takes the plan's sensitive values out of everything shown of the run, the log included; the
 * run returned is the redacted one.
 */
async function applyWithRetry(a, planFile, redact) {
    const { host, clock, locks, settings } = a;
    const env = settings.environment;
    const { runApply } = await __webpack_require__.e(/* import() */ 699).then(__webpack_require__.bind(__webpack_require__, 2699));
    for (;;) {
        if (host.cancellation.aborted) {
            await a.report.failed(undefined, 'The job was cancelled before tofu apply started.');
            throw applyCancelled(env, 'the apply');
        }
        const run = await host.group(`tofu apply (${env})`, () => runApply({
            binary: settings.binary,
            cwd: settings.workingDirectory,
            host,
            clock,
            planFile,
            lockTimeoutMs: locks.timeoutMs,
            journal: a.journal,
            redact,
        }));
        const result = redactApplyRun(run, redact);
        locks.waitedMs += result.lockWaitMs;
        if (result.cancelled) {
            await a.report.failed(result, 'The job was cancelled; tofu was interrupted and stopped cleanly.');
            throw applyCancelled(env, 'tofu apply');
        }
        if (result.exitCode === 0)
            return result;
        // The lock's holder is read from tofu's own words, not from the redacted ones.
        if (run.lockErrorText) {
            if (await locks.handle(run.lockErrorText))
                continue;
            const info = locks.lock?.info;
            const line = info ? lockLine(info, clock.now()) : 'The state is locked.';
            await a.report.failed(result, redact(line));
            throw locks.failure(locks.describe());
        }
        annotateApplyDiagnostics(host, result.diagnostics, settings.workingDirectoryRelative);
        const failure = classifyApplyFailure(result, env);
        await a.report.failed(result, failure.line);
        throw failure.error;
    }
}

;// CONCATENATED MODULE: ./.build/tofu/backend-config.js


function initState(dataDir) {
    const file = (0,external_node_path_.join)(dataDir, 'terraform.tfstate');
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    try {
        const state = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        if (!state.backend?.type)
            return undefined;
        return { type: state.backend.type, config: state.backend.config ?? {} };
    }
    catch {
        return undefined;
    }
}
/** `name = "value"`, `name = true`, `name = 3` lines; nested blocks one level (endpoints). */
function readSimpleHcl(text) {
    const settings = {};
    let block;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.replace(/(^|\s)(#|\/\/).*$/, '').trim();
        if (!line)
            continue;
        const open = /^([A-Za-z_][\w-]*)\s*=?\s*\{$/.exec(line);
        if (open) {
            block = open[1];
            settings[block] = {};
            continue;
        }
        if (line === '}') {
            block = undefined;
            continue;
        }
        const m = /^([A-Za-z_][\w-]*)\s*=\s*(.+)$/.exec(line);
        if (!m)
            continue;
        const value = literal(m[2]);
        if (value === undefined)
            continue;
        if (block)
            settings[block][m[1]] = value;
        else
            settings[m[1]] = value;
    }
    return settings;
}
function literal(text) {
    const t = text.trim().replace(/,$/, '');
    const q = /^"((?:[^"\\]|\\.)*)"$/.exec(t);
    if (q) {
        const inner = q[1];
        return inner.includes('${') ? undefined : inner.replace(/\\(.)/g, '$1');
    }
    if (t === 'true' || t === 'false')
        return t === 'true';
    if (/^\d+$/.test(t))
        return Number(t);
    return undefined;
}
/** The `backend "<type>" { ... }` block of the root module's .tf files, literal values only. */
function backendBlock(dir) {
    let files;
    try {
        files = (0,external_node_fs_.readdirSync)(dir).filter((f) => /\.(tf|tofu)$/.test(f));
    }
    catch {
        return undefined;
    }
    for (const file of files.sort()) {
        const text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, file), 'utf8');
        const m = /backend\s+"([^"]+)"\s*\{/.exec(text);
        if (!m)
            continue;
        let depth = 1;
        let i = m.index + m[0].length;
        for (; i < text.length && depth > 0; i++) {
            if (text[i] === '{')
                depth++;
            else if (text[i] === '}')
                depth--;
        }
        return {
            type: m[1],
            config: readSimpleHcl(text.slice(m.index + m[0].length, i - 1)),
        };
    }
    return undefined;
}
/** `-backend-config` values: `key=value` pairs or files of `key = "value"` lines. */
function backendConfigValues(values, dir) {
    const settings = {};
    for (const value of values) {
        const pair = /^([A-Za-z_][\w-]*)\s*=\s*(.*)$/.exec(value);
        if (pair) {
            const v = pair[2];
            settings[pair[1]] = literal(v) ?? v;
            continue;
        }
        const file = (0,external_node_path_.isAbsolute)(value) ? value : (0,external_node_path_.join)(dir, value);
        if ((0,external_node_fs_.existsSync)(file))
            Object.assign(settings, readSimpleHcl((0,external_node_fs_.readFileSync)(file, 'utf8')));
    }
    return settings;
}
function str(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function bool(v) {
    return v === true || v === 'true';
}
function readBackendConfig(options) {
    const { workingDirectory, env } = options;
    const dataDir = env.TF_DATA_DIR
        ? (0,external_node_path_.isAbsolute)(env.TF_DATA_DIR)
            ? env.TF_DATA_DIR
            : (0,external_node_path_.join)(workingDirectory, env.TF_DATA_DIR)
        : (0,external_node_path_.join)(workingDirectory, '.terraform');
    const fromInit = initState(dataDir);
    const block = backendBlock(workingDirectory);
    const type = fromInit?.type ?? block?.type;
    if (!type) {
        return {
            kind: 'unknown',
            reason: `no backend block in ${workingDirectory} and no ${(0,external_node_path_.join)(dataDir, 'terraform.tfstate')}`,
        };
    }
    if (type !== 's3')
        return { kind: 'other', type };
    const sources = [];
    const merged = {};
    if (block?.type === 's3') {
        Object.assign(merged, block.config);
        sources.push('backend block');
    }
    const given = backendConfigValues(options.backendConfig, workingDirectory);
    if (Object.keys(given).length) {
        Object.assign(merged, given);
        sources.push('backend-config');
    }
    if (fromInit) {
        for (const [k, v] of Object.entries(fromInit.config))
            if (v !== null)
                merged[k] = v;
        sources.push('.terraform/terraform.tfstate');
    }
    const bucket = str(merged.bucket);
    const key = str(merged.key);
    if (!bucket || !key) {
        return { kind: 'unknown', reason: 'the s3 backend settings do not name both bucket and key' };
    }
    const workspace = env.TF_WORKSPACE;
    const prefix = str(merged.workspace_key_prefix) ?? 'env:';
    const stateKey = workspace && workspace !== 'default' ? `${prefix}/${workspace}/${key}` : key;
    const endpoints = (merged.endpoints ?? {});
    const config = {
        type: 's3',
        bucket,
        stateKey,
        useLockfile: bool(merged.use_lockfile),
        usePathStyle: bool(merged.use_path_style) || bool(merged.force_path_style),
        source: sources.join(' + '),
    };
    const region = str(merged.region);
    if (region)
        config.region = region;
    const table = str(merged.dynamodb_table);
    if (table)
        config.dynamodbTable = table;
    const ddb = str(endpoints.dynamodb) ?? str(merged.dynamodb_endpoint);
    if (ddb)
        config.dynamodbEndpoint = ddb;
    const s3 = str(endpoints.s3) ?? str(merged.endpoint);
    if (s3)
        config.s3Endpoint = s3;
    return { kind: 's3', config };
}

// EXTERNAL MODULE: ./.build/tofu/run-tofu.js + 1 modules
var run_tofu = __webpack_require__(4397);
;// CONCATENATED MODULE: ./.build/tofu/lock-release.js



/**
 * A lock reported by tofu is released only when the backend shows the same ID and it is older
 * than the threshold (by the backend's own creation time when it has one).
 */
function decideStaleRelease(info, thresholdMs, now, inspection) {
    const match = inspection.locks.find((l) => l.info.ID === info.id);
    if (!match) {
        const seen = inspection.locks.map((l) => `${l.info.ID} in ${l.where}`);
        const unread = inspection.errors.length
            ? `; could not read ${inspection.errors.join('; ')}`
            : '';
        return {
            release: false,
            reason: seen.length
                ? `the backend shows another lock (${seen.join(', ')}), not ${info.id}${unread}`
                : `the backend does not show lock ${info.id} (checked ${inspection.checked.join(', ') || 'nothing'}${unread})`,
        };
    }
    const created = match.createdAt ?? info.createdAt;
    if (!created) {
        return { release: false, reason: `lock ${info.id} has no readable creation time` };
    }
    const ageMs = now - created.getTime();
    if (ageMs < thresholdMs) {
        return {
            release: false,
            reason: `lock ${info.id} is ${(0,duration/* formatDuration */.a3)(Math.max(0, ageMs))} old, younger than unlock-stale-after (${(0,duration/* formatDuration */.a3)(thresholdMs)})`,
        };
    }
    return { release: true, lock: match, ageMs };
}
/**
 * The lock a killed run of this step left: written from this runner (Who is `user@host`) for
 * the operation of one of the step's tofu runs (plan or apply), while that run was going (to
 * `now` when the step was killed before tofu ended). Anything else belongs to someone else,
 * another job's plan on the same machine included.
 */
function isOwnLock(lock, hostname, runs, now) {
    const who = lock.info.Who ?? '';
    const host = who.includes('@') ? who.slice(who.lastIndexOf('@') + 1) : who;
    if (!hostname || host !== hostname || !lock.createdAt)
        return false;
    const created = lock.createdAt.getTime();
    // Created has nanoseconds; the journal has milliseconds.
    return runs.some((run) => run.operation === lock.info.Operation &&
        created >= run.startedAt - 1 &&
        created <= (run.endedAt ?? now) + 1);
}
async function forceUnlock(options, id) {
    const result = await (0,run_tofu/* runTofu */.g)({
        binary: options.binary,
        args: ['force-unlock', '-force', id],
        cwd: options.cwd,
        host: options.host,
    });
    return {
        ok: result.exitCode === 0,
        words: (0,error_text/* tofuWords */.g)(result.stderr || result.stdout, 600),
    };
}

;// CONCATENATED MODULE: ./.build/tofu/process-alive.js

/**
 * Whether a process is still running. A zombie (exited, not yet reaped, as an orphan can stay
 * where nothing reaps) counts as gone; /proc is read where there is one.
 */
function isProcessAlive(pid) {
    try {
        process.kill(pid, 0);
    }
    catch (error) {
        // EPERM: it exists but belongs to someone else.
        return error.code === 'EPERM';
    }
    try {
        const stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        // pid (comm) state ...: comm may hold spaces and parentheses, the state follows the last ')'.
        return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
    }
    catch {
        return true;
    }
}

;// CONCATENATED MODULE: ./.build/tofu/lock-left-behind.js





/**
 * How long the post step waits for a tofu that is still stopping after the runner killed the
 * step (GitHub gives a cancelled job's post steps a few minutes).
 */
const STOPPING_TOFU_WAIT_MS = 4 * 60_000;
const WAIT_POLL_MS = 1_000;
const WAIT_REPORT_MS = 15_000;
async function releaseLockLeftBehind(host, clock, run) {
    const { runner, startedAt } = run;
    // The runner kills the step, not tofu: a tofu still stopping holds its lock rightly and
    // releases it itself once state is written.
    const stillRunning = await waitForStoppingTofu(host, clock, run.runs);
    if (stillRunning.length) {
        host.warning(`tofu (process ${stillRunning.join(', ')}) is still running ${(0,duration/* formatDuration */.a3)(STOPPING_TOFU_WAIT_MS)} after the apply step ended; its state lock is left alone. Check the backend once it has stopped, and use tofu force-unlock only if it left a lock.`);
        return;
    }
    const backend = readBackendConfig({
        workingDirectory: run.dir,
        backendConfig: run.backendConfig,
        env: host.env,
    });
    const { inspectBackendLocks, hasInspectableLock } = await __webpack_require__.e(/* import() */ 128).then(__webpack_require__.bind(__webpack_require__, 1128));
    if (backend.kind !== 's3' || !hasInspectableLock(backend.config)) {
        const why = backend.kind === 's3'
            ? 'the s3 backend has neither dynamodb_table nor use_lockfile'
            : backend.kind === 'other'
                ? `the ${backend.type} backend cannot be read here`
                : backend.reason;
        host.warning(`The apply did not finish; a state lock it held may be left behind, and it cannot be checked here (${why}). Check the backend and use tofu force-unlock if needed.`);
        return;
    }
    const inspection = await inspectBackendLocks(backend.config, host.env);
    for (const e of inspection.errors)
        host.warning(`Could not check for a state lock left behind: ${e}`);
    const now = clock.now();
    const own = inspection.locks.filter((l) => isOwnLock(l, runner, run.runs, now));
    for (const other of inspection.locks.filter((l) => !own.includes(l))) {
        host.warning(`A state lock is held in ${other.where} by ${other.info.Who ?? 'unknown'} (${other.info.Operation ?? '?'}, since ${other.info.Created ?? '?'}, ID ${other.info.ID}). It is not this run's (runner ${runner}, started ${new Date(startedAt).toISOString()}), so it is left alone.`);
    }
    if (!inspection.locks.length && !inspection.errors.length) {
        host.info(`The apply did not finish, but it left no state lock behind (checked ${inspection.checked.join(', ')}).`);
        return;
    }
    await releaseOwnLocks(host, run, own);
}
async function releaseOwnLocks(host, run, own) {
    const failures = [];
    for (const id of [...new Set(own.map((l) => l.info.ID))]) {
        const lock = own.find((l) => l.info.ID === id);
        host.warning(`RELEASING THIS RUN'S STATE LOCK: the apply was stopped while holding lock ${id} in ${lock.where} (Who ${lock.info.Who}, created ${lock.info.Created}, after this job started on ${run.runner}). Running tofu force-unlock -force ${id}.`, { title: 'State lock left by this run released' });
        const result = await forceUnlock({ binary: run.binary, cwd: run.dir, host }, id);
        if (result.ok)
            host.info(`Released state lock ${id}.`);
        else
            failures.push(`tofu force-unlock -force ${id} failed: ${result.words}`);
    }
    if (failures.length)
        throw new util_errors/* ConfigurationError */.j1(failures.join('; '));
}
/** Waits for the runs whose end the step did not see; returns the process ids still alive. */
async function waitForStoppingTofu(host, clock, runs) {
    const pids = runs
        .filter((r) => r.endedAt === undefined && r.pid !== undefined)
        .map((r) => r.pid);
    const alive = () => pids.filter(isProcessAlive);
    const started = clock.now();
    let reported = -WAIT_REPORT_MS;
    for (let running = alive(); running.length; running = alive()) {
        const waited = clock.now() - started;
        if (waited >= STOPPING_TOFU_WAIT_MS)
            return running;
        if (waited - reported >= WAIT_REPORT_MS) {
            host.info(`Waiting for tofu (process ${running.join(', ')}) to finish stopping and write state (${(0,duration/* formatDuration */.a3)(waited)} so far).`);
            reported = waited;
        }
        await clock.sleep(WAIT_POLL_MS);
    }
    return [];
}

// EXTERNAL MODULE: ./.build/tofu/plan-analysis.js
var plan_analysis = __webpack_require__(3251);
// EXTERNAL MODULE: ./.build/util/path-input.js
var path_input = __webpack_require__(2721);
// EXTERNAL MODULE: ./.build/tofu/plan-files.js
var plan_files = __webpack_require__(7450);
// EXTERNAL MODULE: ./.build/tofu/plan-pipeline.js
var plan_pipeline = __webpack_require__(7287);
;// CONCATENATED MODULE: ./.build/tofu/plan-to-apply.js













/** plan-file, relative to the workspace or else to the working directory. */
function resolvePlanFile(input, workspace, settings) {
    const candidates = (0,external_node_path_.isAbsolute)(input)
        ? [input]
        : [(0,external_node_path_.resolve)(workspace, input), (0,external_node_path_.resolve)(settings.workingDirectory, input)];
    const found = candidates.find((p) => (0,path_input/* pathKind */.g)(p) !== undefined);
    if (!found) {
        throw (0,util_errors/* invalidInput */.aY)('plan-file', input, `no such file (looked in ${[...new Set(candidates)].join(' and ')}); leave plan-file empty to re-plan`);
    }
    if ((0,path_input/* pathKind */.g)(found) !== 'file') {
        throw (0,util_errors/* invalidInput */.aY)('plan-file', input, `${found} is a directory, not a saved plan`);
    }
    return found;
}
async function tofuStep(a, title, args, stream = true) {
    const { host } = a;
    return host.group(title, () => (0,run_tofu/* runTofu */.g)({ binary: a.settings.binary, args, cwd: a.settings.workingDirectory, host, stream }));
}
async function showSavedPlan(a, input, path) {
    const env = a.settings.environment;
    const varFileArgs = await (0,plan_pipeline/* earlyVarFileArgs */.Es)(a.settings, a.host);
    const initArgv = (0,plan_pipeline/* initArgs */.Gt)(a.settings, { backend: true, varFileArgs });
    const init = await tofuStep(a, `tofu init (${env})`, initArgv);
    if (init.cancelled)
        throw applyCancelled(env, 'tofu init');
    if (init.exitCode !== 0) {
        throw new util_errors/* ConfigurationError */.j1(`tofu init failed in ${a.settings.workingDirectoryRelative}: ${(0,text_diagnostics/* firstError */.bv)(init.stderr) ?? (0,error_text/* tofuWords */.g)(init.stderr || init.stdout, 400)}`);
    }
    const show = await tofuStep(a, `tofu show -json (${env})`, ['show', '-json', path], false);
    if (show.cancelled)
        throw applyCancelled(env, 'tofu show');
    const json = show.exitCode === 0 ? parseJsonOrUndefined(show.stdout) : undefined;
    const isPlan = !!json && typeof json === 'object' && ('resource_changes' in json || 'planned_values' in json);
    if (!isPlan) {
        const words = show.exitCode !== 0 ? `: ${(0,text_diagnostics/* firstError */.bv)(show.stderr) ?? (0,error_text/* tofuWords */.g)(show.stderr, 300)}` : '';
        throw (0,util_errors/* invalidInput */.aY)('plan-file', input, `not a saved plan that tofu can read${words}. A re-plan is needed: pass the plan-file of a fresh plan, or leave plan-file empty to re-plan here`);
    }
    const model = (0,plan_model/* planModelFromJson */.XZ)(json, `tofu show -json ${input}`);
    return { planFile: path, json, hasChanges: model.hasChanges };
}
async function replan(a, extraArgs) {
    const { host, locks } = a;
    const files = (0,plan_files/* planFiles */.j)(host, a.settings.environment);
    for (;;) {
        const outcome = await (0,plan_pipeline.runPlan)(a.settings, host, files, extraArgs, locks.timeoutMs, a.journal);
        if (outcome.cancelled) {
            throw applyCancelled(a.settings.environment, `tofu ${outcome.failedStep ?? 'plan'}`);
        }
        if (outcome.outcome !== 'failed') {
            const json = parseJsonOrUndefined((0,external_node_fs_.readFileSync)(files.planJsonFile, 'utf8'));
            if (!json)
                throw new Error('tofu show -json printed no JSON');
            return { planFile: files.planFile, json, hasChanges: outcome.outcome === 'changes' };
        }
        if ((0,lock_error/* isStateLockError */.tY)(outcome.stderr)) {
            if (await locks.handle(outcome.stderr))
                continue;
            const what = locks.describe();
            await a.report.failed(undefined, what);
            throw locks.failure(what);
        }
        throw new util_errors/* ConfigurationError */.j1(`tofu ${outcome.failedStep ?? 'plan'} failed in ${a.settings.workingDirectoryRelative}, nothing was applied: ${(0,text_diagnostics/* firstError */.bv)(outcome.stderr) ?? (0,error_text/* tofuWords */.g)(outcome.stderr, 400)}`);
    }
}

// EXTERNAL MODULE: ./.build/tofu/sensitive.js
var sensitive = __webpack_require__(2611);
// EXTERNAL MODULE: ./.build/tofu/settings.js
var tofu_settings = __webpack_require__(874);
;// CONCATENATED MODULE: ./.build/tofu/stale-lock.js


/**
 * The lock to release, when unlock-stale-after allows it and the backend confirms it; every
 * reason not to release is a warning.
 */
async function staleLockToRelease(options) {
    const { info, host, clock } = options;
    const threshold = options.thresholdMs;
    if (threshold === undefined)
        return undefined;
    if (options.releasedAlready) {
        host.warning('A stale lock was already released once in this run; not releasing another.');
        return undefined;
    }
    if (!info) {
        host.warning("The lock ID could not be read from tofu's message, so no lock is released (an ID is never guessed).");
        return undefined;
    }
    const backend = readBackendConfig({
        workingDirectory: options.workingDirectory,
        backendConfig: options.backendConfig,
        env: host.env,
    });
    if (backend.kind !== 's3') {
        const why = backend.kind === 'other' ? `the ${backend.type} backend cannot be read here` : backend.reason;
        host.warning(`Lock ${info.id} is not released: it cannot be confirmed in the backend (${why}).`);
        return undefined;
    }
    const { inspectBackendLocks, hasInspectableLock } = await __webpack_require__.e(/* import() */ 128).then(__webpack_require__.bind(__webpack_require__, 1128));
    if (!hasInspectableLock(backend.config)) {
        host.warning(`Lock ${info.id} is not released: the s3 backend has neither dynamodb_table nor use_lockfile, so the lock cannot be confirmed.`);
        return undefined;
    }
    const inspection = await inspectBackendLocks(backend.config, host.env);
    const decision = decideStaleRelease(info, threshold, clock.now(), inspection);
    if (!decision.release) {
        host.warning(`Lock ${info.id} is not released: ${decision.reason}.`);
        return undefined;
    }
    return { lock: decision.lock, ageMs: decision.ageMs, threshold };
}

;// CONCATENATED MODULE: ./.build/tofu/state-lock-handler.js







/**
 * What one `apply` run meets of the state lock (DESIGN §5): how long tofu waited, the lock that
 * stopped it, and the one stale lock it may release before retrying once.
 */
class StateLockHandler {
    settings;
    host;
    clock;
    timeoutMs;
    unlockStaleAfterMs;
    /** How long tofu waited for the lock, over every attempt. */
    waitedMs = 0;
    /** The last lock tofu reported as held. */
    lock;
    /** What was released, when a stale lock was. */
    released;
    constructor(settings, host, clock, timeoutMs, unlockStaleAfterMs) {
        this.settings = settings;
        this.host = host;
        this.clock = clock;
        this.timeoutMs = timeoutMs;
        this.unlockStaleAfterMs = unlockStaleAfterMs;
    }
    /** Reports a held lock; releases it when it is stale and confirmed. True: try again once. */
    async handle(text) {
        const { host, settings } = this;
        const info = (0,lock_error/* parseLockError */.j0)(text);
        this.lock = { info, text };
        const release = await staleLockToRelease({
            info,
            thresholdMs: this.unlockStaleAfterMs,
            releasedAlready: !!this.released,
            workingDirectory: settings.workingDirectory,
            backendConfig: settings.backendConfig,
            host,
            clock: this.clock,
        });
        if (!release) {
            host.error(info
                ? `${lockLine(info, this.clock.now())}.`
                : `The state is locked; tofu said: ${(0,error_text/* tofuWords */.g)(text, 800)}`, { title: 'State lock held' });
            return false;
        }
        const { lock, ageMs, threshold } = release;
        host.warning(`RELEASING A STALE STATE LOCK: ID ${lock.info.ID}, held by ${lock.info.Who ?? 'unknown'} for ${(0,lock_error/* operationName */.Xn)(lock.info.Operation)} since ${lock.info.Created ?? '?'} (${(0,duration/* formatDuration */.a3)(ageMs)} old, unlock-stale-after is ${(0,duration/* formatDuration */.a3)(threshold)}), confirmed in ${lock.where}. Running tofu force-unlock -force ${lock.info.ID}, then retrying once.`, { title: 'Stale state lock released' });
        const unlock = await forceUnlock({ binary: settings.binary, cwd: settings.workingDirectory, host }, lock.info.ID);
        if (!unlock.ok) {
            host.error(`tofu force-unlock -force ${lock.info.ID} failed: ${unlock.words}`, {
                title: 'Stale lock release failed',
            });
            return false;
        }
        this.released = `Released stale lock ${lock.info.ID} (held by ${lock.info.Who ?? 'unknown'} since ${lock.info.Created ?? '?'}, ${(0,duration/* formatDuration */.a3)(ageMs)} old) and retried.`;
        host.info(`Released state lock ${lock.info.ID}.`);
        return true;
    }
    /** The held lock in one line, with tofu's own words when its ID could not be read. */
    describe() {
        const info = this.lock?.info;
        return info
            ? lockLine(info, this.clock.now())
            : `The state is locked (tofu: ${(0,error_text/* tofuWords */.g)(this.lock?.text ?? '', 300)})`;
    }
    /** The error to stop with once tofu gave up waiting; `what` is `describe()`'s line. */
    failure(what) {
        const hint = this.unlockStaleAfterMs === undefined
            ? ' Wait for the holder to finish, release it with tofu force-unlock, or set unlock-stale-after to release locks older than a threshold.'
            : '';
        return new util_errors/* ConfigurationError */.j1(`${what}. tofu gave up after lock-timeout ${(0,duration/* formatDuration */.a3)(this.timeoutMs)}; nothing was applied.${hint}`);
    }
}

;// CONCATENATED MODULE: ./.build/tofu/tofu-run-journal.js
const OPERATIONS = {
    plan: 'OperationTypePlan',
    apply: 'OperationTypeApply',
};
/**
 * The runs of tofu in an `apply` step that can take the state lock, written to the step's
 * state as they start and end. After the runner kills the step, its post step reads them: a
 * tofu still running is waited for, and only a lock one of these runs could have taken (its
 * operation, taken while it ran) counts as this run's own.
 */
class TofuRunJournal {
    host;
    clock;
    stateKey;
    entries = [];
    constructor(host, clock, stateKey) {
        this.host = host;
        this.clock = clock;
        this.stateKey = stateKey;
    }
    /** Runs `start` (which starts tofu with `args`), recording it when it can lock the state. */
    async run(args, start) {
        const operation = OPERATIONS[args[0] ?? ''];
        if (!operation)
            return start(() => undefined);
        const entry = { operation, startedAt: this.clock.now() };
        this.entries.push(entry);
        this.save();
        try {
            return await start((pid) => {
                entry.pid = pid;
                this.save();
            });
        }
        finally {
            entry.endedAt = this.clock.now();
            this.save();
        }
    }
    save() {
        this.host.saveState(this.stateKey, JSON.stringify(this.entries));
    }
}
/** The entries saved under the state key; entries that do not parse are left out. */
function readJournal(text) {
    let parsed;
    try {
        parsed = JSON.parse(text ?? '[]');
    }
    catch {
        return [];
    }
    if (!Array.isArray(parsed))
        return [];
    return parsed.filter((e) => !!e &&
        typeof e === 'object' &&
        Object.values(OPERATIONS).includes(e.operation) &&
        typeof e.startedAt === 'number');
}

// EXTERNAL MODULE: ./.build/tofu/plan-args.js
var plan_args = __webpack_require__(9212);
;// CONCATENATED MODULE: ./.build/commands/apply-inputs.js





/**
 * The youngest lock unlock-stale-after may release: a younger one may belong to a run that is
 * still applying, and a threshold below apply's lock-timeout (5m by default) would release
 * every lock that outlasts the wait.
 */
const MIN_UNLOCK_STALE_AFTER_MS = 15 * 60_000;
/** Every input of apply beyond the shared tofu settings, checked before tofu is looked for. */
function readApplyInputs(ctx, settings) {
    const { host, inputs, github } = ctx;
    const planFileInput = inputs.string('plan-file');
    const planFilePath = planFileInput
        ? resolvePlanFile(planFileInput, host.workspace, settings)
        : undefined;
    const planArgs = (0,plan_args/* readPlanArgs */.H)(inputs);
    const defaultBranchPush = github.eventName === 'push' &&
        !!github.defaultBranch &&
        github.ref === `refs/heads/${github.defaultBranch}`;
    const checkReviewed = inputs.bool('check-reviewed-plan', true);
    const requireInput = inputs.optionalBool('require-reviewed-plan');
    if (requireInput === true && !checkReviewed) {
        throw (0,util_errors/* invalidInput */.aY)('require-reviewed-plan', inputs.string('require-reviewed-plan') ?? '', 'a reviewed plan is required only where it is compared, and check-reviewed-plan is false: drop one of the two');
    }
    const requireReviewed = requireInput ?? defaultBranchPush;
    const reviewedPlanJson = inputs.string('reviewed-plan-json');
    if (reviewedPlanJson !== undefined) {
        if ((0,path_input/* pathKind */.g)((0,external_node_path_.resolve)(host.workspace, reviewedPlanJson)) === 'directory')
            throw (0,util_errors/* invalidInput */.aY)('reviewed-plan-json', reviewedPlanJson, 'a directory, not a file');
    }
    const unlockStaleAfterMs = inputs.duration('unlock-stale-after');
    if (unlockStaleAfterMs !== undefined && unlockStaleAfterMs < MIN_UNLOCK_STALE_AFTER_MS) {
        throw (0,util_errors/* invalidInput */.aY)('unlock-stale-after', inputs.string('unlock-stale-after') ?? '', 'expected 15m or more (a younger lock may belong to a run that is still applying); leave it unset to never release locks');
    }
    const token = inputs.string('github-token');
    if (token)
        host.setSecret(token);
    return {
        planFileInput,
        planFilePath,
        planArgs,
        defaultBranchPush,
        checkReviewed,
        requireReviewed,
        reviewedPlanJson,
        unlockStaleAfterMs,
        token,
    };
}

;// CONCATENATED MODULE: ./.build/commands/apply.js














/**
 * `apply`: applies exactly the plan that was reviewed (DESIGN §4), survives held state locks
 * (DESIGN §5), forwards cancellation to tofu, and keeps the PR comment's status current.
 */
const DEFAULT_LOCK_TIMEOUT_MS = 5 * 60_000;
const STATE = {
    startedAt: 'apply-started-at',
    host: 'apply-host',
    dir: 'apply-working-directory',
    binary: 'apply-tofu-binary',
    backendConfig: 'apply-backend-config',
    finished: 'apply-finished',
    tofuRuns: 'apply-tofu-runs',
    environment: 'apply-environment',
    /** The plan comments that say "applying" until the step says how it ended. */
    applyingComments: 'apply-applying-comments',
};
const STOPPED = 'the apply step was stopped before it finished (the job was cancelled or the runner stopped it); see the run for what tofu did';
async function run(ctx) {
    const { host, inputs, github, clock } = ctx;
    const settings = (0,tofu_settings/* readTofuSettings */.U9)(inputs, host);
    // Every input is checked before tofu is looked for (which may download it).
    const input = readApplyInputs(ctx, settings);
    settings.binary = await (0,tofu_settings/* resolveTofuBinary */.Sl)(ctx, settings);
    saveStartState(host, clock, settings);
    const env = settings.environment;
    const client = await githubClient(ctx, input.token);
    const comment = new PlanCommentStatus(client, env, host);
    const lockTimeoutMs = settings.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
    const locks = new StateLockHandler(settings, host, clock, lockTimeoutMs, input.unlockStaleAfterMs);
    const report = new ApplyReport(host, clock, env, github.runUrl, comment, locks);
    const journal = new TofuRunJournal(host, clock, STATE.tofuRuns);
    const a = { settings, host, clock, locks, report, journal };
    const guard = { host, github, client, environment: env, comment };
    let counts;
    let applied = false;
    try {
        // The reviewed plan is looked up first: a refusal costs no plan, and a lock met while
        // planning can already be reported on the pull request.
        const review = await reviewToCompare(guard, input);
        const plan = input.planFilePath
            ? await showSavedPlan(a, input.planFileInput, input.planFilePath)
            : await replan(a, input.planArgs);
        // Masked before anything of the plan or of tofu apply reaches the log, as `plan` does.
        const redact = (0,sensitive/* createRedactor */.lY)((0,plan_analysis/* maskSensitiveValues */.DD)(plan.json, (v) => host.setSecret(v)));
        // Applying nothing is safe whatever was reviewed (e.g. a re-run after a successful apply).
        if (review && plan.hasChanges) {
            await guardReviewedPlan(guard, plan.json, review, input.reviewedPlanJson);
        }
        if (!plan.hasChanges) {
            counts = await report.noChanges(plan.json, review);
            return;
        }
        await report.applying(github.sha);
        host.saveState(STATE.applyingComments, JSON.stringify(comment.comments));
        const result = await applyWithRetry(a, plan.planFile, redact);
        counts = result.counts;
        applied = true;
        await report.applied(result);
    }
    finally {
        host.setOutput('applied', String(applied));
        host.setOutput('add', String(counts?.add ?? 0));
        host.setOutput('change', String(counts?.change ?? 0));
        host.setOutput('destroy', String(counts?.destroy ?? 0));
        host.setOutput('lock-wait-seconds', String(Math.round(locks.waitedMs / 1000)));
        // The comments now say how the apply ended; only a killed step leaves them "applying".
        host.saveState(STATE.applyingComments, '[]');
        // After a cancel the post step looks for a lock this run left behind.
        if (!host.cancellation.aborted)
            host.saveState(STATE.finished, 'true');
    }
}
async function reviewToCompare(guard, input) {
    if (input.checkReviewed) {
        const { requireReviewed, defaultBranchPush } = input;
        return findReview(guard, { requireReviewed, defaultBranchPush });
    }
    guard.host.warning('check-reviewed-plan is false: applying without comparing with the plan reviewed on the pull request.');
    return undefined;
}
/** What the post step needs to find a lock that a cancelled tofu left behind. */
function saveStartState(host, clock, settings) {
    host.saveState(STATE.startedAt, String(clock.now()));
    host.saveState(STATE.host, (0,external_node_os_.hostname)());
    host.saveState(STATE.dir, settings.workingDirectory);
    host.saveState(STATE.binary, settings.binary);
    host.saveState(STATE.backendConfig, JSON.stringify(settings.backendConfig));
    host.saveState(STATE.environment, settings.environment);
}
async function githubClient(ctx, token) {
    const { github } = ctx;
    if (!token || !github.owner || !github.repo)
        return undefined;
    const { createGitHubClient } = await __webpack_require__.e(/* import() */ 320).then(__webpack_require__.bind(__webpack_require__, 3320));
    return createGitHubClient({
        token,
        apiUrl: github.apiUrl,
        owner: github.owner,
        repo: github.repo,
        // No cancellation signal: a cancelled apply still says so on the pull request.
        sleep: (ms, signal) => ctx.clock.sleep(ms, signal),
        onRetry: (r) => ctx.host.debug(`GitHub ${r.method} ${r.path}: ${r.reason}, retry in ${r.delayMs} ms`),
    });
}
async function post(ctx) {
    const { host } = ctx;
    if (host.getState(STATE.finished) === 'true') {
        host.debug('apply finished; no state lock can be left behind.');
        return;
    }
    await markCommentsStopped(ctx);
    const startedAt = Number(host.getState(STATE.startedAt));
    const dir = host.getState(STATE.dir);
    if (!startedAt || !dir) {
        host.debug('apply did not start tofu; nothing to clean up.');
        return;
    }
    const backendConfig = parseJsonOrUndefined(host.getState(STATE.backendConfig) ?? '[]');
    await releaseLockLeftBehind(host, ctx.clock, {
        dir,
        startedAt,
        runs: readJournal(host.getState(STATE.tofuRuns)),
        binary: host.getState(STATE.binary) ?? 'tofu',
        runner: host.getState(STATE.host) ?? (0,external_node_os_.hostname)(),
        backendConfig: Array.isArray(backendConfig) ? backendConfig.map(String) : [],
    });
}
/** A step killed while applying left its plan comments saying "applying": they say so now. */
async function markCommentsStopped(ctx) {
    const { host, inputs, github } = ctx;
    const saved = parseJsonOrUndefined(host.getState(STATE.applyingComments) ?? '[]');
    if (!Array.isArray(saved) || !saved.length)
        return;
    const token = inputs.string('github-token');
    if (token)
        host.setSecret(token);
    const environment = host.getState(STATE.environment) ?? 'default';
    const status = new PlanCommentStatus(await githubClient(ctx, token), environment, host);
    status.comments = saved;
    await status.set({ state: 'apply-failed', environment, runUrl: github.runUrl, error: STOPPED });
}


/***/ }),

/***/ 513:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ tofuWords)
/* harmony export */ });
/* harmony import */ var _text_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1085);

/**
 * tofu's own words from its output, for an error message: colour codes and the diagnostic box
 * removed, blank lines dropped, cut to a readable length.
 */
function tofuWords(output, maxChars = 1500) {
    const text = (0,_text_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(output)
        .split('\n')
        .map((line) => line.trimEnd())
        .filter((line) => line.trim() !== '')
        .join('\n')
        .trim();
    return text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text;
}


/***/ }),

/***/ 2707:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xn: () => (/* binding */ operationName),
/* harmony export */   bi: () => (/* binding */ parseGoTime),
/* harmony export */   j0: () => (/* binding */ parseLockError),
/* harmony export */   tY: () => (/* binding */ isStateLockError)
/* harmony export */ });
/* harmony import */ var _text_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1085);

const FIELDS = {
    ID: 'id',
    Path: 'path',
    Operation: 'operation',
    Who: 'who',
    Version: 'version',
    Created: 'created',
    Info: 'info',
};
// An ID is one token: a UUID for the S3/DynamoDB backends, other backends use other shapes.
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._:@+/=-]*$/;
function isStateLockError(text) {
    return (0,_text_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(text).includes('Error acquiring the state lock');
}
function parseLockError(text) {
    const plain = (0,_text_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(text);
    const start = plain.indexOf('Error acquiring the state lock');
    if (start < 0)
        return undefined;
    const lines = plain.slice(start).split('\n');
    const infoAt = lines.findIndex((l) => l.trim() === 'Lock Info:');
    if (infoAt < 0)
        return undefined;
    const fields = {};
    for (const line of lines.slice(infoAt + 1)) {
        const m = /^\s+(ID|Path|Operation|Who|Version|Created|Info):[ \t]*(.*)$/.exec(line);
        if (!m)
            break;
        const key = FIELDS[m[1]];
        if (key in fields)
            return undefined; // two blocks interleaved: not something to act on
        fields[key] = m[2].trim();
    }
    const id = fields.id;
    if (!id || !SAFE_ID.test(id))
        return undefined;
    const messageAt = lines.findIndex((l) => l.startsWith('Error message:'));
    const backendError = messageAt >= 0 && messageAt < infoAt
        ? lines
            .slice(messageAt, infoAt)
            .map((l) => l.trim())
            .filter(Boolean)
            .join(' ')
            .replace(/^Error message:\s*/, '')
        : undefined;
    const result = { id };
    if (fields.path)
        result.path = fields.path;
    if (fields.operation)
        result.operation = fields.operation;
    if (fields.who)
        result.who = fields.who;
    if (fields.version)
        result.version = fields.version;
    if (fields.created) {
        result.created = fields.created;
        const at = parseGoTime(fields.created);
        if (at)
            result.createdAt = at;
    }
    if (fields.info)
        result.info = fields.info;
    if (backendError)
        result.backendError = backendError;
    return result;
}
/**
 * Go's default time.Time format (`2026-11-19 14:02:11.512345678 +0000 UTC`) and RFC 3339
 * (`2026-11-19T14:02:11.5Z`, what the lock JSON in the backend holds).
 */
function parseGoTime(text) {
    const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\.(\d+))?\s*(Z|[+-]\d{2}:?\d{2})?(?:\s+[A-Z]{2,5})?(?:\s+m=[+-][\d.]+)?$/.exec(text.trim());
    if (!m)
        return undefined;
    const fraction = ((m[3] ?? '') + '000').slice(0, 3);
    const zone = m[4] ?? 'Z';
    const offset = zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
    const date = new Date(`${m[1]}T${m[2]}.${fraction}${offset}`);
    return Number.isNaN(date.getTime()) ? undefined : date;
}
/** `OperationTypeApply` → `apply`. */
function operationName(operation) {
    if (!operation)
        return 'an unknown operation';
    return operation.replace(/^OperationType/, '').toLowerCase() || operation;
}


/***/ })

};
