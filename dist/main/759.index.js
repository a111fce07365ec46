export const id = 759;
export const ids = [759,287];
export const modules = {

/***/ 759:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

;// CONCATENATED MODULE: ./.build/render/validate-summary.js
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').trim();
}
/** Markdown for the step summary of `validate`: the verdict and one table row per diagnostic. */
function renderValidateSummary(options) {
    const { workingDirectory, valid, errorCount, warningCount, rows } = options;
    const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const verdict = valid
        ? `✅ Valid${warningCount ? ` with ${plural(warningCount, 'warning')}` : ''}.`
        : `❌ Invalid: ${plural(errorCount, 'error')}, ${plural(warningCount, 'warning')}.`;
    const lines = [`### tofu validate: \`${workingDirectory}\``, '', verdict, ''];
    if (rows.length) {
        lines.push('| | Location | Summary | Detail |', '|---|---|---|---|');
        for (const row of rows) {
            const icon = row.severity === 'error' ? '❌ error' : '⚠️ warning';
            const location = row.location ? `\`${cell(row.location)}\`` : '';
            lines.push(`| ${icon} | ${location} | ${cell(row.summary)} | ${cell(row.detail)} |`);
        }
        lines.push('');
    }
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./.build/tofu/error-text.js
var error_text = __webpack_require__(513);
// EXTERNAL MODULE: ./.build/tofu/plan-pipeline.js
var plan_pipeline = __webpack_require__(7287);
// EXTERNAL MODULE: ./.build/tofu/repo-path.js
var repo_path = __webpack_require__(7351);
// EXTERNAL MODULE: ./.build/tofu/run-tofu.js
var run_tofu = __webpack_require__(6379);
// EXTERNAL MODULE: ./.build/tofu/settings.js
var tofu_settings = __webpack_require__(874);
;// CONCATENATED MODULE: ./.build/tofu/validate-diagnostics.js
/** Thrown when the text is not validate's JSON; the caller shows tofu's own words. */
class NotValidateJsonError extends Error {
    name = 'NotValidateJsonError';
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function position(value) {
    if (!isObject(value) || typeof value.line !== 'number')
        return undefined;
    return { line: value.line, column: typeof value.column === 'number' ? value.column : 1 };
}
function diagnostic(value) {
    if (!isObject(value))
        return undefined;
    const severity = value.severity === 'warning' ? 'warning' : 'error';
    const result = {
        severity,
        summary: typeof value.summary === 'string' ? value.summary : '',
        detail: typeof value.detail === 'string' ? value.detail : '',
    };
    if (typeof value.address === 'string' && value.address)
        result.address = value.address;
    const range = value.range;
    if (isObject(range) && typeof range.filename === 'string') {
        const start = position(range.start);
        if (start)
            result.range = { filename: range.filename, start, end: position(range.end) ?? start };
    }
    const snippet = value.snippet;
    if (isObject(snippet) && typeof snippet.code === 'string') {
        result.snippet = {
            code: snippet.code,
            startLine: typeof snippet.start_line === 'number'
                ? snippet.start_line
                : (result.range?.start.line ?? 1),
        };
        if (typeof snippet.context === 'string')
            result.snippet.context = snippet.context;
    }
    return result;
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new NotValidateJsonError(`not JSON: ${error.message}`);
    }
}
/**
 * Parses validate's JSON. tofu may print log lines before it (TF_LOG), so the JSON is taken
 * from the first line that starts an object.
 */
function parseValidateJson(text) {
    const start = text.search(/^\{/m);
    if (start < 0)
        throw new NotValidateJsonError('no JSON object in the output');
    const data = parseJson(text.slice(start));
    if (!isObject(data) || typeof data.valid !== 'boolean' || !Array.isArray(data.diagnostics)) {
        throw new NotValidateJsonError('JSON without "valid" and "diagnostics"');
    }
    const diagnostics = data.diagnostics.map(diagnostic).filter((d) => !!d);
    const count = (key, severity) => typeof data[key] === 'number'
        ? data[key]
        : diagnostics.filter((d) => d.severity === severity).length;
    return {
        valid: data.valid,
        errorCount: count('error_count', 'error'),
        warningCount: count('warning_count', 'warning'),
        diagnostics,
    };
}

// EXTERNAL MODULE: ./.build/util/errors.js
var errors = __webpack_require__(1096);
;// CONCATENATED MODULE: ./.build/commands/validate.js








/**
 * `tofu init -backend=false`, then `tofu validate -json`: one annotation per diagnostic at its
 * file, line and column; counts as outputs; a table in the step summary.
 */
async function run(ctx) {
    const { host, inputs } = ctx;
    const settings = (0,tofu_settings/* readTofuSettings */.U9)(inputs, host);
    if (!(0,tofu_settings/* hasTofuFiles */.a3)(settings.workingDirectory)) {
        throw new errors/* ConfigurationError */.j1(`Input 'working-directory' is ${JSON.stringify(settings.workingDirectoryRelative)}: it holds no OpenTofu configuration (.tf, .tofu or .tf.json files), so there is nothing to validate.`);
    }
    settings.binary = await (0,tofu_settings/* resolveTofuBinary */.Sl)(ctx, settings);
    const tofu = (args, stream) => host.group(`tofu ${args.join(' ')}`, () => (0,run_tofu/* runTofu */.g)({ binary: settings.binary, args, cwd: settings.workingDirectory, host, stream }));
    const init = await tofu((0,plan_pipeline/* initArgs */.G)(settings, { backend: false }), true);
    if (init.cancelled)
        throw new errors/* ConfigurationError */.j1('tofu init was cancelled.');
    if (init.exitCode !== 0) {
        throw new errors/* ConfigurationError */.j1(`tofu init -backend=false failed (exit ${init.exitCode}): ${(0,error_text/* tofuWords */.g)(init.stderr || init.stdout) || 'no output'}`);
    }
    // The JSON is not streamed (it is one blob); its diagnostics become annotations instead.
    const validate = await tofu(['validate', '-json'], false);
    if (validate.cancelled)
        throw new errors/* ConfigurationError */.j1('tofu validate was cancelled.');
    if (validate.stderr.trim())
        host.write(validate.stderr);
    let result;
    try {
        result = parseValidateJson(validate.stdout);
    }
    catch (error) {
        if (!(error instanceof NotValidateJsonError))
            throw error;
        const words = (0,error_text/* tofuWords */.g)(`${validate.stderr}\n${validate.stdout}`);
        throw new errors/* ConfigurationError */.j1(`tofu validate -json did not print its JSON result (exit ${validate.exitCode}): ${words || 'no output'}`);
    }
    const rows = [];
    for (const d of result.diagnostics) {
        const { props, location } = annotationFor(settings, d);
        const message = annotationMessage(d, props.file === undefined ? location : '');
        if (d.severity === 'error')
            host.error(message, props);
        else
            host.warning(message, props);
        rows.push({ severity: d.severity, summary: d.summary, location, detail: d.detail });
    }
    host.setOutput('valid', String(result.valid));
    host.setOutput('error-count', String(result.errorCount));
    host.setOutput('warning-count', String(result.warningCount));
    await host.appendSummary(renderValidateSummary({
        workingDirectory: settings.workingDirectoryRelative,
        valid: result.valid,
        errorCount: result.errorCount,
        warningCount: result.warningCount,
        rows,
    }));
    host.info(result.valid
        ? `tofu validate: the configuration is valid (${result.warningCount} warning(s)).`
        : `tofu validate: ${result.errorCount} error(s), ${result.warningCount} warning(s).`);
    if (!result.valid) {
        const first = result.diagnostics.find((d) => d.severity === 'error');
        throw new errors/* ConfigurationError */.j1(`tofu validate found ${result.errorCount} error(s) in ${settings.workingDirectoryRelative}${first ? `, the first: ${first.summary}` : ''} (see the annotations).`);
    }
}
function annotationFor(settings, d) {
    const props = { title: d.summary || 'tofu validate' };
    if (!d.range)
        return { props, location: '' };
    const file = (0,repo_path/* repoPath */.q)(settings, d.range.filename);
    const location = `${file ?? d.range.filename}:${d.range.start.line}:${d.range.start.column}`;
    if (!file)
        return { props, location };
    props.file = file;
    props.startLine = d.range.start.line;
    props.endLine = d.range.end.line;
    // GitHub only honours columns on single-line annotations.
    if (d.range.start.line === d.range.end.line) {
        props.startColumn = d.range.start.column;
        props.endColumn = d.range.end.column;
    }
    return { props, location };
}
/** detail, then the code line the snippet points at (and where, when no file could be linked). */
function annotationMessage(d, location) {
    const parts = [d.detail || d.summary];
    if (d.snippet?.code.trim())
        parts.push(`${d.snippet.startLine} | ${d.snippet.code.trim()}`);
    if (d.address)
        parts.push(`(${d.address})`);
    if (location)
        parts.push(`at ${location}`);
    return parts.join('\n\n');
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

/***/ 7287:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ initArgs),
/* harmony export */   runPlan: () => (/* binding */ runPlan)
/* harmony export */ });
/* unused harmony export planArgs */
/* harmony import */ var _util_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4763);
/* harmony import */ var _run_tofu_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6379);


