export const id = 612;
export const ids = [612];
export const modules = {

/***/ 1612:
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
// EXTERNAL MODULE: ./.build/github/outdated-run.js
var outdated_run = __webpack_require__(2698);
// EXTERNAL MODULE: ./.build/github/pull-request-target.js
var pull_request_target = __webpack_require__(5815);
;// CONCATENATED MODULE: ./.build/github/plan-labels.js
/** The labels `comment` manages on the pull request (others are left alone). */
const PLAN_LABELS = {
    'tofu:destroy': {
        color: 'b60205',
        description: 'The OpenTofu plan destroys or replaces resources',
    },
    'tofu:changes': { color: 'fbca04', description: 'The OpenTofu plan changes infrastructure' },
    'tofu:no-changes': { color: '0e8a16', description: 'The OpenTofu plan changes nothing' },
};
/**
 * tofu:destroy when any environment destroys or replaces, tofu:changes when any changes
 * anything, tofu:no-changes only when every environment planned and none changes anything
 * (a failed plan proves nothing either way).
 */
function wantedPlanLabels(plans) {
    const planned = plans.filter((p) => p.status === 'planned');
    const wanted = [];
    if (planned.some((p) => p.destroy > 0 || p.replace > 0))
        wanted.push('tofu:destroy');
    if (planned.some((p) => p.hasChanges))
        wanted.push('tofu:changes');
    if (plans.length > 0 && planned.length === plans.length && !planned.some((p) => p.hasChanges))
        wanted.push('tofu:no-changes');
    return wanted;
}

// EXTERNAL MODULE: ./.build/render/markdown.js
var markdown = __webpack_require__(6118);
// EXTERNAL MODULE: ./.build/github/marker.js
var github_marker = __webpack_require__(4072);
;// CONCATENATED MODULE: ./.build/render/aggregate-environment.js
function isDestructive(env) {
    return (env.status === 'planned' && !!env.counts && (env.counts.destroy > 0 || env.counts.replace > 0));
}
/** `1 to import, 3 to add, 1 to change, 1 to destroy` in OpenTofu's order, or `No changes`. */
function verdict(env) {
    if (env.status === 'not-planned')
        return 'Not planned in this run';
    if (env.status === 'failed')
        return `Plan failed${env.failedStep ? ` (tofu ${env.failedStep})` : ''}`;
    if (env.verdict)
        return env.verdict;
    const c = env.counts;
    if (!c)
        return env.hasChanges ? 'Changes' : 'No changes';
    const parts = [
        [c.import, 'to import'],
        [c.add, 'to add'],
        [c.change, 'to change'],
        [c.destroy, 'to destroy'],
        [c.forget ?? 0, 'to forget'],
    ]
        .filter(([n]) => n > 0)
        .map(([n, what]) => `${n} ${what}`);
    if (parts.length)
        return parts.join(', ');
    if (c.move)
        return `${c.move} to move`;
    return env.hasChanges ? 'Output changes only' : 'No changes';
}
function icon(env) {
    if (env.status === 'failed')
        return '❌';
    if (env.status === 'not-planned')
        return '⏸️';
    if (isDestructive(env))
        return '🔥';
    return env.hasChanges ? '📝' : '✅';
}
/** What matters most first: destroys and replacements, failures, changes, no changes, old rows. */
function rank(env) {
    if (isDestructive(env))
        return 0;
    if (env.status === 'failed')
        return 1;
    if (env.status === 'not-planned')
        return 4;
    if (env.hasChanges)
        return 2;
    return 3;
}
/** An environment name where it is shown (the marker keeps it whole). */
const NAME_CHARS = 100;
/** Room kept for a note that says what was left out (table rows, sections). */
const NOTE_ROOM = 200;

;// CONCATENATED MODULE: ./.build/render/aggregate-table.js


/** Characters of a failed plan's first error in its table cell (the section has it whole). */
const ERROR_CELL_CHARS = 200;
const HEADER = [
    '| Environment | Verdict | Add | Change | Destroy | Replace | Import | Failed |',
    '|---|---|--:|--:|--:|--:|--:|---|',
].join('\n');
function row(env) {
    const n = (value) => env.status === 'planned' && value !== undefined ? String(value) : '–';
    const failed = env.status === 'failed'
        ? `❌ ${(0,markdown/* escapeText */.X1)((0,markdown/* clip */.$Q)(env.error ?? 'failed', ERROR_CELL_CHARS))}`
        : env.status === 'not-planned'
            ? 'not planned in this run'
            : '';
    return `| ${icon(env)} **${(0,markdown/* escapeText */.X1)((0,markdown/* clip */.$Q)(env.environment, NAME_CHARS))}** | ${(0,markdown/* escapeText */.X1)(verdict(env))} | ${n(env.counts?.add)} | ${n(env.counts?.change)} | ${n(env.counts?.destroy)} | ${n(env.counts?.replace)} | ${n(env.counts?.import)} | ${failed} |`;
}
/**
 * A row per environment, in the given order, within `maxChars`: when they do not all fit, the
 * rows that matter most (destroys, failures, changes) are kept and a note counts the others.
 */
function renderTable(envs, maxChars) {
    const rows = envs.map(row);
    const whole = [HEADER, ...rows].join('\n');
    if (whole.length <= maxChars)
        return { text: whole, cut: false };
    const order = envs.map((_, i) => i).sort((a, b) => rank(envs[a]) - rank(envs[b]) || a - b);
    const kept = new Set();
    let used = HEADER.length + NOTE_ROOM;
    for (const i of order) {
        const length = rows[i].length + 1;
        if (used + length > maxChars)
            break;
        used += length;
        kept.add(i);
    }
    const left = envs.length - kept.size;
    const text = [
        HEADER,
        ...rows.filter((_, i) => kept.has(i)),
        '',
        `_${left} more environment${left === 1 ? ' is' : 's are'} not in this table, to keep the comment under GitHub's size limit; the step summary of this run lists more._`,
    ].join('\n');
    return { text, cut: true };
}

;// CONCATENATED MODULE: ./.build/render/aggregate-comment.js




/** GitHub refuses comment bodies over 65,536 characters. */
const COMMENT_LIMIT = 65_536;
/** Head room for what GitHub may count differently from String.length. */
const MARGIN = 512;
/** Characters of change sets the marker carries in all (they take room from the sections). */
const CHANGES_TOTAL = 24_000;
/** What a section asks beyond its full length (renderers reserve room for a "cut" note). */
const WANT_SLACK = 400;
/** Environments of earlier runs listed at most (a matrix that shrank may leave hundreds). */
const MAX_CARRIED = 50;
/** The share of the limit the table may take; the marker and the sections need the rest. */
const TABLE_SHARE = 0.4;
/** Below this many characters a section shows nothing useful: fewer sections instead. */
const MIN_SECTION = 300;
/** Names listed in one warning of the headline. */
const HEADLINE_NAMES = 10;
/** Below this many characters the table would show next to nothing: a note instead. */
const MIN_TABLE = 1_000;
function names(envs) {
    const shown = envs
        .slice(0, HEADLINE_NAMES)
        .map((e) => `**${(0,markdown/* escapeText */.X1)((0,markdown/* clip */.$Q)(e.environment, NAME_CHARS))}**`);
    const more = envs.length - shown.length;
    return `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}
function headline(envs) {
    const planned = envs.filter((e) => e.status !== 'not-planned');
    const failed = planned.filter((e) => e.status === 'failed');
    const changed = planned.filter((e) => e.status === 'planned' && e.hasChanges);
    const destructive = planned.filter(isDestructive);
    const lines = [];
    const parts = [`${planned.length} environment${planned.length === 1 ? '' : 's'} planned`];
    if (changed.length)
        parts.push(`${changed.length} with changes`);
    if (failed.length)
        parts.push(`${failed.length} failed`);
    lines.push(`${parts.join(', ')}.`);
    if (destructive.length) {
        lines.push('', `> [!WARNING]\n> Resources are destroyed or replaced in ${names(destructive)}.`);
    }
    if (failed.length) {
        lines.push('', `> [!CAUTION]\n> The plan failed in ${names(failed)}.`);
    }
    return lines.join('\n');
}
function footer(input) {
    const parts = [];
    if (input.sha)
        parts.push(`commit \`${input.sha.slice(0, 12)}\``);
    if (input.runUrl)
        parts.push(`[workflow run](${input.runUrl})`);
    return parts.length ? `<sub>Planned at ${parts.join(' · ')}.</sub>` : '';
}
function openDetails(env) {
    return `<details><summary>${icon(env)} <b>${(0,markdown/* escapeHtml */.ZD)((0,markdown/* clip */.$Q)(env.environment, NAME_CHARS))}</b>: ${(0,markdown/* escapeHtml */.ZD)(verdict(env))}</summary>\n\n`;
}
const CLOSE_DETAILS = '\n\n</details>\n';
/**
 * Shares `available` characters among sections that want `wants[i]`: small sections get all
 * they want, the rest split what is left evenly.
 */
