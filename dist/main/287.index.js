export const id = 287;
export const ids = [287];
export const modules = {

/***/ 3613:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hl: () => (/* binding */ versionAllowed),
/* harmony export */   KH: () => (/* binding */ rememberVersion),
/* harmony export */   S5: () => (/* binding */ reportedVersion)
/* harmony export */ });
/* harmony import */ var _run_tofu_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4397);
/* harmony import */ var _version_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6531);


/** What each executable said its version was, per run (one host per run). */
const versions = new WeakMap();
function versionsOf(host) {
    let known = versions.get(host);
    if (!known)
        versions.set(host, (known = new Map()));
    return known;
}
/** Records the version of an executable this run installed: nobody needs to ask it. */
function rememberVersion(host, binary, version) {
    versionsOf(host).set(binary, Promise.resolve(version));
}
/**
 * The version a tofu executable reports (`tofu version -json`, falling back to the text form),
 * or undefined when it does not run or says nothing we can read. Extra lines around the JSON
 * (wrappers such as setup-opentofu's echo the command line) are tolerated. Asked once per
 * executable and run: the PATH check, each init that takes var-files and every lock retry
 * share the answer.
 */
function reportedVersion(binary, host, cwd) {
    const known = versionsOf(host);
    let version = known.get(binary);
    if (!version)
        known.set(binary, (version = askVersion(binary, host, cwd)));
    return version;
}
async function askVersion(binary, host, cwd) {
    let stdout;
    try {
        const result = await (0,_run_tofu_js__WEBPACK_IMPORTED_MODULE_0__/* .runTofu */ .g)({ binary, args: ['version', '-json'], cwd, host, stream: false });
        if (result.exitCode !== 0 || result.cancelled)
            return undefined;
        stdout = result.stdout;
    }
    catch {
        return undefined;
    }
    const found = /"terraform_version"\s*:\s*"([^"]+)"/.exec(stdout)?.[1] ??
        /OpenTofu v(\d+\.\d+\.\d+\S*)/.exec(stdout)?.[1];
    const version = found === undefined ? undefined : (0,_version_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersion */ .ot)(found);
    return version && (0,_version_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .formatVersion */ .qh)(version);
}
/** True when `version` is one the request allows (`latest`: any release already at hand). */
function versionAllowed(request, version) {
    const parsed = (0,_version_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersion */ .ot)(version);
    if (!parsed)
        return false;
    switch (request.kind) {
        case 'latest':
            return true;
        case 'exact':
            return (0,_version_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .formatVersion */ .qh)(parsed) === request.version;
        case 'constraint':
            return (0,_version_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .satisfies */ .ib)(parsed, request.clauses);
    }
}


/***/ }),

/***/ 6531:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FJ: () => (/* binding */ parseConstraint),
/* harmony export */   Hd: () => (/* binding */ parseVersionRequest),
/* harmony export */   SO: () => (/* binding */ pickVersion),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   bM: () => (/* binding */ parseRequiredVersion),
/* harmony export */   ib: () => (/* binding */ satisfies),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   qh: () => (/* binding */ formatVersion)
/* harmony export */ });
/**
 * OpenTofu versions and version constraints: exact versions (`1.9.0`, `v1.10.0-rc1`), the
 * constraint language of `required_version` (`~> 1.9`, `>= 1.8, < 2.0`, `!= 1.9.1`), the
 * partial versions people type into an input (`1.9`, `1.9.x`) and `latest`.
 */