async function step(settings, host, title, args, stream) {
    return host.group(title, () => (0,_run_tofu_js__WEBPACK_IMPORTED_MODULE_1__/* .runTofu */ .g)({ binary: settings.binary, args, cwd: settings.workingDirectory, host, stream }));
}
function initArgs(settings, options) {
    const args = ['init', '-input=false'];
    if (!options.backend)
        args.push('-backend=false');
    else
        args.push(...settings.backendConfig.map((c) => `-backend-config=${c}`));
    return args;
}
function planArgs(settings, files, extra, lockTimeoutMs) {
    return [
        'plan',
        '-input=false',
        `-out=${files.planFile}`,
        '-detailed-exitcode',
        `-lock-timeout=${(0,_util_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .toGoDuration */ .Im)(lockTimeoutMs)}`,
        ...settings.varFiles.map((f) => `-var-file=${f}`),
        ...extra,
    ];
}
/** init → plan -out → show -json → show (text). Stops at the first failing step. */
async function runPlan(settings, host, files, extraArgs, lockTimeoutMs) {
    const env = settings.environment;
    const failed = (failedStep, run) => ({
        outcome: 'failed',
        failedStep,
        stderr: run.stderr || run.stdout,
        cancelled: run.cancelled,
    });
    const initArgv = initArgs(settings, { backend: true });
    const init = await step(settings, host, `tofu init (${env})`, initArgv, true);
    if (init.exitCode !== 0 || init.cancelled)
        return failed('init', init);
    const planArgv = planArgs(settings, files, extraArgs, lockTimeoutMs);
    const plan = await step(settings, host, `tofu plan (${env})`, planArgv, true);
    const kind = (0,_run_tofu_js__WEBPACK_IMPORTED_MODULE_1__/* .detailedExitCode */ .O)(plan.exitCode);
    if (kind === 'error' || plan.cancelled)
        return failed('plan', plan);
    // Not streamed: the plan was already in the log, and the JSON can be very large.
    const showJson = ['show', '-json', files.planFile];
    const json = await step(settings, host, `tofu show -json (${env})`, showJson, false);
    if (json.exitCode !== 0)
        return failed('show', json);
    const showText = ['show', '-no-color', files.planFile];
    const text = await step(settings, host, `tofu show (${env})`, showText, false);
    if (text.exitCode !== 0)
        return failed('show', text);
    return {
        outcome: kind,
        stderr: plan.stderr,
        planJson: json.stdout,
        planText: text.stdout,
        cancelled: false,
    };
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

/***/ 6379:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ detailedExitCode),
/* harmony export */   g: () => (/* binding */ runTofu)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1096);


