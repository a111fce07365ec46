export const id = 759;
export const ids = [759];
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
// EXTERNAL MODULE: ./.build/tofu/run-tofu.js + 1 modules
var run_tofu = __webpack_require__(4397);
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
 * `tofu init -backend=false`, then `tofu validate -json` (both with var-files, where tofu takes
 * them): one annotation per diagnostic at its file, line and column; counts as outputs; a
 * table in the step summary.
 */
async function run(ctx) {
    const { host, inputs } = ctx;
    const settings = (0,tofu_settings/* readTofuSettings */.U9)(inputs, host);
    if (!(0,tofu_settings/* hasTofuFiles */.a3)(settings.workingDirectory)) {
        throw new errors/* ConfigurationError */.j1(`Input 'working-directory' is ${JSON.stringify(settings.workingDirectoryRelative)}: it holds no OpenTofu configuration (.tf, .tofu or .tf.json files), so there is nothing to validate.`);
    }
    settings.binary = await (0,tofu_settings/* resolveTofuBinary */.Sl)(ctx, settings);
    const tofu = (args, stream) => host.group(`tofu ${args.join(' ')}`, () => (0,run_tofu/* runTofu */.g)({ binary: settings.binary, args, cwd: settings.workingDirectory, host, stream }));
    const varFileArgs = await (0,plan_pipeline/* earlyVarFileArgs */.Es)(settings, host);
    const init = await tofu((0,plan_pipeline/* initArgs */.Gt)(settings, { backend: false, varFileArgs }), true);
    if (init.cancelled)
        throw new errors/* ConfigurationError */.j1('tofu init was cancelled.');
    if (init.exitCode !== 0) {
        throw new errors/* ConfigurationError */.j1(`tofu init -backend=false failed (exit ${init.exitCode}): ${(0,error_text/* tofuWords */.g)(init.stderr || init.stdout) || 'no output'}`);
    }
    // The JSON is not streamed (it is one blob); its diagnostics become annotations instead.
    const validate = await tofu(['validate', '-json', ...varFileArgs], false);
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


/***/ })

};
