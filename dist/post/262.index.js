export const id = 262;
export const ids = [262];
export const modules = {

/***/ 5262:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

;// CONCATENATED MODULE: ./.build/render/fmt-summary.js
/** The step summary is capped by GitHub at 1 MiB per step; keep well under it. */
const MAX_DIFF_CHARS = 400_000;
/** Markdown for the step summary of `fmt`: what is (or was) unformatted, with the diff. */
function renderFmtSummary(options) {
    const { workingDirectory, files, fixed } = options;
    const where = `\`${workingDirectory}\``;
    if (files.length === 0) {
        return `### tofu fmt: ${where}\n\n✅ All OpenTofu files are formatted.\n`;
    }
    const count = `${files.length} file${files.length === 1 ? '' : 's'}`;
    const lines = [
        `### tofu fmt: ${where}`,
        '',
        fixed
            ? `🛠️ Rewrote ${count} to the canonical format:`
            : `❌ ${count} not formatted. Run \`tofu fmt -recursive\` (or set \`fix: true\`) to fix:`,
        '',
        ...files.map((f) => `- \`${f.path}\` (from line ${f.firstChangedLine})`),
        '',
    ];
    let diff = files
        .map((f) => f.diff)
        .filter(Boolean)
        .join('\n');
    if (diff) {
        let note = '';
        if (diff.length > MAX_DIFF_CHARS) {
            diff = diff.slice(0, diff.lastIndexOf('\n', MAX_DIFF_CHARS));
            note =
                '\n_The diff was cut to fit the step summary; run `tofu fmt -diff` to see all of it._\n';
        }
        lines.push('<details><summary>Diff</summary>', '', codeBlock(diff, 'diff'), '', '</details>', note);
    }
    return `${lines.join('\n')}\n`;
}
/** A fenced code block whose fence is longer than any backtick run inside the text. */
function codeBlock(text, language) {
    let longest = 0;
    for (const m of text.matchAll(/`+/g))
        longest = Math.max(longest, m[0].length);
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${language}\n${text.replace(/\n$/, '')}\n${fence}`;
}

// EXTERNAL MODULE: ./.build/tofu/config-files.js
var config_files = __webpack_require__(6919);
// EXTERNAL MODULE: ./.build/tofu/error-text.js
var error_text = __webpack_require__(513);
;// CONCATENATED MODULE: ./.build/tofu/fmt-diff.js
const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
const OLD_HEADER = /^--- old\/(.+?)(?:\t.*)?$/;
function parseFmtDiff(output) {
    const lines = output.replace(/\r\n/g, '\n').split('\n');
    const files = new Map();
    let current;
    const finish = () => {
        if (current)
            current.file.diff = current.lines.join('\n');
        current = undefined;
    };
    const fileFor = (path) => {
        let file = files.get(path);
        if (!file) {
            file = { path, firstChangedLine: 1, diff: '' };
            files.set(path, file);
        }
        return file;
    };
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const header = OLD_HEADER.exec(line);
        if (header && lines[i + 1]?.startsWith('+++ new/')) {
            finish();
            current = {
                file: fileFor(header[1]),
                lines: [line, lines[i + 1]],
                changeFound: false,
            };
            i++;
            continue;
        }
        const hunk = current && HUNK.exec(line);
        if (current && hunk) {
            current.lines.push(line);
            let oldLine = Number(hunk[1]);
            let oldLeft = hunk[2] === undefined ? 1 : Number(hunk[2]);
            let newLeft = hunk[4] === undefined ? 1 : Number(hunk[4]);
            while ((oldLeft > 0 || newLeft > 0) && i + 1 < lines.length) {
                const body = lines[++i];
                current.lines.push(body);
                const mark = body[0];
                if (mark === '\\')
                    continue; // "\ No newline at end of file"
                if (mark === '-' || mark === '+') {
                    if (!current.changeFound) {
                        current.file.firstChangedLine = Math.max(1, oldLine);
                        current.changeFound = true;
                    }
                }
                if (mark === '-') {
                    oldLine++;
                    oldLeft--;
                }
                else if (mark === '+') {
                    newLeft--;
                }
                else {
                    oldLine++;
                    oldLeft--;
                    newLeft--;
                }
            }
            // A trailing "\ No newline at end of file" belongs to the hunk as well.
            while (lines[i + 1]?.startsWith('\\'))
                current.lines.push(lines[++i]);
            continue;
        }
        const name = line.trim();
        if (!name)
            continue;
        // Anything else outside a hunk is the file list (-list, on by default).
        finish();
        fileFor(name);
    }
    finish();
    return [...files.values()];
}
/** The file names `tofu fmt` (writing) printed, one per line. */
function parseFmtList(output) {
    return parseFmtDiff(output).map((f) => f.path);
}

// EXTERNAL MODULE: ./.build/tofu/repo-path.js
var repo_path = __webpack_require__(7351);
// EXTERNAL MODULE: ./.build/tofu/run-tofu.js + 1 modules
var run_tofu = __webpack_require__(4397);
// EXTERNAL MODULE: ./.build/tofu/settings.js
var tofu_settings = __webpack_require__(874);
// EXTERNAL MODULE: ./.build/tofu/text-diagnostics.js
var text_diagnostics = __webpack_require__(1085);
// EXTERNAL MODULE: ./.build/util/errors.js
var errors = __webpack_require__(1096);
;// CONCATENATED MODULE: ./.build/commands/fmt.js









/**
 * `tofu fmt -check -diff -recursive`: one annotation per unformatted file at its first changed
 * line, the diff in the step summary. `fix: true` rewrites the files instead and lists them.
 */
async function run(ctx) {
    const { host, inputs } = ctx;
    const settings = (0,tofu_settings/* readTofuSettings */.U9)(inputs, host);
    const fix = inputs.bool('fix', false);
    const failOnUnformatted = inputs.bool('fail-on-unformatted', true);
    if (!(0,config_files/* hasFormattableFiles */.FD)(settings.workingDirectory)) {
        throw new errors/* ConfigurationError */.j1(`Input 'working-directory' is ${JSON.stringify(settings.workingDirectoryRelative)}: it holds no OpenTofu files (.tf, .tofu, .tfvars, .tftest.hcl) in it or below it, so there is nothing to format.`);
    }
    settings.binary = await (0,tofu_settings/* resolveTofuBinary */.Sl)(ctx, settings, { versionFromDirectoriesBelow: true });
    const args = fix ? ['fmt', '-recursive', '-diff'] : ['fmt', '-check', '-diff', '-recursive'];
    const result = await host.group(`tofu ${args.join(' ')}`, () => (0,run_tofu/* runTofu */.g)({ binary: settings.binary, args, cwd: settings.workingDirectory, host }));
    if (result.cancelled)
        throw new errors/* ConfigurationError */.j1('tofu fmt was cancelled.');
    const unformatted = !fix && result.exitCode === 3;
    if (result.exitCode !== 0 && !unformatted)
        failWithTofuWords(host, settings, result);
    const files = parseFmtDiff(result.stdout).map((f) => ({
        path: (0,repo_path/* repoPath */.q)(settings, f.path) ?? f.path,
        firstChangedLine: f.firstChangedLine,
        diff: f.diff,
    }));
    if (unformatted && files.length === 0) {
        // exit 3 always comes with the list; keep the verdict even if the output was lost.
        files.push({ path: settings.workingDirectoryRelative, firstChangedLine: 1, diff: '' });
    }
    for (const file of files) {
        const props = { title: 'tofu fmt', file: file.path, startLine: file.firstChangedLine };
        if (fix)
            host.notice(`Rewritten by tofu fmt (first change at line ${file.firstChangedLine}).`, props);
        else {
            const message = `Not formatted: tofu fmt changes this file from line ${file.firstChangedLine}. Run \`tofu fmt -recursive\` to fix it.`;
            if (failOnUnformatted)
                host.error(message, props);
            else
                host.warning(message, props);
        }
    }
    if (fix) {
        host.info(files.length
            ? `tofu fmt rewrote ${files.length} file(s):\n${files.map((f) => `  ${f.path}`).join('\n')}`
            : 'tofu fmt: every file was already formatted.');
    }
    host.setOutput('unformatted-files', JSON.stringify(files.map((f) => f.path)));
    host.setOutput('formatted', String(files.length === 0));
    await host.appendSummary(renderFmtSummary({ workingDirectory: settings.workingDirectoryRelative, files, fixed: fix }));
    if (!fix && files.length > 0 && failOnUnformatted) {
        const names = files.map((f) => f.path);
        const shown = names.slice(0, 10).join(', ') + (names.length > 10 ? `, and ${names.length - 10} more` : '');
        throw new errors/* ConfigurationError */.j1(`${names.length} file(s) not formatted: ${shown}. Run tofu fmt -recursive, set fix: true, or set fail-on-unformatted: false.`);
    }
}
/** tofu fmt itself failed (a syntax error, a missing diff program): annotate and show its words. */
function failWithTofuWords(host, settings, result) {
    const output = result.stderr.trim() ? result.stderr : result.stdout;
    for (const d of (0,text_diagnostics/* parseTextDiagnostics */.t4)(output)) {
        const file = d.file === undefined ? undefined : (0,repo_path/* repoPath */.q)(settings, d.file);
        if (!file)
            continue;
        const props = { title: `tofu fmt: ${d.summary}`, file, startLine: d.line };
        if (d.severity === 'error')
            host.error(d.detail || d.summary, props);
        else
            host.warning(d.detail || d.summary, props);
    }
    throw new errors/* ConfigurationError */.j1(`tofu fmt failed (exit ${result.exitCode}): ${(0,error_text/* tofuWords */.g)(output) || 'no output'}`);
}


/***/ }),

