export const id = 240;
export const ids = [240];
export const modules = {

/***/ 6240:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  chooseKeys: () => (/* binding */ chooseKeys),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build/tofu/error-text.js
var error_text = __webpack_require__(513);
// EXTERNAL MODULE: ./.build/tofu/sensitive.js
var sensitive = __webpack_require__(2611);
;// CONCATENATED MODULE: ./.build/tofu/outputs.js



class NotOutputJsonError extends Error {
    name = 'NotOutputJsonError';
}
function parseOutputJson(text) {
    let data;
    try {
        data = JSON.parse(text.trim() || '{}');
    }
    catch (error) {
        throw new NotOutputJsonError(`not JSON: ${error.message}`);
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
        throw new NotOutputJsonError('expected an object of outputs');
    }
    const outputs = {};
    for (const [name, raw] of Object.entries(data)) {
        if (!raw || typeof raw !== 'object' || !('value' in raw)) {
            throw new NotOutputJsonError(`output ${name} has no value`);
        }
        const o = raw;
        outputs[name] = { sensitive: o.sensitive === true, type: o.type, value: o.value };
    }
    return outputs;
}
/** A step output's text: strings as they are, everything else as JSON. */
function outputText(value) {
    return typeof value === 'string' ? value : JSON.stringify(value);
}
/**
 * What to mask for a sensitive output: its text as set as a step output (strings as they are,
 * everything else as JSON) and what plan masks of a sensitive value (sensitiveLeaves: string
 * and number leaves, their JSON-escaped forms, the lines of multi-line ones). Booleans and
 * null are never masked, alone or whole: masking `true` would blank every `true` in the job's
 * log and make the runner drop every job output holding one. Nothing shorter than
 * MIN_REDACT_LENGTH, as plan: masking `1` or `on` would blank out half the log and protect
 * nothing.
 */
function secretsOf(value) {
    const found = new Set();
    if (value !== null && value !== undefined && typeof value !== 'boolean')
        found.add(outputText(value));
    for (const leaf of (0,sensitive/* sensitiveLeaves */.B5)(value))
        found.add(leaf);
    return [...found].filter((text) => text.length >= sensitive/* MIN_REDACT_LENGTH */.CV);
}
/** Writes the file through a temporary file in the same directory and a rename. */
function writeFileAtomic(path, text, mode = 0o644) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    const tmp = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${process.pid}.${Date.now()}.tmp`);
    try {
        (0,external_node_fs_.writeFileSync)(tmp, text, { encoding: 'utf8', mode });
        (0,external_node_fs_.renameSync)(tmp, path);
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(tmp, { force: true });
        throw error;
    }
}

// EXTERNAL MODULE: ./.build/tofu/plan-pipeline.js
var plan_pipeline = __webpack_require__(7287);
// EXTERNAL MODULE: ./.build/tofu/run-tofu.js + 1 modules
var run_tofu = __webpack_require__(4397);
// EXTERNAL MODULE: ./.build/tofu/settings.js
var tofu_settings = __webpack_require__(874);
// EXTERNAL MODULE: ./.build/util/errors.js
var errors = __webpack_require__(1096);
// EXTERNAL MODULE: ./.build/util/path-input.js
var path_input = __webpack_require__(2721);
;// CONCATENATED MODULE: ./.build/commands/output.js









/**
 * `tofu output -json` → one step output per key (complex values as JSON), every sensitive
 * value masked before anything else happens; optionally the chosen keys written to a JSON
 * file (the deploy config) through a temporary file and a rename.
 */
async function run(ctx) {
    const { host, inputs } = ctx;
    const settings = (0,tofu_settings/* readTofuSettings */.U9)(inputs, host);
    // Every input is checked before tofu is looked for (which may download it) and run.
    const outputFile = inputs.string('output-file');
    const outputPath = outputFile === undefined ? undefined : outputFilePath(outputFile, host.workspace);
    const requested = inputs.list('output-keys');
    const includeSensitive = inputs.bool('include-sensitive', false);
    if (!outputFile && requested.length) {
        throw new errors/* ConfigurationError */.j1("Input 'output-keys' was set without 'output-file': set output-file to the JSON file to write.");
    }
    settings.binary = await (0,tofu_settings/* resolveTofuBinary */.Sl)(ctx, settings);
    const outputs = await readOutputs(ctx, settings);
    // Mask first: nothing below may print a sensitive value before the runner knows it.
    for (const output of Object.values(outputs)) {
        if (output.sensitive)
            for (const secret of secretsOf(output.value))
                host.setSecret(secret);
    }
    const names = Object.keys(outputs);
    for (const name of names) {
        host.setOutput(name, outputText(outputs[name].value));
    }
    const sensitive = names.filter((n) => outputs[n]?.sensitive);
    host.info(`${names.length} output(s) exported as step outputs${sensitive.length ? ` (${sensitive.length} sensitive, masked: ${sensitive.join(', ')})` : ''}.`);
    if (outputFile === undefined || outputPath === undefined)
        return;
    const keys = chooseKeys(outputs, requested, includeSensitive);
    const config = {};
    for (const key of keys)
        config[key] = outputs[key].value;
    const withSecrets = keys.some((k) => outputs[k]?.sensitive);
    try {
        writeFileAtomic(outputPath, `${JSON.stringify(config, null, 2)}\n`, withSecrets ? 0o600 : 0o644);
    }
    catch (error) {
        const code = error.code ?? (0,errors/* errorMessage */.gJ)(error);
        throw (0,errors/* invalidInput */.aY)('output-file', outputFile, `cannot write it (${code})`);
    }
    host.info(`Wrote ${keys.length} output(s) to ${outputFile}: ${keys.join(', ') || '(none)'}${withSecrets ? ' (includes sensitive values; file mode 600)' : ''}.`);
}
/** output-file as a path: a file (new or existing) under anything but a file. */
function outputFilePath(value, workspace) {
    const path = (0,external_node_path_.resolve)(workspace, value);
    if ((0,path_input/* pathKind */.g)(path) === 'directory') {
        throw (0,errors/* invalidInput */.aY)('output-file', value, 'a directory; expected the JSON file to write');
    }
    for (let dir = (0,external_node_path_.dirname)(path); dir !== (0,external_node_path_.dirname)(dir); dir = (0,external_node_path_.dirname)(dir)) {
        const kind = (0,path_input/* pathKind */.g)(dir);
        if (kind !== undefined && kind !== 'directory')
            throw (0,errors/* invalidInput */.aY)('output-file', value, `${dir} is a file, not a directory`);
        if (kind)
            break;
    }
    return path;
}
function chooseKeys(outputs, requested, includeSensitive) {
    const names = Object.keys(outputs);
    if (!requested.length) {
        return names.filter((n) => includeSensitive || !outputs[n]?.sensitive);
    }
    const missing = requested.filter((k) => !(k in outputs));
    if (missing.length) {
        throw (0,errors/* invalidInput */.aY)('output-keys', missing.join(', '), names.length
            ? `no such output; the outputs are ${names.join(', ')}`
            : 'no such output; the state has no outputs (has apply run?)');
    }
    const secret = requested.filter((k) => outputs[k]?.sensitive);
    if (secret.length && !includeSensitive) {
        throw (0,errors/* invalidInput */.aY)('output-keys', secret.join(', '), 'sensitive output(s) are written to output-file only with include-sensitive: true');
    }
    return [...new Set(requested)];
}
async function readOutputs(ctx, settings) {
    const { host } = ctx;
    const dataDir = host.env.TF_DATA_DIR ?? '.terraform';
    const initialised = (0,external_node_fs_.existsSync)((0,external_node_path_.isAbsolute)(dataDir) ? dataDir : (0,external_node_path_.join)(settings.workingDirectory, dataDir));
    if (!initialised) {
        const varFileArgs = await (0,plan_pipeline/* earlyVarFileArgs */.Es)(settings, host);
        const init = await host.group(`tofu init (${settings.environment})`, () => (0,run_tofu/* runTofu */.g)({
            binary: settings.binary,
            args: (0,plan_pipeline/* initArgs */.Gt)(settings, { backend: true, varFileArgs }),
            cwd: settings.workingDirectory,
            host,
        }));
        if (init.exitCode !== 0 || init.cancelled) {
            throw new errors/* ConfigurationError */.j1(`tofu init failed in ${settings.workingDirectoryRelative}: ${(0,error_text/* tofuWords */.g)(init.stderr || init.stdout, 500)}`);
        }
    }
    // Not streamed: the JSON holds sensitive values in clear text.
    const result = await (0,run_tofu/* runTofu */.g)({
        binary: settings.binary,
        args: ['output', '-json'],
        cwd: settings.workingDirectory,
        host,
        stream: false,
    });
    if (result.exitCode !== 0 || result.cancelled) {
        throw new errors/* ConfigurationError */.j1(`tofu output failed in ${settings.workingDirectoryRelative}: ${(0,error_text/* tofuWords */.g)(result.stderr, 500) || `exit code ${result.exitCode}`}`);
    }
    try {
        return parseOutputJson(result.stdout);
    }
    catch (error) {
        if (error instanceof NotOutputJsonError) {
            throw new errors/* ConfigurationError */.j1(`tofu output -json in ${settings.workingDirectoryRelative} did not print outputs (${error.message}); is tofu-binary OpenTofu?`);
        }
        throw error;
    }
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