function shareBudget(wants, available) {
    const order = wants.map((w, i) => [w, i]).sort((a, b) => a[0] - b[0]);
    const given = new Array(wants.length).fill(0);
    let left = Math.max(0, available);
    order.forEach(([want, index], k) => {
        const share = Math.floor(left / (order.length - k));
        const give = Math.min(want, share);
        given[index] = give;
        left -= give;
    });
    return given;
}
/**
 * One comment for several environments: the marker first (only a marker that opens a comment
 * counts), a headline, a table with a row per environment, then each environment's section
 * collapsed, trimmed so that the whole stays under GitHub's limit. The marker carries every
 * environment's fingerprint, status and plan time. When even that is too much (hundreds of
 * environments), sections, table rows, the change sets, the table and (last) marker entries are
 * left out, each with a note; the verdict and the marker stay.
 */
function renderAggregateComment(input) {
    const limit = input.limit ?? COMMENT_LIMIT;
    const sorted = [...input.environments].sort((a, b) => a.environment.localeCompare(b.environment));
    const { envs, carriedLeftOut } = capCarried(sorted);
    const withChanges = render(input, envs, carriedLeftOut, limit, true);
    // Table rows matter more than change sets (which only make a refusal's diff fuller).
    if (withChanges.body.length <= limit - MARGIN && !withChanges.tableCut)
        return withChanges.body;
    const without = render(input, envs, carriedLeftOut, limit, false);
    if (without.body.length <= limit - MARGIN)
        return without.body;
    return markerOnly(input, envs, limit);
}
/** At most MAX_CARRIED environments of earlier runs: the most recently planned ones. */
function capCarried(sorted) {
    const carried = sorted.filter((e) => e.status === 'not-planned');
    if (carried.length <= MAX_CARRIED)
        return { envs: [...sorted], carriedLeftOut: 0 };
    const keep = new Set([...carried].sort((a, b) => (b.at ?? '').localeCompare(a.at ?? '')).slice(0, MAX_CARRIED));
    return {
        envs: sorted.filter((e) => e.status !== 'not-planned' || keep.has(e)),
        carriedLeftOut: carried.length - MAX_CARRIED,
    };
}
function markerEntry(env, withChanges) {
    return {
        ...(env.fingerprint ? { fingerprint: env.fingerprint } : {}),
        status: env.status,
        ...(withChanges ? { changes: env.changes } : {}),
        ...(env.at ? { at: env.at } : {}),
    };
}
function markerBase(input) {
    const marker = { v: 1, environments: {} };
    if (input.sha)
        marker.sha = input.sha;
    if (input.runUrl)
        marker.run = input.runUrl;
    return marker;
}
function render(input, envs, carriedLeftOut, limit, withChanges) {
    const marker = markerBase(input);
    const kept = withChanges ? keptChanges(envs) : new Set();
    for (const env of envs)
        marker.environments[env.environment] = markerEntry(env, kept.has(env));
    const top = [
        (0,github_marker/* formatMarker */.gJ)(input.key, marker),
        `## ${input.title ?? 'OpenTofu plan'}`,
        '',
        headline(envs),
        '',
    ];
    const notes = carriedLeftOut
        ? [
            '',
            `_${carriedLeftOut} more environment${carriedLeftOut === 1 ? '' : 's'} planned by earlier runs but not by this one ${carriedLeftOut === 1 ? 'is' : 'are'} left out._`,
        ]
        : [];
    const foot = footer(input);
    // The table takes its share, or what the marker leaves (the marker is never cut here).
    const tableRoom = Math.min(Math.floor(limit * TABLE_SHARE), limit - MARGIN - NOTE_ROOM - [...top, ...notes, ''].join('\n').length - foot.length - 3);
    const table = tableRoom >= MIN_TABLE ? renderTable(envs, tableRoom) : undefined;
    const head = [
        ...top,
        table?.text ??
            '_The table of environments does not fit in this comment next to its marker; the step summary of this run has it._',
        ...notes,
        '',
    ].join('\n');
    const candidates = envs
        .filter((e) => e.status !== 'not-planned' && e.section)
        .sort((a, b) => rank(a) - rank(b));
    const { withSection, available, note } = fitSections(candidates, limit - MARGIN - head.length - foot.length - 3);
    const sections = [];
    if (available > 0 && withSection.length) {
        // A renderer keeps room for its own "cut to fit" note: ask for a little more than it used.
        const wants = withSection.map((e) => Math.min(available, e.section(available).length + WANT_SLACK));
        const budgets = shareBudget(wants, available);
        // Room nobody needed goes to everyone: a renderer may cut at exactly its own length.
        const spare = available - budgets.reduce((a, b) => a + b, 0);
        const extra = budgets.length ? Math.floor(spare / budgets.length) : 0;
        budgets.forEach((b, i) => (budgets[i] = b + extra));
        withSection.forEach((env, i) => {
            const budget = budgets[i];
            let text = env.section(budget);
            if (text.length > budget)
                text = tooLarge(budget);
            sections.push(`${openDetails(env)}${text}${CLOSE_DETAILS}`);
        });
    }
    if (note && available >= 0)
        sections.push(note);
    return { body: `${head}\n${sections.join('\n')}\n${foot}\n`, tableCut: table?.cut ?? true };
}
/**
 * The sections that get room (most important first) and the room they share: as many as can
 * each have MIN_SECTION characters next to their <details> wrappers.
 */