/***/ 6919:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ hasFormattableFiles),
/* harmony export */   jm: () => (/* binding */ fmtDirectories)
/* harmony export */ });
/* unused harmony export isIgnoredFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);


/** The extensions `tofu fmt` formats (OpenTofu's fmtSupportedExts). */
const FMT_EXTENSIONS = /\.(tf|tofu|tfvars|tftest\.hcl|tofutest\.hcl)$/;
/** How far below the working directory the walk goes (tofu has no limit; we want one). */
const MAX_DEPTH = 20;
/**
 * OpenTofu's configs.IsIgnoredFile: hidden files, editor backups (`main.tf~`) and emacs
 * autosaves (`#main.tf#`). `tofu fmt` skips such files and directories.
 */
function isIgnoredFile(name) {
    return name.startsWith('.') || name.endsWith('~') || (name.startsWith('#') && name.endsWith('#'));
}
/**
 * The directories `tofu fmt -recursive` visits from `dir`: `dir` first, then each directory
 * below it in path order, each listed once. Like tofu (os.ReadDir): ignored directories are
 * skipped and a symlink to a directory is not descended into. Lazy: a caller that stops early
 * reads no further.
 */
function* fmtDirectories(dir) {
    const pending = [{ path: dir, depth: 0 }];
    for (let next = pending.pop(); next; next = pending.pop()) {
        const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(next.path, { withFileTypes: true }).sort(byName);
        yield { path: next.path, entries };
        if (next.depth >= MAX_DEPTH)
            continue;
        const below = entries.filter((e) => e.isDirectory() && !isIgnoredFile(e.name));
        for (const entry of below.reverse()) {
            pending.push({ path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(next.path, entry.name), depth: next.depth + 1 });
        }
    }
}
/**
 * True when the directory or any directory below it holds a file `tofu fmt -recursive` would
 * format. Like tofu (os.ReadDir, then os.Open): a symlink to a file counts as that file, a
 * dangling symlink is no file.
 */
function hasFormattableFiles(dir) {
    for (const { path, entries } of fmtDirectories(dir)) {
        const formattable = (entry) => !isIgnoredFile(entry.name) && FMT_EXTENSIONS.test(entry.name) && isFile(path, entry);
        if (entries.some(formattable))
            return true;
    }
    return false;
}
function isFile(dir, entry) {
    if (entry.isFile())
        return true;
    if (!entry.isSymbolicLink())
        return false;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name)).isFile();
    }
    catch {
        return false; // dangling, a loop, or not ours to read
    }
}
function byName(a, b) {
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
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
