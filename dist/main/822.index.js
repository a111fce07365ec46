export const id = 822;
export const ids = [822];
export const modules = {

/***/ 5822:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build/github/comment-keys.js
var comment_keys = __webpack_require__(4806);
// EXTERNAL MODULE: ./.build/github/marker.js
var github_marker = __webpack_require__(4072);
// EXTERNAL MODULE: ./.build/util/errors.js
var errors = __webpack_require__(1096);
// EXTERNAL MODULE: ./.build/github/outdated-run.js
var outdated_run = __webpack_require__(2698);
// EXTERNAL MODULE: ./.build/github/pull-request-target.js
var pull_request_target = __webpack_require__(5815);
;// CONCATENATED MODULE: ./.build/github/publish-comment.js




/**
 * Posts or updates the sticky comment on the pull request in reach. Never fails the run:
 * where there is no pull request, no token or no write access (a fork), it says so and the
 * plan stays in the step summary.
 */
async function publishComment(ctx, key, body) {
    const { host } = ctx;
    const target = await (0,pull_request_target/* pullRequestInReach */.F)(ctx, 'the plan is');
    if (!target)
        return 'skipped';
    const { client, pr } = target;
    const { GitHubApiError } = await __webpack_require__.e(/* import() */ 320).then(__webpack_require__.bind(__webpack_require__, 3320));
    const { findStickyComments, upsertStickyComment } = await __webpack_require__.e(/* import() */ 501).then(__webpack_require__.bind(__webpack_require__, 3501));
    try {
        const existing = await findStickyComments(client, pr, key);
        const newest = existing[0];
        const previous = newest?.body ? (0,github_marker/* findMarker */.Ed)(newest.body, key) : undefined;
        if (await (0,outdated_run/* isOutdatedRun */.W)(ctx, { client, pr }, previous))
            return 'skipped';
        const outcome = await upsertStickyComment(client, { issueNumber: pr, key, body, existing });
        host.info(`Plan comment ${outcome.action} on pull request #${pr}: ${outcome.url}`);
        return outcome.action;
    }
    catch (error) {
        if (error instanceof GitHubApiError && (error.status === 403 || error.status === 404)) {
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
// EXTERNAL MODULE: ./.build/tofu/fingerprint.js + 1 modules
var tofu_fingerprint = __webpack_require__(2106);
// EXTERNAL MODULE: ./.build/tofu/plan-files.js
var plan_files = __webpack_require__(7450);
// EXTERNAL MODULE: ./.build/tofu/plan-model.js
var plan_model = __webpack_require__(4768);
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
;// CONCATENATED MODULE: ./.build/commands/plan.js


















/** Characters of a comment's section; GitHub's limit is 65,536 for the whole body. */
const COMMENT_SECTION_BUDGET = 60_000;
/** The step summary may hold 1 MiB; leave room for other steps' summaries. */
const SUMMARY_SECTION_BUDGET = 400_000;
async function run(ctx) {
    const { host, inputs } = ctx;
    const postComment = inputs.bool('comment', true);
    const planJsonInput = inputs.string('plan-json');
    const planned = planJsonInput ? readExistingPlan(ctx, planJsonInput) : await planWithTofu(ctx);
    if (!planned)
        return;
    const json = parseJson(planned.planJson, planJsonInput ? `Input 'plan-json' (${planJsonInput})` : 'tofu show -json');
    planned.planJson = ''; // the parsed plan is all that is needed now; let the text go
    const model = (0,plan_model/* planModelFromJson */.XZ)(json, planJsonInput ? `Input 'plan-json' (${planJsonInput})` : 'tofu show -json');
    const sensitive = (0,tofu_sensitive/* collectSensitiveValues */.dG)(json);
    for (const value of sensitive)
        host.setSecret(value);
    const planText = planned.planText === undefined ? undefined : (0,tofu_sensitive/* redact */.E$)(planned.planText, sensitive);
    planned.planText = undefined;
    if (planText !== undefined)
        (0,external_node_fs_.writeFileSync)(planned.files.planTextFile, planText, 'utf8');
    const fingerprint = (0,tofu_fingerprint/* fingerprintPlan */.Ef)(json);
    const changes = (0,change_set_codec/* encodePlanChangeSet */.Oi)(json, sensitive);
    if (changes.encoded === undefined)
        host.debug(`The change set is not kept in the comment marker (${changes.reason}).`);
    const result = {
        schema: plan_result/* PLAN_RESULT_SCHEMA */.mW,
        environment: planned.environment,
        workingDirectory: planned.workingDirectory,
        status: model.errored ? 'failed' : 'planned',
        hasChanges: model.hasChanges,
        fingerprint,
        ...(changes.encoded !== undefined ? { changes: changes.encoded } : {}),
        model,
        ...(planText === undefined ? {} : { planText: resultExcerpt(planText) }),
        ...(model.errored
            ? { error: 'The plan is marked errored: tofu stopped before planning every change.' }
            : {}),
        ...runInfo(ctx),
        createdAt: new Date(ctx.clock.now()).toISOString(),
    };
    await report(ctx, result, model, planText, sensitive, postComment);
    writeOutputs(ctx, result, model, planned);
    if (model.errored)
        throw new errors/* ConfigurationError */.j1(`The plan of ${planned.environment} is errored; see the annotations and the plan text.`);
}
function readExistingPlan(ctx, planJsonInput) {
    const { host, inputs } = ctx;
    const jsonPath = resolveInputPath(host.workspace, planJsonInput);
    if (!(0,external_node_fs_.existsSync)(jsonPath))
        throw (0,errors/* invalidInput */.aY)('plan-json', planJsonInput, 'no such file');
    const textInput = inputs.string('plan-text');
    const textPath = textInput === undefined ? undefined : resolveInputPath(host.workspace, textInput);
    if (textInput !== undefined && textPath !== undefined && !(0,external_node_fs_.existsSync)(textPath)) {
        throw (0,errors/* invalidInput */.aY)('plan-text', textInput, 'no such file');
    }
    const dirInput = inputs.string('working-directory');
    const environment = inputs.string('environment') ??
        (dirInput ? (0,external_node_path_.basename)((0,external_node_path_.resolve)(host.workspace, dirInput)) : 'default');
    return {
        environment,
        workingDirectory: dirInput ?? '.',
        files: (0,plan_files/* planFiles */.j)(host, environment),
        planJsonFile: jsonPath,
        planJson: (0,external_node_fs_.readFileSync)(jsonPath, 'utf8'),
        planText: textPath === undefined ? undefined : (0,external_node_fs_.readFileSync)(textPath, 'utf8'),
        planFile: undefined,
    };
}
async function planWithTofu(ctx) {
    const { host, inputs } = ctx;
    const settings = (0,tofu_settings/* readTofuSettings */.U9)(inputs, host);
    settings.binary = await (0,tofu_settings/* resolveTofuBinary */.Sl)(ctx, settings);
    const extraArgs = inputs.lines('plan-args');
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
    (0,external_node_fs_.writeFileSync)(files.planJsonFile, outcome.planJson ?? '', 'utf8');
    return {
        environment: settings.environment,
        workingDirectory: settings.workingDirectoryRelative,
        files,
        planJsonFile: files.planJsonFile,
        planJson: outcome.planJson ?? '',
        planText: outcome.planText,
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
    const body = commentBody(ctx, result, section(COMMENT_SECTION_BUDGET));
    await host.showComment(body);
    if (inputs.bool('comment', true))
        await publishComment(ctx, (0,comment_keys/* planCommentKey */.e)(ctx.github.workflow, environment), body);
    (0,plan_result/* writePlanResult */.E_)(files.resultFile, result);
    host.setOutput('result-file', files.resultFile);
    host.setOutput('has-changes', 'false');
}
async function report(ctx, result, model, planText, secrets, postComment) {
    const { host } = ctx;
    const environment = result.environment;
    await host.appendSummary(renderPlanSummary({
        environment,
        model,
        planText,
        budget: SUMMARY_SECTION_BUDGET,
        fingerprint: result.fingerprint,
    }));
    const section = (0,plan_section/* renderPlanSection */.J)({
        environment,
        model,
        planText,
        // The change set in the marker takes its room from the section.
        budget: COMMENT_SECTION_BUDGET - (result.changes?.length ?? 0),
    });
    const body = commentBody(ctx, result, section);
    await host.showComment(body);
    if (postComment)
        await publishComment(ctx, (0,comment_keys/* planCommentKey */.e)(ctx.github.workflow, environment), body);
}
function commentBody(ctx, result, section) {
    const marker = (0,github_marker/* formatMarker */.gJ)((0,comment_keys/* planCommentKey */.e)(ctx.github.workflow, result.environment), {
        v: 1,
        ...(result.sha ? { sha: result.sha } : {}),
        ...(result.runUrl ? { run: result.runUrl } : {}),
        environments: {
            [result.environment]: {
                ...(result.fingerprint ? { fingerprint: result.fingerprint } : {}),
                status: result.status,
                ...(result.changes ? { changes: result.changes } : {}),
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
function parseJson(text, source) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${source} is not JSON: ${error.message.split('\n')[0]}.`);
    }
}
function resolveInputPath(workspace, path) {
    return (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(workspace, path);
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


/***/ })

};
