#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 5768:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _util_compile_cache_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5408);
/* harmony import */ var _cli_run_cli_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(604);


process.exitCode = await (0,_cli_run_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .runCli */ .a)(process.argv.slice(2), process.env, process.cwd());

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 604:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./.build/util/errors.js
var errors = __nccwpck_require__(1096);
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
const LOADERS = {
    plan: () => Promise.all(/* import() */[__nccwpck_require__.e(291), __nccwpck_require__.e(242), __nccwpck_require__.e(822)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5822)),
    fmt: () => __nccwpck_require__.e(/* import() */ 251).then(__nccwpck_require__.bind(__nccwpck_require__, 6251)),
    validate: () => __nccwpck_require__.e(/* import() */ 759).then(__nccwpck_require__.bind(__nccwpck_require__, 759)),
    comment: () => Promise.all(/* import() */[__nccwpck_require__.e(291), __nccwpck_require__.e(215)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2215)),
    'assume-role': () => __nccwpck_require__.e(/* import() */ 284).then(__nccwpck_require__.bind(__nccwpck_require__, 4284)),
    image: () => __nccwpck_require__.e(/* import() */ 205).then(__nccwpck_require__.bind(__nccwpck_require__, 8205)),
    apply: () => Promise.all(/* import() */[__nccwpck_require__.e(242), __nccwpck_require__.e(46)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8009)),
    output: () => __nccwpck_require__.e(/* import() */ 240).then(__nccwpck_require__.bind(__nccwpck_require__, 6240)),
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
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
var github_host = __nccwpck_require__(6224);
// EXTERNAL MODULE: ./.build/util/duration.js
var duration = __nccwpck_require__(4763);
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
 * stack in the debug log.
 */
async function runCommand(host, phase, clock = github_host/* realClock */.d) {
    try {
        const inputs = new Inputs(host);
        const name = parseCommandName(phase === 'post'
            ? (host.getState('command') ?? inputs.string('command'))
            : inputs.string('command'));
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

;// CONCATENATED MODULE: ./.build/cli/args.js

/**
 * `tofu-aws-action plan --working-directory infra/envs/staging --comment false`: the flags are
 * the action's input names. A flag without a value is `true`. `--comment-file` and
 * `--no-summary` are the terminal's own.
 */
function parseCliArgs(argv) {
    const inputs = {};
    let command;
    let commentFile;
    let showSummary = true;
    let help = false;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--help' || arg === '-h') {
            help = true;
            continue;
        }
        if (!arg.startsWith('--')) {
            if (command !== undefined)
                throw new errors/* ConfigurationError */.j1(`Unexpected argument ${JSON.stringify(arg)}: flags are --<input-name> <value>.`);
            command = arg;
            continue;
        }
        const eq = arg.indexOf('=');
        let name;
        let value;
        if (eq > 0) {
            name = arg.slice(2, eq);
            value = arg.slice(eq + 1);
        }
        else {
            name = arg.slice(2);
            const next = argv[i + 1];
            if (next === undefined || next.startsWith('--'))
                value = 'true';
            else {
                value = next;
                i++;
            }
        }
        if (name === 'comment-file')
            commentFile = value;
        else if (name === 'no-summary')
            showSummary = false;
        else if (inputs[name] !== undefined)
            inputs[name] = `${inputs[name]}\n${value}`;
        else
            inputs[name] = value;
    }
    if (command !== undefined)
        inputs.command = command;
    return { command, inputs, commentFile, showSummary, help };
}

;// CONCATENATED MODULE: ./.build/cli/terminal-host.js

function where(props) {
    if (!props?.file)
        return '';
    return `${props.file}${props.startLine ? `:${props.startLine}` : ''}${props.startColumn ? `:${props.startColumn}` : ''}: `;
}
/**
 * The host in a terminal: inputs come from flags, logs and annotations go to stderr, the
 * comment to stdout (or --comment-file), outputs and the summary are printed at the end.
 */
class TerminalHost {
    inputs;
    env;
    workspace;
    cancellation;
    streams;
    commentFile;
    kind = 'terminal';
    outputs = {};
    state = {};
    secrets = [];
    summary = '';
    failed;
    constructor(inputs, env, workspace, cancellation, streams, commentFile) {
        this.inputs = inputs;
        this.env = env;
        this.workspace = workspace;
        this.cancellation = cancellation;
        this.streams = streams;
        this.commentFile = commentFile;
    }
    getInput(name) {
        const value = this.inputs[name]?.trim();
        return value ? value : undefined;
    }
    setOutput(name, value) {
        this.outputs[name] = value;
    }
    setSecret(value) {
        if (value)
            this.secrets.push(value);
    }
    exportVariable(name, value) {
        this.env[name] = value;
    }
    addPath(dir) {
        this.env.PATH = `${dir}:${this.env.PATH ?? ''}`;
    }
    saveState(name, value) {
        this.state[name] = value;
    }
    getState(name) {
        return this.state[name];
    }
    debug(message) {
        if (this.env.TOFU_AWS_ACTION_DEBUG || this.env.RUNNER_DEBUG === '1')
            this.err(`debug: ${message}\n`);
    }
    info(message) {
        this.err(`${message}\n`);
    }
    notice(message, props) {
        this.err(`notice: ${where(props)}${props?.title ? `${props.title}: ` : ''}${message}\n`);
    }
    warning(message, props) {
        this.err(`warning: ${where(props)}${props?.title ? `${props.title}: ` : ''}${message}\n`);
    }
    error(message, props) {
        this.err(`error: ${where(props)}${props?.title ? `${props.title}: ` : ''}${message}\n`);
    }
    write(chunk) {
        this.err(chunk);
    }
    async group(title, fn) {
        this.err(`▸ ${title}\n`);
        return fn();
    }
    async appendSummary(markdown) {
        this.summary += markdown.endsWith('\n') ? markdown : `${markdown}\n`;
    }
    async showComment(body) {
        if (this.commentFile) {
            (0,external_node_fs_.writeFileSync)(this.commentFile, body, 'utf8');
            this.err(`comment written to ${this.commentFile}\n`);
        }
        else {
            this.streams.stdout(body.endsWith('\n') ? body : `${body}\n`);
        }
    }
    setFailed(message) {
        this.failed ??= message;
        this.err(`error: ${message}\n`);
    }
    /** Prints what the runner would show on the job page: the outputs and the step summary. */
    printEpilogue(options) {
        if (options.summary && this.summary)
            this.err(`\n── step summary ──\n${this.summary}`);
        const names = Object.keys(this.outputs);
        if (names.length) {
            this.err('\n── outputs ──\n');
            for (const name of names)
                this.err(`${name}=${this.outputs[name]}\n`);
        }
    }
    err(text) {
        let masked = text;
        for (const secret of this.secrets)
            masked = masked.split(secret).join('***');
        this.streams.stderr(masked);
    }
}

;// CONCATENATED MODULE: ./.build/cli/run-cli.js






const USAGE = `usage: tofu-aws-action <command> [--<input-name> <value>]... [--comment-file <path>] [--no-summary]

commands: ${COMMAND_NAMES.join(', ')}
flags are the inputs of action.yml, e.g.
  tofu-aws-action plan --working-directory infra/envs/staging
  tofu-aws-action plan --plan-json plan.json --plan-text plan.txt --comment-file comment.md
`;
async function runCli(argv, env, cwd, streams = {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
}) {
    let args;
    try {
        args = parseCliArgs(argv);
    }
    catch (error) {
        streams.stderr(`error: ${(0,errors/* errorMessage */.gJ)(error)}\n`);
        return 1;
    }
    if (args.help || args.command === undefined) {
        streams.stdout(USAGE);
        return args.help ? 0 : 1;
    }
    const host = new TerminalHost(args.inputs, { ...env }, cwd, cancellationSignal(), streams, args.commentFile);
    const ok = (await runCommand(host, 'main')) && (await runCommand(host, 'post'));
    host.printEpilogue({ summary: args.showSummary });
    return ok ? 0 : 1;
}


/***/ }),

/***/ 6224:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 5408:
/***/ (() => {


;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./.build/util/compile-cache.js

// Node's on-disk V8 code cache (Node 22.1+): later steps of the same job start faster.
// Imported first by the entry files so that every chunk loaded afterwards uses it.
external_node_module_namespaceObject.enableCompileCache?.();


/***/ }),

/***/ 4763:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Im: () => (/* binding */ toGoDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   yi: () => (/* binding */ parseDurationMs),
/* harmony export */   zm: () => (/* binding */ durationInputMs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1096);

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/**
 * Parses `90s`, `5m`, `1h30m`, `2d` or a bare number of seconds into milliseconds.
 * Returns undefined for anything else.
 */
function parseDurationMs(text) {
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
/** parseDurationMs for an input: a one-line error naming the input when it does not parse. */
function durationInputMs(name, value) {
    const ms = parseDurationMs(value);
    if (ms === undefined) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)(name, value, 'expected a duration such as 30s, 5m, 1h30m or a number of seconds');
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
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5768);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
