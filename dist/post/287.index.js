export const id = 287;
export const ids = [287];
export const modules = {

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


/***/ })

};
