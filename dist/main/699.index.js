export const id = 699;
export const ids = [699];
export const modules = {

/***/ 2699:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runApply: () => (/* binding */ runApply)
});

// UNUSED EXPORTS: applyArgs

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build/util/duration.js
var duration = __webpack_require__(4763);
;// CONCATENATED MODULE: ./.build/tofu/apply-stream.js
/**
 * The `tofu apply -json` event stream: one JSON object per line (apply_start, apply_progress,
 * apply_complete, apply_errored, diagnostic, change_summary, outputs, ...). ApplyStream turns
 * each event into a readable log line as it arrives and keeps what the summary needs: every
 * resource with its action, outcome and duration, the diagnostics, the counts and the outputs.
 */
/** One parsed line; undefined for anything that is not a tofu JSON event. */
function parseEventLine(line) {
    const text = line.trim();
    if (!text.startsWith('{'))
        return undefined;
    try {
        const value = JSON.parse(text);
        return value && typeof value === 'object' && !Array.isArray(value)
            ? value
            : undefined;
    }
    catch {
        return undefined;
    }
}
/** A whole stream, as tofu writes it (JSON lines) or as a recorded JSON array. */
function readApplyEvents(text) {
    const trimmed = text.trim();
    if (trimmed.startsWith('[')) {
        const parsed = JSON.parse(trimmed);
        if (Array.isArray(parsed))
            return parsed;
    }
    return trimmed
        .split(/\r?\n/)
        .map(parseEventLine)
        .filter((e) => !!e);
}
const MARK = {
    apply_start: '→',
    apply_progress: '…',
    apply_complete: '✓',
    apply_errored: '✗',
    provision_start: '→',
    provision_progress: '…',
    provision_complete: '✓',
    provision_errored: '✗',
};
class ApplyStream {
    resources = new Map();
    diagnostics = [];
    otherLines = [];
    counts;
    outputs;
    earlierSeconds = new Map();
    buffer = '';
    /** Feeds a chunk of stdout; returns the log lines for the complete lines in it. */
    push(chunk) {
        this.buffer += chunk;
        const lines = this.buffer.split(/\r?\n/);
        this.buffer = lines.pop() ?? '';
        return lines.flatMap((l) => this.line(l));
    }
    /** The rest of the buffer once the process has ended. */
    end() {
        const rest = this.buffer;
        this.buffer = '';
        return rest ? this.line(rest) : [];
    }
    line(line) {
        if (!line.trim())
            return [];
        const event = parseEventLine(line);
        if (!event) {
            this.otherLines.push(line);
            return [line];
        }
        const text = this.handle(event);
        return text === undefined ? [] : [text];
    }
    /** Records an event; returns its log line, or undefined for events not worth a line. */
    handle(event) {
        const message = event['@message'] ?? '';
        switch (event.type) {
            case 'version':
            case 'planned_change':
                return undefined;
            case 'apply_start':
            case 'apply_progress':
            case 'apply_complete':
            case 'apply_errored': {
                const address = event.hook?.resource?.addr;
                if (address)
                    this.track(address, event);
                return `${MARK[event.type]} ${message}`;
            }
            case 'provision_start':
            case 'provision_progress':
            case 'provision_complete':
            case 'provision_errored':
                return `  ${MARK[event.type]} ${message}`;
            case 'diagnostic': {
                if (event.diagnostic)
                    this.diagnostics.push(event.diagnostic);
                const d = event.diagnostic;
                if (!d)
                    return message;
                const where = d.address
                    ? ` (${d.address})`
                    : d.range
                        ? ` (${d.range.filename} line ${d.range.start.line})`
                        : '';
                const detail = (d.detail ?? '').trim();
                const head = `${d.severity === 'error' ? 'Error' : 'Warning'}: ${d.summary}${where}`;
                return detail ? `${head}\n${detail.replace(/^/gm, '  ')}` : head;
            }
            case 'change_summary': {
                const c = event.changes ?? {};
                this.counts = {
                    add: c.add ?? 0,
                    change: c.change ?? 0,
                    destroy: c.remove ?? 0,
                    import: c.import ?? 0,
                    forget: c.forget ?? 0,
                };
                return message;
            }
            case 'outputs': {
                this.outputs = event.outputs ?? {};
                const names = Object.keys(this.outputs);
                return names.length ? `Outputs: ${names.join(', ')}` : undefined;
            }
            default:
                return message || undefined;
        }
    }
    track(address, event) {
        const hook = event.hook ?? {};
        let entry = this.resources.get(address);
        if (!entry) {
            entry = { address, action: hook.action ?? 'apply', outcome: 'running' };
            this.resources.set(address, entry);
        }
        else if (event.type === 'apply_start' && entry.outcome === 'complete') {
            // The second half of a replacement (delete then create, or the other way round).
            if (hook.action && hook.action !== entry.action)
                entry.action = 'replace';
            this.earlierSeconds.set(address, entry.elapsedSeconds ?? 0);
            entry.outcome = 'running';
        }
        if (hook.id_value)
            entry.id = hook.id_value;
        if (typeof hook.elapsed_seconds === 'number') {
            entry.elapsedSeconds = (this.earlierSeconds.get(address) ?? 0) + hook.elapsed_seconds;
        }
        if (event.type === 'apply_complete')
            entry.outcome = 'complete';
        if (event.type === 'apply_errored')
            entry.outcome = 'errored';
    }
    result() {
        return {
            resources: [...this.resources.values()],
            diagnostics: [...this.diagnostics],
            counts: this.counts,
            outputs: this.outputs,
            otherLines: [...this.otherLines],
        };
    }
}
/** The whole text of a diagnostic, as tofu would print it (for the lock-error parser). */
function diagnosticText(d) {
    return `Error: ${d.summary}\n\n${d.detail ?? ''}`;
}