const INSTALL_HINT = 'install OpenTofu (https://opentofu.org/docs/intro/install/), e.g. with opentofu/setup-opentofu, set the input tofu-version to let this action install it, or point tofu-binary at the executable';
/**
 * Runs tofu with an argument array (never a shell). Output is streamed into the log and
 * captured. When the job is cancelled, tofu gets SIGINT (like a terminal's Ctrl-C) and we wait
 * for it to finish writing state and release its lock; a second cancel is passed on as well,
 * which makes tofu stop at once.
 */
function runTofu(options) {
    const { binary, args, cwd, host, stream = true, captureStdout = true } = options;
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(binary, [...args], {
            cwd,
            env: { ...host.env, ...options.env, TF_IN_AUTOMATION: '1' },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        let cancelled = false;
        const signals = [host.cancellation, options.signal].filter((s) => !!s);
        const onCancel = () => {
            cancelled = true;
            host.warning(`Cancelled: sent SIGINT to tofu ${args[0] ?? ''} and waiting for it to finish cleanly.`);
            child.kill('SIGINT');
        };
        for (const s of signals) {
            if (s.aborted)
                queueMicrotask(onCancel);
            else
                s.addEventListener('abort', onCancel, { once: true });
        }
        child.stdout.setEncoding('utf8');
        child.stderr.setEncoding('utf8');
        child.stdout.on('data', (chunk) => {
            if (captureStdout)
                out.push(chunk);
            if (options.onStdout)
                options.onStdout(chunk);
            else if (stream)
                host.write(chunk);
        });
        child.stderr.on('data', (chunk) => {
            err.push(chunk);
            if (stream)
                host.write(chunk);
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.stdin ?? '');
        child.on('error', (error) => {
            for (const s of signals)
                s.removeEventListener('abort', onCancel);
            if (error.code === 'ENOENT') {
                reject(new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input 'tofu-binary' is ${JSON.stringify(binary)}, which was not found: ${INSTALL_HINT}.`));
            }
            else if (error.code === 'EACCES') {
                reject(new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input 'tofu-binary' is ${JSON.stringify(binary)}, which is not executable: ${INSTALL_HINT}.`));
            }
            else
                reject(error);
        });
        child.on('close', (code, signal) => {
            for (const s of signals)
                s.removeEventListener('abort', onCancel);
            resolve({
                exitCode: code ?? (signal ? 128 + signalNumber(signal) : 1),
                stdout: out.join(''),
                stderr: err.join(''),
                cancelled,
            });
        });
    });
}
function signalNumber(signal) {
    return { SIGINT: 2, SIGKILL: 9, SIGTERM: 15 }[signal] ?? 1;
}
/** `tofu plan -detailed-exitcode`: 0 no changes, 2 changes, anything else failed. */
function detailedExitCode(code) {
    if (code === 0)
        return 'no-changes';
    if (code === 2)
        return 'changes';
    return 'error';
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
 * The tofu to run: `tofu-binary` as given, else tofu on PATH, else a verified release
 * installed from `tofu-version` / `.opentofu-version` / `required_version`. The installer is
 * loaded only when it is needed.
 */
async function resolveTofuBinary(ctx, settings) {
    if (ctx.inputs.string('tofu-binary') !== undefined)
        return settings.binary;
    const { ensureTofu } = await __webpack_require__.e(/* import() */ 937).then(__webpack_require__.bind(__webpack_require__, 6937));
    return ensureTofu(ctx, { workingDirectory: settings.workingDirectory });
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


/***/ })

};