const VERSION_RE = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/;
function parseVersion(text) {
    const m = VERSION_RE.exec(text.trim());
    if (!m)
        return undefined;
    return {
        major: Number(m[1]),
        minor: Number(m[2]),
        patch: Number(m[3]),
        prerelease: m[4] ?? '',
    };
}
function formatVersion(v) {
    return `${v.major}.${v.minor}.${v.patch}${v.prerelease ? `-${v.prerelease}` : ''}`;
}
function comparePrerelease(a, b) {
    if (a === b)
        return 0;
    if (!a)
        return 1; // a release sorts after its pre-releases
    if (!b)
        return -1;
    const pa = a.split('.');
    const pb = b.split('.');
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const x = pa[i];
        const y = pb[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        const nx = /^\d+$/.test(x) ? Number(x) : undefined;
        const ny = /^\d+$/.test(y) ? Number(y) : undefined;
        if (nx !== undefined && ny !== undefined) {
            if (nx !== ny)
                return nx < ny ? -1 : 1;
        }
        else if (x !== y) {
            // alpha10 after alpha9: compare the letters, then the trailing number
            const [, lx = x, dx] = /^(\D*)(\d*)$/.exec(x) ?? [];
            const [, ly = y, dy] = /^(\D*)(\d*)$/.exec(y) ?? [];
            if (lx !== ly)
                return lx < ly ? -1 : 1;
            return Number(dx || 0) < Number(dy || 0) ? -1 : 1;
        }
    }
    return 0;
}
function compareVersions(a, b) {
    return (Math.sign(a.major - b.major) ||
        Math.sign(a.minor - b.minor) ||
        Math.sign(a.patch - b.patch) ||
        comparePrerelease(a.prerelease, b.prerelease));
}
const CLAUSE_RE = /^(=|!=|>=|<=|>|<|~>)?\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?$/;
function parseClause(text) {
    const m = CLAUSE_RE.exec(text.trim());
    if (!m)
        return undefined;
    const parts = 1 + (m[3] !== undefined ? 1 : 0) + (m[4] !== undefined ? 1 : 0);
    return {
        op: m[1] ?? '=',
        version: {
            major: Number(m[2]),
            minor: Number(m[3] ?? 0),
            patch: Number(m[4] ?? 0),
            prerelease: m[5] ?? '',
        },
        parts,
    };
}
/** The `required_version` constraint language; undefined when the text is not one. */
function parseConstraint(text) {
    const pieces = text.split(',').map((p) => p.trim());
    if (pieces.length === 0 || pieces.some((p) => !p))
        return undefined;
    const clauses = [];
    for (const piece of pieces) {
        const clause = parseClause(piece);
        if (!clause)
            return undefined;
        clauses.push(clause);
    }
    return clauses;
}
function clauseAllows(clause, v) {
    const c = compareVersions(v, clause.version);
    switch (clause.op) {
        case '=':
            return c === 0;
        case '!=':
            return c !== 0;
        case '>':
            return c > 0;
        case '>=':
            return c >= 0;
        case '<':
            return c < 0;
        case '<=':
            return c <= 0;
        case '~>': {
            if (c < 0)
                return false;
            // ~> 1.9 allows 1.x from 1.9; ~> 1.9.3 allows 1.9.x from 1.9.3; ~> 1 allows 1.x.
            if (clause.parts <= 2)
                return v.major === clause.version.major;
            return v.major === clause.version.major && v.minor === clause.version.minor;
        }
    }
}
/**
 * True when every clause allows the version. Pre-releases are allowed only when a clause
 * names that exact pre-release (as Terraform and OpenTofu do).
 */
function satisfies(v, clauses) {
    if (v.prerelease && !clauses.some((c) => c.op === '=' && compareVersions(c.version, v) === 0)) {
        return false;
    }
    return clauses.every((c) => clauseAllows(c, v));
}
/**
 * Reads what a person wrote for a version: `latest`, an exact version, a partial one (`1.9`,
 * `1.9.x`: the newest 1.9 patch), or a constraint. Undefined when it is none of these.
 */
function parseVersionRequest(text) {
    const value = text.trim();
    if (/^latest$/i.test(value))
        return { kind: 'latest' };
    const exact = parseVersion(value);
    if (exact)
        return { kind: 'exact', version: formatVersion(exact) };
    const partial = /^v?(\d+)(?:\.(\d+))?(?:\.[xX*])?$/.exec(value);
    if (partial && (partial[2] !== undefined || /\.[xX*]$/.test(value))) {
        const major = Number(partial[1]);
        const minor = partial[2] === undefined ? undefined : Number(partial[2]);
        const text = minor === undefined ? `~> ${major}.0` : `~> ${major}.${minor}.0`;
        return { kind: 'constraint', text, clauses: parseConstraint(text) };
    }
    const clauses = parseConstraint(value);
    if (clauses)
        return { kind: 'constraint', text: value, clauses };
    return undefined;
}
/**
 * A `required_version` value (the constraint language only; a bare version means exactly it).
 */