function fitSections(candidates, room) {
    const wrapper = (e) => openDetails(e).length + CLOSE_DETAILS.length + 1;
    const wrappers = candidates.map(wrapper);
    let count = candidates.length;
    let used = wrappers.reduce((a, b) => a + b, 0);
    const reserve = () => (count < candidates.length ? NOTE_ROOM : 0);
    while (count > 0 && room - used - reserve() < count * MIN_SECTION) {
        count--;
        used -= wrappers[count];
    }
    const left = candidates.length - count;
    return {
        withSection: candidates.slice(0, count),
        available: room - used - reserve(),
        note: left
            ? `_The plans of ${left} more environment${left === 1 ? '' : 's'} are not shown here (too many for one comment); the step summary of this run has them._\n`
            : undefined,
    };
}
/**
 * The last resort: the marker, the title and the verdict only. Marker entries that do not fit
 * (most important first: destroys, failures, changes) are left out and counted: apply finds no
 * reviewed plan for those environments in this comment.
 */
function markerOnly(input, envs, limit) {
    const foot = footer(input);
    const text = (left) => [
        `## ${input.title ?? 'OpenTofu plan'}`,
        '',
        headline(envs),
        '',
        `_This comment is too large for GitHub with every environment${left ? `: ${left} environment${left === 1 ? ' is' : 's are'} left out of it, so apply finds no reviewed plan for ${left === 1 ? 'it' : 'them'} here` : ''}; the step summary of this run has the table and the plans._`,
        '',
        foot,
        '',
    ].join('\n');
    const marker = markerBase(input);
    const order = [...envs].sort((a, b) => rank(a) - rank(b));
    let room = limit - MARGIN - text(order.length).length - (0,github_marker/* formatMarker */.gJ)(input.key, marker).length;
    let count = 0;
    const emptySize = (0,github_marker/* formatMarker */.gJ)('', { v: 1, environments: {} }).length;
    for (const env of order) {
        const entry = markerEntry(env, false);
        const size = (0,github_marker/* formatMarker */.gJ)('', { v: 1, environments: { [env.environment]: entry } }).length;
        const cost = size - emptySize + 1;
        if (cost > room)
            break;
        room -= cost;
        marker.environments[env.environment] = entry;
        count++;
    }
    return `${(0,github_marker/* formatMarker */.gJ)(input.key, marker)}\n${text(envs.length - count)}`;
}
/** The environments whose change set goes into the marker: smallest first, up to the total. */
function keptChanges(envs) {
    const kept = new Set();
    let used = 0;
    const withChanges = envs.filter((e) => e.status === 'planned' && e.changes);
    for (const env of withChanges.sort((a, b) => a.changes.length - b.changes.length)) {
        if (used + env.changes.length > CHANGES_TOTAL)
            break;
        used += env.changes.length;
        kept.add(env);
    }
    return kept;
}
function tooLarge(budget) {
    const note = '_This section is too large for the comment; the whole plan is in the job summary._';
    return note.length <= budget ? note : '';
}

