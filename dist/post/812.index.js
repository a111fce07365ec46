export const id = 812;
export const ids = [812];
export const modules = {

/***/ 3812:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PlanJsonSyntaxError: () => (/* binding */ PlanJsonSyntaxError),
/* harmony export */   ReadPlanWhole: () => (/* binding */ ReadPlanWhole),
/* harmony export */   streamPlanFile: () => (/* binding */ streamPlanFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);

/**
 * Reads the JSON of `tofu show -json` from a file without holding it, as text or as objects:
 * the file is read in pieces into one buffer, the plan's growing parts (plan-parts.ts) are
 * parsed one element at a time and handed to the visitor (so they die young), and everything
 * else is parsed and kept in the head, which is returned. Parts no reader uses (the
 * configuration's expressions, `relevant_attributes`, `checks`) are parsed and dropped.
 *
 * Every byte still goes through JSON.parse or through the strict checks here (property names,
 * colons, commas, brackets, nothing after the plan), so a file is accepted exactly when
 * JSON.parse accepts its text. One thing JSON.parse would hide is refused instead: a key that
 * occurs twice where parts are read (JSON.parse keeps the last one): ReadPlanWhole. The scanner looks only for ASCII bytes, which never occur inside a UTF-8
 * sequence, and decodes only whole values.
 */
class PlanJsonSyntaxError extends Error {
}
/**
 * Thrown where reading in parts would not give what JSON.parse gives, or could not go on: a
 * key repeated where parts are read (JSON.parse keeps the last one), or child modules nested
 * deeper than any configuration has them (each level takes this reader several stack frames).
 * The caller parses the plan whole instead.
 */
class ReadPlanWhole extends Error {
}
/** Child modules nested deeper than this are read whole (real configurations nest a few). */
const MAX_MODULE_DEPTH = 100;
const SIZES = { chunk: 1 << 20, batch: 64 * 1024, guessWindow: 64 * 1024 };
/** The head of the plan in `path`: every kept value, with the streamed lists as empty lists. */
function streamPlanFile(path, visitor, sizes = SIZES, counts = { guessedBatches: 0, refusedGuesses: 0, scannedBatches: 0 }) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    try {
        const store = Buffer.allocUnsafe(2 * sizes.chunk);
        return new PlanJsonReader(visitor, sizes, counts, fd, store, 0).read();
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
const MODULE = {
    rules: { resources: { stream: 'moduleResource' }, child_modules: 'modules' },
    other: 'keep',
};
const VALUES = { rules: { root_module: { descend: MODULE } }, other: 'keep' };
/** Of the configuration, only the root module's output and variable declarations are read. */
const CONFIGURATION = {
    rules: {
        root_module: { descend: { rules: { outputs: 'keep', variables: 'keep' }, other: 'drop' } },
    },
    other: 'drop',
};
const PLAN = {
    rules: {
        resource_changes: { stream: 'resourceChange' },
        resource_drift: { stream: 'drift' },
        planned_values: { descend: VALUES },
        prior_state: { descend: { rules: { values: { descend: VALUES } }, other: 'keep' } },
        configuration: { descend: CONFIGURATION },
        relevant_attributes: 'drop',
        checks: 'drop',
    },
    other: 'keep',
};
/**
 * How `tofu show -json` writes the boundary between two resource changes (or two module
 * resources): its compact output has no spaces and starts each with its address. Where the
 * bytes after a batch's worth of elements hold this, JSON.parse is asked to parse up to it as
 * a list; if it can, the guess was right (a boundary inside an element would leave a bracket
 * open, and a list of complete values is what the exact scan would have found), and the
 * elements are not scanned byte by byte. If it cannot, the elements are scanned.
 */
const ELEMENT_BOUNDARY = Buffer.from('},{"address":"');
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
/** What `byte` gives past the end of the file. */
const END = -1;
/**
 * Positions are indexes into `bytes`, the part of the file in memory. Only `elements` drops
 * the bytes before its position (between elements), and every method uses only positions
 * handed back by the methods it called, so no position outlives a drop.
 */
class PlanJsonReader {
    visitor;
    sizes;
    counts;
    fd;
    store;
    /** The bytes in memory: a view of `store` from its start. */
    bytes;
    /** Where in the file `bytes` starts (for error messages). */
    base = 0;
    /** How many `child_modules` lists the read is inside. */
    moduleDepth = 0;
    constructor(visitor, sizes, counts, fd, store, length) {
        this.visitor = visitor;
        this.sizes = sizes;
        this.counts = counts;
        this.fd = fd;
        this.store = store;
        this.bytes = store.subarray(0, length);
    }
    read() {
        const start = this.space(0);
        if (this.byte(start) !== OPEN_OBJECT) {
            // Not an object (so not a plan): parsed whole, for JSON.parse's own verdict.
            return this.parse(start, this.endOfFile());
        }
        const head = {};
        const end = this.space(this.object(start, PLAN, head));
        if (this.byte(end) !== END) {
            throw this.syntax('Unexpected non-whitespace character after JSON', end);
        }
        return head;
    }
    /** Reads the object at `at` by `shape` into `into`; returns the position after it. */
    object(at, shape, into) {
        let i = this.space(at + 1);
        if (this.byte(i) === CLOSE_OBJECT)
            return i + 1;
        let seen;
        for (;;) {
            if (this.byte(i) !== QUOTE)
                throw this.syntax('Expected a property name', i);
            const keyEnd = this.stringEnd(i);
            const key = this.key(i, keyEnd);
            i = this.space(keyEnd);
            if (this.byte(i) !== COLON)
                throw this.syntax("Expected ':' after a property name", i);
            i = this.space(i + 1);
            const rule = Object.hasOwn(shape.rules, key) ? shape.rules[key] : shape.other;
            if (typeof rule === 'object' || rule === 'modules') {
                seen ??= new Set();
                if (seen.has(key))
                    throw new ReadPlanWhole(`the plan repeats "${key}"`);
                seen.add(key);
            }
            i = this.space(this.value(i, rule, key, into));
            const c = this.byte(i);
            if (c === COMMA) {
                i = this.space(i + 1);
                continue;
            }
            if (c === CLOSE_OBJECT)
                return i + 1;
            throw this.syntax("Expected ',' or '}' after a property value", i);
        }
    }
    value(at, rule, key, into) {
        const c = this.byte(at);
        if (typeof rule === 'object' && 'stream' in rule && c === OPEN_ARRAY) {
            const visitor = this.visitor;
            const method = rule.stream;
            const end = this.elements(at, (element) => visitor[method](element));
            if (into)
                set(into, key, []);
            return end;
        }
        if (typeof rule === 'object' && 'descend' in rule && c === OPEN_OBJECT) {
            const inner = into ? {} : undefined;
            const end = this.object(at, rule.descend, inner);
            if (into)
                set(into, key, inner);
            return end;
        }
        if (rule === 'modules' && c === OPEN_ARRAY) {
            // Each child module is read in place like the root module; its head is not needed.
            if (++this.moduleDepth > MAX_MODULE_DEPTH) {
                throw new ReadPlanWhole(`child modules nest deeper than ${MAX_MODULE_DEPTH} levels`);
            }
            const end = this.elements(at, undefined, (start) => this.byte(start) === OPEN_OBJECT ? this.object(start, MODULE, undefined) : undefined);
            this.moduleDepth--;
            if (into)
                set(into, key, []);
            return end;
        }
        const end = this.valueEnd(at);
        const parsed = this.parse(at, end);
        if (into && rule !== 'drop')
            set(into, key, parsed);
        return end;
    }
    /**
     * The elements of the array at `at`, parsed a batch at a time and handed to `each`, or read
     * in place by `inPlace` (which returns the position after the element, or undefined to
     * parse it).
     */
    elements(at, each, inPlace) {
        let i = this.space(at + 1);
        if (this.byte(i) === CLOSE_ARRAY)
            return i + 1;
        // Elements found but not parsed yet: from batchStart (or none) to batchEnd.
        let batchStart = -1;
        let batchEnd = 0;
        for (;;) {
            let end;
            if (inPlace !== undefined) {
                if (batchStart >= 0)
                    this.parseBatch(batchStart, batchEnd, each);
                batchStart = -1;
                end = inPlace(i);
            }
            else if (batchStart < 0)
                end = this.guessedBatch(i, each);
            if (end === undefined) {
                end = this.valueEnd(i);
                if (batchStart < 0)
                    batchStart = i;
                batchEnd = end;
                if (batchEnd - batchStart >= this.sizes.batch) {
                    this.parseBatch(batchStart, batchEnd, each);
                    batchStart = -1;
                }
            }
            // Nothing before `end` is needed again once no batch is pending.
            if (batchStart < 0)
                end = this.drop(end);
            i = this.space(end);
            const c = this.byte(i);
            if (c === COMMA) {
                i = this.space(i + 1);
                continue;
            }
            if (c === CLOSE_ARRAY) {
                if (batchStart >= 0)
                    this.parseBatch(batchStart, batchEnd, each);
                return i + 1;
            }
            throw this.syntax("Expected ',' or ']' after an array element", i);
        }
    }
    /**
     * The elements from `start` (where one begins) to the first ELEMENT_BOUNDARY a batch's worth
     * of bytes on, parsed and handed to `each` when JSON.parse takes them as a list; the
     * position after them, or undefined when there is no such boundary or it was no boundary.
     */
    guessedBatch(start, each) {
        const from = start + this.sizes.batch;
        const to = from + this.sizes.guessWindow;
        while (this.bytes.length < to && this.more())
            ;
        if (this.bytes.length <= from)
            return undefined;
        const found = this.bytes.subarray(from, to).indexOf(ELEMENT_BOUNDARY);
        if (found < 0)
            return undefined;
        const end = from + found + 1;
        let list;
        try {
            list = JSON.parse(`[${this.bytes.toString('utf8', start, end)}]`);
        }
        catch {
            this.counts.refusedGuesses++;
            return undefined;
        }
        this.counts.guessedBatches++;
        if (each !== undefined)
            for (let i = 0; i < list.length; i++)
                each(list[i]);
        return end;
    }
    /**
     * Parses the elements from `start` to `end` (found by valueEnd, separated by commas already
     * checked) in one JSON.parse, and hands them to `each`.
     */
    parseBatch(start, end, each) {
        this.counts.scannedBatches++;
        let list;
        try {
            list = JSON.parse(`[${this.bytes.toString('utf8', start, end)}]`);
        }
        catch {
            // Parsed again one by one, for the error of the element at fault and its position.
            for (let i = start; i < end; i = this.space(this.space(i) + 1)) {
                const elementEnd = this.valueEnd(i);
                this.parse(i, elementEnd);
                i = elementEnd;
            }
            throw new Error('a batch of plan elements failed to parse, but none of them alone');
        }
        if (each !== undefined)
            for (let i = 0; i < list.length; i++)
                each(list[i]);
    }
    /** The position after the JSON value at `at` (checked only as far as finding its end). */
    valueEnd(at) {
        const c = this.byte(at);
        if (c === QUOTE)
            return this.stringEnd(at);
        if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
            let bytes = this.bytes;
            let depth = 0;
            let inString = false;
            for (let i = at;; i++) {
                while (i >= bytes.length) {
                    if (!this.more())
                        throw this.syntax('Unterminated object or array', at);
                    bytes = this.bytes;
                }
                const d = bytes[i];
                if (inString) {
                    if (d === QUOTE)
                        inString = false;
                    // The escaped byte is skipped (it may be a quote or a backslash).
                    else if (d === BACKSLASH)
                        i++;
                }
                else if (d === QUOTE)
                    inString = true;
                else if (d === OPEN_OBJECT || d === OPEN_ARRAY)
                    depth++;
                else if ((d === CLOSE_OBJECT || d === CLOSE_ARRAY) && --depth === 0)
                    return i + 1;
            }
        }
        // A number, true, false or null: up to the next delimiter, for JSON.parse to check.
        let i = at;
        for (;;) {
            const d = this.byte(i);
            if (d === END || d === COMMA || d === CLOSE_OBJECT || d === CLOSE_ARRAY || isSpace(d))
                break;
            i++;
        }
        if (i === at) {
            throw this.syntax(c === END ? 'Unexpected end of JSON input' : 'Unexpected token', at);
        }
        return i;
    }
    /** The position after the string whose opening quote is at `at`. */
    stringEnd(at) {
        let bytes = this.bytes;
        for (let i = at + 1;; i++) {
            while (i >= bytes.length) {
                if (!this.more())
                    throw this.syntax('Unterminated string', at);
                bytes = this.bytes;
            }
            const d = bytes[i];
            if (d === QUOTE)
                return i + 1;
            if (d === BACKSLASH)
                i++;
        }
    }
    key(start, end) {
        const raw = this.bytes.toString('utf8', start + 1, end - 1);
        return NEEDS_PARSING.test(raw) ? this.parse(start, end) : raw;
    }
    parse(start, end) {
        try {
            return JSON.parse(this.bytes.toString('utf8', start, end));
        }
        catch (error) {
            // JSON.parse's position is within the value parsed, not the file: only the value's is said.
            const message = (error.message.split(/[\r\n]/)[0] ?? '').replace(/ in JSON at position \d+(?: \(line \d+ column \d+\))?/, '');
            throw new PlanJsonSyntaxError(`${message} (in the value at byte ${this.base + start})`);
        }
    }
    space(at) {
        let i = at;
        while (isSpace(this.byte(i)))
            i++;
        return i;
    }
    /** The byte at `at`, reading on as needed; END past the end of the file. */
    byte(at) {
        while (at >= this.bytes.length)
            if (!this.more())
                return END;
        return this.bytes[at];
    }
    /** Reads the rest of the file; its position. */
    endOfFile() {
        while (this.more())
            ;
        return this.bytes.length;
    }
    /** Reads the next piece of the file after `bytes`; false at its end. */
    more() {
        const chunk = this.sizes.chunk;
        const length = this.bytes.length;
        if (this.store.length - length < chunk) {
            const larger = Buffer.allocUnsafe(Math.max(this.store.length * 2, length + chunk));
            this.store.copy(larger, 0, 0, length);
            this.store = larger;
        }
        const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(this.fd, this.store, length, chunk, null);
        if (read === 0)
            return false;
        this.bytes = this.store.subarray(0, length + read);
        return true;
    }
    /**
     * Drops the bytes before `at` once they fill a piece (they are never read again); the
     * position `at` then has in the bytes kept.
     */
    drop(at) {
        if (at < this.sizes.chunk)
            return at;
        const kept = this.bytes.length - at;
        this.store.copy(this.store, 0, at, this.bytes.length);
        this.bytes = this.store.subarray(0, kept);
        this.base += at;
        return 0;
    }
    syntax(message, at) {
        return new PlanJsonSyntaxError(`${message} at byte ${this.base + at}`);
    }
}
/** A key with escapes or raw control characters: JSON.parse decodes (or refuses) it. */
// eslint-disable-next-line no-control-regex
const NEEDS_PARSING = /[\\\u0000-\u001f]/;
function isSpace(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
/** As JSON.parse sets it: an own data property, `__proto__` included. */
function set(into, key, value) {
    if (key === '__proto__') {
        Object.defineProperty(into, key, {
            value,
            writable: true,
            enumerable: true,
            configurable: true,
        });
    }
    else
        into[key] = value;
}


/***/ })

};