function parseRequiredVersion(text) {
    const clauses = parseConstraint(text);
    if (!clauses)
        return undefined;
    const only = clauses[0];
    if (clauses.length === 1 && only && only.op === '=' && only.parts === 3) {
        return { kind: 'exact', version: formatVersion(only.version) };
    }
    return { kind: 'constraint', text: text.trim(), clauses };
}
/** The newest version the request allows among `available`, or undefined. */
function pickVersion(request, available) {
    let best;
    for (const text of available) {
        const v = parseVersion(text);
        if (!v)
            continue;
        const ok = request.kind === 'latest'
            ? !v.prerelease
            : request.kind === 'exact'
                ? formatVersion(v) === request.version
                : satisfies(v, request.clauses);
        if (ok && (!best || compareVersions(v, best) > 0))
            best = v;
    }
    return best && formatVersion(best);
}


/***/ }),

/***/ 7287:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Es: () => (/* binding */ earlyVarFileArgs),
/* harmony export */   Gt: () => (/* binding */ initArgs),
/* harmony export */   runPlan: () => (/* binding */ runPlan)
/* harmony export */ });
/* unused harmony export planArgs */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _util_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4763);
/* harmony import */ var _install_path_version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3613);
/* harmony import */ var _install_version_spec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6531);
/* harmony import */ var _run_tofu_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4397);





async function step(settings, host, title, args, stream, journal, stdoutFile) {
    const start = (onSpawn) => (0,_run_tofu_js__WEBPACK_IMPORTED_MODULE_3__/* .runTofu */ .g)({
        binary: settings.binary,
        args,
        cwd: settings.workingDirectory,
        host,
        stream,
        onSpawn,
        stdoutFile,
    });
    return host.group(title, () => (journal ? journal.run(args, start) : start()));
}
function initArgs(settings, options) {
    const args = ['init', '-input=false'];
    if (!options.backend)
        args.push('-backend=false');
    else
        args.push(...settings.backendConfig.map((c) => `-backend-config=${c}`));
    args.push(...(options.varFileArgs ?? []));
    return args;
}
/**
 * `-var-file` for `init` and `validate`. OpenTofu 1.8 evaluates variables there (module
 * sources, backend settings) and takes -var-file on both; older tofu rejects the flag. So
 * with var-files, tofu is asked its version: before 1.8, none (and the log says why); 1.8 or
 * later, or a tofu that does not say, all of them.
 */
