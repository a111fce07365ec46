export const id = 296;
export const ids = [296];
export const modules = {

/***/ 4296:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  streamPlanFile: () => (/* binding */ streamPlanFile)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./.build/tofu/json-read-errors.js
var json_read_errors = __webpack_require__(3032);
;// CONCATENATED MODULE: ./.build/tofu/json-parts.js


const JSON_PARTS_SIZES = {
    chunk: 1 << 20,
    batch: 64 * 1024,
    guessWindow: 64 * 1024,
};
/**
 * `eachIn` lists nested deeper than this are left to JSON.parse (each level takes this reader
 * several stack frames): ReadWhole.
 */
const MAX_DEPTH = 100;
/** The head of the JSON in `path` read by `shape`; the handed-on elements went to `handlers`. */
function readJsonParts(path, shape, handlers, options = JSON_PARTS_SIZES, counts = { guessedBatches: 0, refusedGuesses: 0, scannedBatches: 0 }) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        return new JsonPartsReader(handlers, options, counts, fd).read(shape);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
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
class JsonPartsReader {
    handlers;
    options;
    counts;
    fd;
    store;
    /** The bytes in memory: a view of `store` from its start. */
    bytes;
    /** Where in the file `bytes` starts (for error messages). */
    base = 0;
    /** How many `eachIn` lists the read is inside. */
    depth = 0;
    constructor(handlers, options, counts, fd) {
        this.handlers = handlers;
        this.options = options;
        this.counts = counts;
        this.fd = fd;
        this.store = Buffer.allocUnsafe(2 * options.chunk);
        this.bytes = this.store.subarray(0, 0);
    }
    read(shape) {
        const start = this.space(0);
        // Not an object: parsed whole, for JSON.parse's own verdict.
        if (this.byte(start) !== OPEN_OBJECT)
            return this.parse(start, this.endOfFile());
        const head = {};
        const end = this.space(this.object(start, shape, head));
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
            const rule = Object.hasOwn(shape.rules, key)
                ? shape.rules[key]
                : shape.other;
            if (typeof rule === 'object') {
                seen ??= new Set();
                if (seen.has(key))
                    throw new json_read_errors/* ReadWhole */.a(`the JSON repeats "${key}"`);
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
        if (typeof rule === 'object' && 'each' in rule && c === OPEN_ARRAY) {
            const handlers = this.handlers;
            const name = rule.each;
            const end = this.elements(at, (element) => handlers[name](element));
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
        if (typeof rule === 'object' && 'eachIn' in rule && c === OPEN_ARRAY) {
            // Each object is read in place by the shape; its own head is not kept.
            if (++this.depth > MAX_DEPTH) {
                throw new json_read_errors/* ReadWhole */.a(`lists read in place nest deeper than ${MAX_DEPTH} levels`);
            }
            const shape = rule.eachIn();
            const end = this.elements(at, undefined, (start) => this.byte(start) === OPEN_OBJECT ? this.object(start, shape, undefined) : undefined);
            this.depth--;
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
                if (batchEnd - batchStart >= this.options.batch) {
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
     * The elements from `start` (where one begins) to the first `boundary` a batch's worth of
     * bytes on, parsed and handed to `each` when JSON.parse takes them as a list; the position
     * after them, or undefined when there is no such boundary or it was no boundary.
     */
    guessedBatch(start, each) {
        const boundary = this.options.boundary;
        if (boundary === undefined)
            return undefined;
        const from = start + this.options.batch;
        const to = from + this.options.guessWindow;
        while (this.bytes.length < to && this.more())
            ;
        if (this.bytes.length <= from)
            return undefined;
        const found = this.bytes.subarray(from, to).indexOf(boundary);
        if (found < 0)
            return undefined;
        const end = from + found + 1;
        const list = this.list(start, end);
        if (list === undefined) {
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
        const list = this.list(start, end);
        if (list === undefined) {
            // Parsed again one by one, for the error of the element at fault and its position.
            for (let i = start; i < end; i = this.space(this.space(i) + 1)) {
                const elementEnd = this.valueEnd(i);
                this.parse(i, elementEnd);
                i = elementEnd;
            }
            throw new Error('a batch of elements failed to parse, but none of them alone');
        }
        if (each !== undefined)
            for (let i = 0; i < list.length; i++)
                each(list[i]);
    }
    /** The comma-separated values from `start` to `end` as a list; undefined if not JSON. */
    list(start, end) {
        try {
            return JSON.parse(`[${this.bytes.toString('utf8', start, end)}]`);
        }
        catch {
            return undefined;
        }
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
            throw new json_read_errors/* JsonSyntaxError */.q(`${message} (in the value at byte ${this.base + start})`);
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
        const chunk = this.options.chunk;
        const length = this.bytes.length;
        if (this.store.length - length < chunk) {
            const larger = Buffer.allocUnsafe(Math.max(this.store.length * 2, length + chunk));
            this.store.copy(larger, 0, 0, length);
            this.store = larger;
        }
        const read = (0,external_node_fs_.readSync)(this.fd, this.store, length, chunk, null);
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
        if (at < this.options.chunk)
            return at;
        const kept = this.bytes.length - at;
        this.store.copy(this.store, 0, at, this.bytes.length);
        this.bytes = this.store.subarray(0, kept);
        this.base += at;
        return 0;
    }
    syntax(message, at) {
        return new json_read_errors/* JsonSyntaxError */.q(`${message} at byte ${this.base + at}`);
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

;// CONCATENATED MODULE: ./.build/tofu/plan-json-stream.js

const MODULE = {
    rules: { resources: { each: 'moduleResource' }, child_modules: { eachIn: () => MODULE } },
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
        resource_changes: { each: 'resourceChange' },
        resource_drift: { each: 'drift' },
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
 * resources): its compact output has no spaces and starts each with its address.
 */
const ELEMENT_BOUNDARY = Buffer.from('},{"address":"');
/** The head of the plan in `path`: every kept value, with the handed-on lists as empty lists. */
function streamPlanFile(path, visitor, sizes = JSON_PARTS_SIZES, counts) {
    return readJsonParts(path, PLAN, visitor, { ...sizes, boundary: ELEMENT_BOUNDARY }, counts);
}


/***/ })

};