// EXTERNAL MODULE: ./.build/render/plan-section.js + 3 modules
var plan_section = __webpack_require__(9062);
// EXTERNAL MODULE: ./.build/render/plan-verdict.js
var plan_verdict = __webpack_require__(6180);
// EXTERNAL MODULE: ./.build/tofu/plan-result.js
var plan_result = __webpack_require__(1220);
// EXTERNAL MODULE: ./.build/tofu/change-set-codec.js
var change_set_codec = __webpack_require__(2185);
// EXTERNAL MODULE: ./.build/util/errors.js
var errors = __webpack_require__(1096);
;// CONCATENATED MODULE: ./.build/commands/comment.js












/** Characters of the step summary (at most 3 UTF-8 bytes each, under GitHub's 1 MiB). */
const SUMMARY_CHARS = 300_000;
/**
 * Aggregates the result files of several `plan` runs (one per environment) into one sticky
 * pull-request comment, and optionally labels the pull request by what the plans do.
 */
async function run(ctx) {
    const { host, inputs, github } = ctx;
    const pattern = inputs.required('results');
    const labels = inputs.bool('labels', false);
    const files = await findResultFiles(pattern, host.workspace);
    if (files.length === 0) {
        throw new errors/* ConfigurationError */.j1(`Input 'results' is ${JSON.stringify(pattern)}: no file matches it under ${host.workspace}. Point it at the result files of plan (its result-file output), e.g. plan-results/**/result.json.`);
    }
    const results = newestPerEnvironment(files.map((file) => ({ file, result: (0,plan_result/* readPlanResult */.XO)(file) })), (message) => host.warning(message));
    host.info(`Aggregating ${results.length} plan result(s): ${results.map((r) => r.environment).join(', ')}`);
    const key = (0,comment_keys/* aggregateCommentKey */.A7)(github.workflow);
    const target = await (0,pull_request_target/* pullRequestInReach */.F)(ctx, 'the plans are');
    let previous;
    if (target) {
        try {
            const { findStickyComments } = await __webpack_require__.e(/* import() */ 501).then(__webpack_require__.bind(__webpack_require__, 3501));
            target.existing = await findStickyComments(target.client, target.pr, key);
            // Only the trusted comment this run would update: its environments are carried forward.
            previous = target.existing[0]?.marker;
        }
        catch (error) {
            cannotWrite(ctx, target.pr, error);
            return finish(ctx, results, key, undefined, undefined, false);
        }
        if (await (0,outdated_run/* isOutdatedRun */.W)(ctx, target, previous)) {
            return finish(ctx, results, key, previous, undefined, false);
        }
    }
    await finish(ctx, results, key, previous, target, labels);
}
async function finish(ctx, results, key, previous, target, labels) {
    const { host, github } = ctx;
    const planned = new Set(results.map((r) => r.environment));
    const environments = results.map(toAggregate);
    for (const [environment, entry] of Object.entries(previous?.environments ?? {})) {
        if (planned.has(environment))
            continue;
        const { fingerprint, at } = entry;
        environments.push({
            environment,
            status: 'not-planned',
            ...(fingerprint === undefined ? {} : { fingerprint }),
            ...(at === undefined ? {} : { at }),
        });
    }
    const sha = github.pullRequest?.headSha ?? github.sha;
    const input = {
        key,
        environments,
        ...(sha ? { sha } : {}),
        ...(github.runUrl ? { runUrl: github.runUrl } : {}),
    };
    const body = renderAggregateComment(input);
    // The step summary holds 1 MiB: there the table and the plans are cut much later.
    await host.appendSummary(renderAggregateComment({ ...input, limit: SUMMARY_CHARS }));
    await host.showComment(() => body);
    host.setOutput('has-changes', String(results.some((r) => r.status === 'planned' && r.hasChanges)));
    let url = '';
    if (target) {
        try {
            const { upsertStickyComment } = await __webpack_require__.e(/* import() */ 501).then(__webpack_require__.bind(__webpack_require__, 3501));
            const outcome = await upsertStickyComment(target.client, {
                issueNumber: target.pr,
                key,
                body,
                ...(target.existing ? { existing: target.existing } : {}),
            });
            url = outcome.url;
            host.info(`Plan comment ${outcome.action} on pull request #${target.pr}: ${outcome.url}`);
        }
        catch (error) {
            cannotWrite(ctx, target.pr, error);
        }
        if (labels && url) {
            try {
                await applyLabels(ctx, target, results);
            }
            catch (error) {
                labelsNotChanged(ctx, target.pr, error);
            }
        }
    }
    else if (labels) {
        host.info('No pull request in reach: labels were not changed.');
    }
    host.setOutput('comment-url', url);
}
async function applyLabels(ctx, target, results) {
    const { syncLabels } = await __webpack_require__.e(/* import() */ 993).then(__webpack_require__.bind(__webpack_require__, 4993));
    const wanted = wantedPlanLabels(results.map((r) => ({
        status: r.status,
        hasChanges: r.hasChanges,
        destroy: r.model?.counts.destroy ?? 0,
        replace: r.model?.counts.replace ?? 0,
    })));
    const { added, removed } = await syncLabels(target.client, target.pr, wanted, Object.keys(PLAN_LABELS), PLAN_LABELS);
    ctx.host.info(`Labels on #${target.pr}: ${wanted.join(', ') || 'none'}` +
        (added.length ? `; added ${added.join(', ')}` : '') +
        (removed.length ? `; removed ${removed.join(', ')}` : ''));
}
function toAggregate(result) {
    const { environment, model, planText } = result;
    const env = {
        environment,
        status: result.status,
        hasChanges: result.hasChanges,
    };
    if (result.fingerprint)
        env.fingerprint = result.fingerprint;
    if (result.createdAt)
        env.at = result.createdAt;
    const changes = result.changeSet && (0,change_set_codec/* encodeChangeSet */.NQ)(result.changeSet);
    if (changes)
        env.changes = changes;
    if (result.failedStep)
        env.failedStep = result.failedStep;
    if (result.error)
        env.error = result.error;
    if (model) {
        const c = model.counts;
        env.counts = {
            add: c.add,
            change: c.change,
            destroy: c.destroy,
            replace: c.replace,
            import: c.import,
            forget: c.forget,
            move: c.move,
        };
    }
    if (result.status === 'planned' && model)
        env.verdict = (0,plan_verdict/* planVerdict */.F)(model);
    const error = result.status === 'failed'
        ? `${result.failedStep ? `tofu ${result.failedStep}: ` : ''}${result.error ?? 'the plan failed'}`
        : undefined;
    env.section = (budget) => (0,plan_section/* renderPlanSection */.J)({
        environment,
        ...(result.status === 'planned'
            ? { model }
            : model
                ? { model: { ...model, errored: true } }
                : {}),
        planText,
        budget,
        ...(error ? { error } : {}),
        fullPlanNote: 'The whole plan is in the job summary of its plan step.',
    });
    return env;
}
/** Two results for one environment (a re-run's artifacts next to the first's): the newest wins. */
function newestPerEnvironment(found, warn) {
    const byEnvironment = new Map();
    for (const entry of found) {
        const other = byEnvironment.get(entry.result.environment);
        if (!other) {
            byEnvironment.set(entry.result.environment, entry);
            continue;
        }
        const newer = (entry.result.createdAt ?? '') >= (other.result.createdAt ?? '') ? entry : other;
        const older = newer === entry ? other : entry;
        warn(`Two results for environment ${entry.result.environment}: using ${newer.file} (newer) and ignoring ${older.file}.`);
        byEnvironment.set(entry.result.environment, newer);
    }
    return [...byEnvironment.values()].map((e) => e.result);
}
/** The newline-separated glob patterns, relative ones under the workspace; a directory means its result.json files. */
async function findResultFiles(pattern, workspace) {
    const lines = pattern
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
        .map((line) => {
        const negate = line.startsWith('!');
        let path = negate ? line.slice(1) : line;
        if (!(0,external_node_path_.isAbsolute)(path))
            path = (0,external_node_path_.join)(workspace, path);
        if (!negate && (0,external_node_fs_.existsSync)(path) && (0,external_node_fs_.statSync)(path).isDirectory())
            path = (0,external_node_path_.join)(path, '**', 'result.json');
        return negate ? `!${path}` : path;
    });
    const { create } = await Promise.all(/* import() */[__webpack_require__.e(58), __webpack_require__.e(377)]).then(__webpack_require__.bind(__webpack_require__, 2377));
    const globber = await create(lines.join('\n'), {
        matchDirectories: false,
        implicitDescendants: false,
    });
    return (await globber.glob()).sort();
}
/** The comment is posted; only the labels failed (creating a label needs issues: write). */
function labelsNotChanged(ctx, pr, error) {
    const status = error.status;
    ctx.host.warning(status === 403
        ? `The labels of pull request #${pr} were not changed: ${(0,errors/* errorMessage */.gJ)(error)}. Creating the tofu:* labels needs issues: write in the job's permissions (or create them in the repository once).`
        : `The labels of pull request #${pr} were not changed: ${(0,errors/* errorMessage */.gJ)(error)}.`);
}
function cannotWrite(ctx, pr, error) {
    const status = error.status;
    if (status === 403 || status === 404) {
        ctx.host.warning(`The token cannot write to pull request #${pr} (HTTP ${status}: a pull request from a fork, or a token without pull-requests: write): the plans are in the step summary.`);
    }
    else {
        ctx.host.warning(`The plan comment could not be posted (${(0,errors/* errorMessage */.gJ)(error)}): the plans are in the step summary.`);
    }
}


/***/ })

};