async function earlyVarFileArgs(settings, host) {
    if (settings.varFiles.length === 0)
        return [];
    const version = await (0,_install_path_version_js__WEBPACK_IMPORTED_MODULE_2__/* .reportedVersion */ .S5)(settings.binary, host, settings.workingDirectory);
    const parsed = version === undefined ? undefined : (0,_install_version_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .parseVersion */ .ot)(version);
    if (parsed && parsed.major === 1 && parsed.minor < 8) {
        host.info(`OpenTofu ${version} takes var-files on plan only (init and validate take them from 1.8): init and validate run without them.`);
        return [];
    }
    return settings.varFiles.map((f) => `-var-file=${f}`);
}
function planArgs(settings, files, extra, lockTimeoutMs) {
    return [
        'plan',
        '-input=false',
        `-out=${files.planFile}`,
        '-detailed-exitcode',
        `-lock-timeout=${(0,_util_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .toGoDuration */ .Im)(lockTimeoutMs)}`,
        ...settings.varFiles.map((f) => `-var-file=${f}`),
        ...extra,
    ];
}
/** init → plan -out → show -json → show (text). Stops at the first failing step. */
async function runPlan(settings, host, files, extraArgs, lockTimeoutMs, 
/** Records the plan run for the post step of `apply`. */
journal) {
    const env = settings.environment;
    const failed = (failedStep, run) => ({
        outcome: 'failed',
        failedStep,
        stderr: run.stderr || run.stdout,
        cancelled: run.cancelled,
    });
    const varFileArgs = await earlyVarFileArgs(settings, host);
    const initArgv = initArgs(settings, { backend: true, varFileArgs });
    const init = await step(settings, host, `tofu init (${env})`, initArgv, true);
    if (init.exitCode !== 0 || init.cancelled)
        return failed('init', init);
    const planArgv = planArgs(settings, files, extraArgs, lockTimeoutMs);
    const plan = await step(settings, host, `tofu plan (${env})`, planArgv, true, journal);
    const kind = (0,_run_tofu_js__WEBPACK_IMPORTED_MODULE_3__/* .detailedExitCode */ .O)(plan.exitCode);
    if (kind === 'error' || plan.cancelled)
        return failed('plan', plan);
    // Not in the log (the plan already is) nor in memory: the JSON can be very large.
    const showJson = ['show', '-json', files.planFile];
    const json = await step(settings, host, `tofu show -json (${env})`, showJson, false, undefined, files.planJsonFile);
    if (json.exitCode !== 0) {
        // What a failed show wrote is no plan: nothing may read it as one.
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(files.planJsonFile, { force: true });
        return failed('show', json);
    }
    const showText = ['show', '-no-color', files.planFile];
    const text = await step(settings, host, `tofu show (${env})`, showText, false);
    if (text.exitCode !== 0)
        return failed('show', text);
    return {
        outcome: kind,
        stderr: plan.stderr,
        planText: text.stdout,
        cancelled: false,
    };
}


/***/ }),

/***/ 4397:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ detailedExitCode),
  g: () => (/* binding */ runTofu)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build/util/errors.js
var errors = __webpack_require__(1096);
// EXTERNAL MODULE: ./.build/util/child-env.js
var child_env = __webpack_require__(6907);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./.build/tofu/growing-file.js


/**
 * A child process's output written to a file and read back as it grows. Unlike a pipe, a file
 * does not kill its writer when this process dies (a write to a pipe nobody reads ends a Go
 * program with SIGPIPE): tofu can still finish its apply and write state.
 */
class GrowingFile {
    path;
    onText;
    /** For the child's stdio; close this process's copy once the child has it. */
    writeFd;
    readFd;
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    buffer = Buffer.allocUnsafe(65_536);
    constructor(path, onText) {
        this.path = path;
        this.onText = onText;
        this.writeFd = (0,external_node_fs_.openSync)(path, 'w', 0o600);
        this.readFd = (0,external_node_fs_.openSync)(path, 'r');
    }
    closeWriter() {
        (0,external_node_fs_.closeSync)(this.writeFd);
    }
    /** Hands on everything written since the last call. */
    drain() {
        for (;;) {
            const read = (0,external_node_fs_.readSync)(this.readFd, this.buffer, 0, this.buffer.length, null);
            if (read === 0)
                return;
            const text = this.decoder.write(this.buffer.subarray(0, read));
            if (text)
                this.onText(text);
        }
    }
    /** Once the writer is gone: the rest, then the file is removed. */
    finish() {
        this.drain();
        const rest = this.decoder.end();
        if (rest)
            this.onText(rest);
        (0,external_node_fs_.closeSync)(this.readFd);
        (0,external_node_fs_.rmSync)(this.path, { force: true });
    }
}

;// CONCATENATED MODULE: ./.build/tofu/run-tofu.js






const INSTALL_HINT = 'install OpenTofu (https://opentofu.org/docs/intro/install/), e.g. with opentofu/setup-opentofu, set the input tofu-version to let this action install it, or point tofu-binary at the executable';
let outputFiles = 0;
/**
 * Runs tofu with an argument array (never a shell). Output is streamed into the log and
 * captured. When the job is cancelled, tofu gets one SIGINT (like a terminal's Ctrl-C) and we
 * wait for it to finish writing state and release its lock; a second SIGINT would make tofu
 * stop at once, so further cancels are not passed on. tofu runs in its own process group, so a
 * terminal's Ctrl-C reaches it only through this process.
 */