// EXTERNAL MODULE: ./.build/tofu/lock-error.js
var lock_error = __webpack_require__(2707);
;// CONCATENATED MODULE: ./.build/tofu/redacted-lines.js
/**
 * Text that arrives in chunks (a child's output), handed on line by line with `redact`
 * applied: the unfinished line at the end of a chunk waits for the rest, so that a value split
 * across two chunks is still found. `end` hands on what is left once the child has ended.
 */
function redactedLines(write, redact) {
    let pending = '';
    return {
        push(chunk) {
            const text = pending + chunk;
            const end = text.lastIndexOf('\n') + 1;
            pending = text.slice(end);
            if (end > 0)
                write(redact(text.slice(0, end)));
        },
        end() {
            if (pending)
                write(redact(pending));
            pending = '';
        },
    };
}

// EXTERNAL MODULE: ./.build/tofu/run-tofu.js + 1 modules
var run_tofu = __webpack_require__(4397);
;// CONCATENATED MODULE: ./.build/tofu/apply-run.js








const ACQUIRING = /Acquiring state lock/;
function applyArgs(planFile, lockTimeoutMs) {
    return [
        'apply',
        '-json',
        '-input=false',
        `-lock-timeout=${(0,duration/* toGoDuration */.Im)(lockTimeoutMs)}`,
        planFile,
    ];
}
async function runApply(options) {
    const { host, clock, redact } = options;
    const stderr = redactedLines((text) => host.write(text), redact);
    const stream = new ApplyStream();
    const started = clock.now();
    let waitingSince;
    let lockWaitMs = 0;
    const print = (lines) => {
        for (const line of lines) {
            if (ACQUIRING.test(line)) {
                waitingSince ??= started;
            }
            else if (waitingSince !== undefined) {
                lockWaitMs += clock.now() - waitingSince;
                waitingSince = undefined;
            }
            host.info(redact(line));
        }
    };
    const args = applyArgs(options.planFile, options.lockTimeoutMs);
    // Output goes through files, not pipes: if the runner kills this process while tofu is
    // still stopping, tofu is not killed with it and can write state (see GrowingFile).
    const temp = host.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    (0,external_node_fs_.mkdirSync)(temp, { recursive: true });
    const outputDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(temp, 'tofu-apply-'));
    const start = (onSpawn) => (0,run_tofu/* runTofu */.g)({
        binary: options.binary,
        args,
        cwd: options.cwd,
        host,
        captureStdout: false,
        // stdout is the JSON event stream, printed as readable lines; stderr goes to the log.
        onStdout: (chunk) => print(stream.push(chunk)),
        onStderr: (chunk) => stderr.push(chunk),
        outputDir,
        onSpawn,
    });
    const result = await options.journal.run(args, start).finally(() => {
        stderr.end();
        (0,external_node_fs_.rmSync)(outputDir, { recursive: true, force: true });
    });
    print(stream.end());
    const ended = clock.now();
    const events = stream.result();
    const lockDiagnostic = events.diagnostics.find((d) => d.summary === 'Error acquiring the state lock');
    const lockErrorText = lockDiagnostic
        ? diagnosticText(lockDiagnostic)
        : (0,lock_error/* isStateLockError */.tY)(result.stderr)
            ? result.stderr
            : undefined;
    if (waitingSince !== undefined)
        lockWaitMs += ended - waitingSince;
    else if (lockErrorText && lockWaitMs === 0)
        lockWaitMs = ended - started;
    return {
        ...events,
        exitCode: result.exitCode,
        cancelled: result.cancelled,
        stderr: result.stderr,
        durationMs: ended - started,
        lockWaitMs,
        lockErrorText,
    };
}


/***/ })

};