function runTofu(options) {
    const { binary, args, cwd, host, stream = true, captureStdout = true } = options;
    return new Promise((resolve, reject) => {
        const out = [];
        const err = [];
        const onOut = (chunk) => {
            if (captureStdout)
                out.push(chunk);
            if (options.onStdout)
                options.onStdout(chunk);
            else if (stream)
                host.write(chunk);
        };
        const onErr = (chunk) => {
            err.push(chunk);
            if (options.onStderr)
                options.onStderr(chunk);
            else if (stream)
                host.write(chunk);
        };
        const stdoutFd = options.stdoutFile === undefined ? undefined : (0,external_node_fs_.openSync)(options.stdoutFile, 'w');
        const files = options.outputDir
            ? ['stdout', 'stderr'].map((name) => new GrowingFile((0,external_node_path_.join)(options.outputDir, `tofu-${process.pid}-${++outputFiles}.${name}`), name === 'stdout' ? onOut : onErr))
            : undefined;
        let child;
        try {
            child = (0,external_node_child_process_.spawn)(binary, [...args], {
                cwd,
                env: { ...(0,child_env/* childEnv */.g)(host.env), ...options.env, TF_IN_AUTOMATION: '1' },
                stdio: ['pipe', stdoutFd ?? files?.[0]?.writeFd ?? 'pipe', files?.[1]?.writeFd ?? 'pipe'],
                detached: true,
            });
        }
        catch (error) {
            // Refused before anything started (an argument Node cannot pass): nothing stays open.
            for (const file of files ?? []) {
                file.closeWriter();
                file.finish();
            }
            throw error;
        }
        finally {
            if (stdoutFd !== undefined)
                (0,external_node_fs_.closeSync)(stdoutFd);
        }
        for (const file of files ?? [])
            file.closeWriter();
        const tail = files && setInterval(() => files.forEach((f) => f.drain()), 100);
        let filesOpen = !!files;
        const finishFiles = () => {
            if (!filesOpen)
                return;
            filesOpen = false;
            clearInterval(tail);
            for (const file of files ?? [])
                file.finish();
        };
        if (child.pid !== undefined)
            options.onSpawn?.(child.pid);
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
        child.stdout?.setEncoding('utf8').on('data', onOut);
        child.stderr?.setEncoding('utf8').on('data', onErr);
        child.stdin?.on('error', () => undefined);
        child.stdin?.end(options.stdin ?? '');
        child.on('error', (error) => {
            for (const s of signals)
                s.removeEventListener('abort', onCancel);
            finishFiles();
            if (error.code === 'ENOENT') {
                reject(new errors/* ConfigurationError */.j1(`Input 'tofu-binary' is ${JSON.stringify(binary)}, which was not found: ${INSTALL_HINT}.`));
            }
            else if (error.code === 'EACCES') {
                reject(new errors/* ConfigurationError */.j1(`Input 'tofu-binary' is ${JSON.stringify(binary)}, which is not executable: ${INSTALL_HINT}.`));
            }
            else
                reject(error);
        });
        child.on('close', (code, signal) => {
            for (const s of signals)
                s.removeEventListener('abort', onCancel);
            finishFiles();
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

/***/ 6907:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ childEnv)
/* harmony export */ });
/**
 * The environment tofu and container tools run with: the job's, without what only this action
 * needs. INPUT_* holds the action's inputs (github-token among them) and ACTIONS_RUNTIME_TOKEN
 * opens the job's cache and artifacts; tofu hands its environment on to providers,
 * `local-exec` and `external` programs, which on a pull request come from the pull request.
 * ACTIONS_ID_TOKEN_REQUEST_* stays: providers can use the job's OIDC token on purpose.
 */
function childEnv(env) {
    const out = {};
    for (const [name, value] of Object.entries(env)) {
        if (name.startsWith('INPUT_') || name === 'ACTIONS_RUNTIME_TOKEN')
            continue;
        out[name] = value;
    }
    return out;
}


/***/ })

};
