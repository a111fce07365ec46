import { closeSync, openSync, readSync } from 'node:fs';
import { JsonSyntaxError, ReadWhole } from './json-read-errors.js';

/**
 * Reads a JSON file without holding it, as text or as objects, by a shape that says what to
 * do with each key: `each` hands the elements of a list one by one to a handler (parsed a
 * batch at a time, so they die young), `descend` reads an object key by key, `eachIn` reads
 * each object of a list key by key, `keep` parses a value into the head (which is returned:
 * every kept value, with the lists handed on as empty lists), `drop` parses it and lets it go.
 * The file is read a chunk at a time into one buffer, and the bytes before the elements handed
 * on are dropped.
 *
 * Every byte still goes through JSON.parse or through the strict checks here (property names,
 * colons, commas, brackets, nothing after the value), so a file is accepted exactly when
 * JSON.parse accepts its UTF-8 text. What JSON.parse would hide is refused with ReadWhole: a
 * key that occurs twice where the shape reads (JSON.parse keeps the last one). The scanner
 * looks only for ASCII bytes, which never occur inside a UTF-8 sequence, and decodes only
 * whole values.
 *
 * Where `boundary` is given (the bytes a writer puts between two elements of the handed-on
 * lists, e.g. `},{"address":"`), the end of a batch is first guessed: JSON.parse is asked to
 * parse up to the boundary as a list. If it can, the guess was right (a boundary inside an
 * element would leave a bracket open, and a list of complete values is what the exact scan
 * would have found) and the elements are not scanned byte by byte; if it cannot, they are.
 */

export type PartRule<K extends string> =
  | 'keep'
  | 'drop'
  | { each: K }
  | { descend: JsonShape<K> }
  /** A function, so that a shape can hold lists of itself (child modules of modules). */
  | { eachIn: () => JsonShape<K> };

export interface JsonShape<K extends string> {
  rules: Record<string, PartRule<K>>;
  /** What happens to keys without a rule. */
  other: 'keep' | 'drop';
}

export type PartHandlers<K extends string> = Record<K, (element: unknown) => void>;

/** Sizes in bytes; the defaults suit any file, tests make them small to reach every path. */
export interface JsonPartsSizes {
  /** Read from the file at a time. */
  chunk: number;
  /** Elements parsed together, up to about this many bytes (fewer calls, short-lived). */
  batch: number;
  /** How far past a batch's worth of bytes the boundary is looked for. */
  guessWindow: number;
}

export const JSON_PARTS_SIZES: JsonPartsSizes = {
  chunk: 1 << 20,
  batch: 64 * 1024,
  guessWindow: 64 * 1024,
};

export interface JsonPartsOptions extends JsonPartsSizes {
  boundary?: Buffer;
}

/** How the elements were parsed: batches whose end was guessed, or found by scanning. */
export interface JsonPartsCounts {
  guessedBatches: number;
  /** Guesses JSON.parse refused (the boundary was inside an element): those were scanned. */
  refusedGuesses: number;
  scannedBatches: number;
}

/**
 * `eachIn` lists nested deeper than this are left to JSON.parse (each level takes this reader
 * several stack frames): ReadWhole.
 */
const MAX_DEPTH = 100;

/** The head of the JSON in `path` read by `shape`; the handed-on elements went to `handlers`. */
export function readJsonParts<K extends string>(
  path: string,
  shape: JsonShape<K>,
  handlers: PartHandlers<K>,
  options: JsonPartsOptions = JSON_PARTS_SIZES,
  counts: JsonPartsCounts = { guessedBatches: 0, refusedGuesses: 0, scannedBatches: 0 },
): unknown {
  const fd = openSync(path, 'r');
  try {
    return new JsonPartsReader(handlers, options, counts, fd).read(shape);
  } finally {
    closeSync(fd);
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
class JsonPartsReader<K extends string> {
  private store: Buffer;
  /** The bytes in memory: a view of `store` from its start. */
  private bytes: Buffer;
  /** Where in the file `bytes` starts (for error messages). */
  private base = 0;
  /** How many `eachIn` lists the read is inside. */
  private depth = 0;

  constructor(
    private readonly handlers: PartHandlers<K>,
    private readonly options: JsonPartsOptions,
    private readonly counts: JsonPartsCounts,
    private readonly fd: number,
  ) {
    this.store = Buffer.allocUnsafe(2 * options.chunk);
    this.bytes = this.store.subarray(0, 0);
  }

  read(shape: JsonShape<K>): unknown {
    const start = this.space(0);
    // Not an object: parsed whole, for JSON.parse's own verdict.
    if (this.byte(start) !== OPEN_OBJECT) return this.parse(start, this.endOfFile());
    const head: Record<string, unknown> = {};
    const end = this.space(this.object(start, shape, head));
    if (this.byte(end) !== END) {
      throw this.syntax('Unexpected non-whitespace character after JSON', end);
    }
    return head;
  }

  /** Reads the object at `at` by `shape` into `into`; returns the position after it. */
  private object(
    at: number,
    shape: JsonShape<K>,
    into: Record<string, unknown> | undefined,
  ): number {
    let i = this.space(at + 1);
    if (this.byte(i) === CLOSE_OBJECT) return i + 1;
    let seen: Set<string> | undefined;
    for (;;) {
      if (this.byte(i) !== QUOTE) throw this.syntax('Expected a property name', i);
      const keyEnd = this.stringEnd(i);
      const key = this.key(i, keyEnd);
      i = this.space(keyEnd);
      if (this.byte(i) !== COLON) throw this.syntax("Expected ':' after a property name", i);
      i = this.space(i + 1);
      const rule = Object.hasOwn(shape.rules, key)
        ? (shape.rules[key] as PartRule<K>)
        : shape.other;
      if (typeof rule === 'object') {
        seen ??= new Set();
        if (seen.has(key)) throw new ReadWhole(`the JSON repeats "${key}"`);
        seen.add(key);
      }
      i = this.space(this.value(i, rule, key, into));
      const c = this.byte(i);
      if (c === COMMA) {
        i = this.space(i + 1);
        continue;
      }
      if (c === CLOSE_OBJECT) return i + 1;
      throw this.syntax("Expected ',' or '}' after a property value", i);
    }
  }

  private value(
    at: number,
    rule: PartRule<K>,
    key: string,
    into: Record<string, unknown> | undefined,
  ): number {
    const c = this.byte(at);
    if (typeof rule === 'object' && 'each' in rule && c === OPEN_ARRAY) {
      const handlers = this.handlers;
      const name = rule.each;
      const end = this.elements(at, (element) => handlers[name](element));
      if (into) set(into, key, []);
      return end;
    }
    if (typeof rule === 'object' && 'descend' in rule && c === OPEN_OBJECT) {
      const inner: Record<string, unknown> | undefined = into ? {} : undefined;
      const end = this.object(at, rule.descend, inner);
      if (into) set(into, key, inner);
      return end;
    }
    if (typeof rule === 'object' && 'eachIn' in rule && c === OPEN_ARRAY) {
      // Each object is read in place by the shape; its own head is not kept.
      if (++this.depth > MAX_DEPTH) {
        throw new ReadWhole(`lists read in place nest deeper than ${MAX_DEPTH} levels`);
      }
      const shape = rule.eachIn();
      const end = this.elements(at, undefined, (start) =>
        this.byte(start) === OPEN_OBJECT ? this.object(start, shape, undefined) : undefined,
      );
      this.depth--;
      if (into) set(into, key, []);
      return end;
    }
    const end = this.valueEnd(at);
    const parsed = this.parse(at, end);
    if (into && rule !== 'drop') set(into, key, parsed);
    return end;
  }

  /**
   * The elements of the array at `at`, parsed a batch at a time and handed to `each`, or read
   * in place by `inPlace` (which returns the position after the element, or undefined to
   * parse it).
   */
  private elements(
    at: number,
    each: ((element: unknown) => void) | undefined,
    inPlace?: (start: number) => number | undefined,
  ): number {
    let i = this.space(at + 1);
    if (this.byte(i) === CLOSE_ARRAY) return i + 1;
    // Elements found but not parsed yet: from batchStart (or none) to batchEnd.
    let batchStart = -1;
    let batchEnd = 0;
    for (;;) {
      let end: number | undefined;
      if (inPlace !== undefined) {
        if (batchStart >= 0) this.parseBatch(batchStart, batchEnd, each);
        batchStart = -1;
        end = inPlace(i);
      } else if (batchStart < 0) end = this.guessedBatch(i, each);
      if (end === undefined) {
        end = this.valueEnd(i);
        if (batchStart < 0) batchStart = i;
        batchEnd = end;
        if (batchEnd - batchStart >= this.options.batch) {
          this.parseBatch(batchStart, batchEnd, each);
          batchStart = -1;
        }
      }
      // Nothing before `end` is needed again once no batch is pending.
      if (batchStart < 0) end = this.drop(end);
      i = this.space(end);
      const c = this.byte(i);
      if (c === COMMA) {
        i = this.space(i + 1);
        continue;
      }
      if (c === CLOSE_ARRAY) {
        if (batchStart >= 0) this.parseBatch(batchStart, batchEnd, each);
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
  private guessedBatch(
    start: number,
    each: ((element: unknown) => void) | undefined,
  ): number | undefined {
    const boundary = this.options.boundary;
    if (boundary === undefined) return undefined;
    const from = start + this.options.batch;
    const to = from + this.options.guessWindow;
    while (this.bytes.length < to && this.more());
    if (this.bytes.length <= from) return undefined;
    const found = this.bytes.subarray(from, to).indexOf(boundary);
    if (found < 0) return undefined;
    const end = from + found + 1;
    const list = this.list(start, end);
    if (list === undefined) {
      this.counts.refusedGuesses++;
      return undefined;
    }
    this.counts.guessedBatches++;
    if (each !== undefined) for (let i = 0; i < list.length; i++) each(list[i]);
    return end;
  }

  /**
   * Parses the elements from `start` to `end` (found by valueEnd, separated by commas already
   * checked) in one JSON.parse, and hands them to `each`.
   */
  private parseBatch(
    start: number,
    end: number,
    each: ((element: unknown) => void) | undefined,
  ): void {
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
    if (each !== undefined) for (let i = 0; i < list.length; i++) each(list[i]);
  }

  /** The comma-separated values from `start` to `end` as a list; undefined if not JSON. */
  private list(start: number, end: number): unknown[] | undefined {
    try {
      return JSON.parse(`[${this.bytes.toString('utf8', start, end)}]`) as unknown[];
    } catch {
      return undefined;
    }
  }

  /** The position after the JSON value at `at` (checked only as far as finding its end). */
  private valueEnd(at: number): number {
    const c = this.byte(at);
    if (c === QUOTE) return this.stringEnd(at);
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      let bytes = this.bytes;
      let depth = 0;
      let inString = false;
      for (let i = at; ; i++) {
        while (i >= bytes.length) {
          if (!this.more()) throw this.syntax('Unterminated object or array', at);
          bytes = this.bytes;
        }
        const d = bytes[i] as number;
        if (inString) {
          if (d === QUOTE) inString = false;
          // The escaped byte is skipped (it may be a quote or a backslash).
          else if (d === BACKSLASH) i++;
        } else if (d === QUOTE) inString = true;
        else if (d === OPEN_OBJECT || d === OPEN_ARRAY) depth++;
        else if ((d === CLOSE_OBJECT || d === CLOSE_ARRAY) && --depth === 0) return i + 1;
      }
    }
    // A number, true, false or null: up to the next delimiter, for JSON.parse to check.
    let i = at;
    for (;;) {
      const d = this.byte(i);
      if (d === END || d === COMMA || d === CLOSE_OBJECT || d === CLOSE_ARRAY || isSpace(d)) break;
      i++;
    }
    if (i === at) {
      throw this.syntax(c === END ? 'Unexpected end of JSON input' : 'Unexpected token', at);
    }
    return i;
  }

  /** The position after the string whose opening quote is at `at`. */
  private stringEnd(at: number): number {
    let bytes = this.bytes;
    for (let i = at + 1; ; i++) {
      while (i >= bytes.length) {
        if (!this.more()) throw this.syntax('Unterminated string', at);
        bytes = this.bytes;
      }
      const d = bytes[i] as number;
      if (d === QUOTE) return i + 1;
      if (d === BACKSLASH) i++;
    }
  }

  private key(start: number, end: number): string {
    const raw = this.bytes.toString('utf8', start + 1, end - 1);
    return NEEDS_PARSING.test(raw) ? (this.parse(start, end) as string) : raw;
  }

  private parse(start: number, end: number): unknown {
    try {
      return JSON.parse(this.bytes.toString('utf8', start, end)) as unknown;
    } catch (error) {
      // JSON.parse's position is within the value parsed, not the file: only the value's is said.
      const message = ((error as Error).message.split(/[\r\n]/)[0] ?? '').replace(
        / in JSON at position \d+(?: \(line \d+ column \d+\))?/,
        '',
      );
      throw new JsonSyntaxError(`${message} (in the value at byte ${this.base + start})`);
    }
  }

  private space(at: number): number {
    let i = at;
    while (isSpace(this.byte(i))) i++;
    return i;
  }

  /** The byte at `at`, reading on as needed; END past the end of the file. */
  private byte(at: number): number {
    while (at >= this.bytes.length) if (!this.more()) return END;
    return this.bytes[at] as number;
  }

  /** Reads the rest of the file; its position. */
  private endOfFile(): number {
    while (this.more());
    return this.bytes.length;
  }

  /** Reads the next piece of the file after `bytes`; false at its end. */
  private more(): boolean {
    const chunk = this.options.chunk;
    const length = this.bytes.length;
    if (this.store.length - length < chunk) {
      const larger = Buffer.allocUnsafe(Math.max(this.store.length * 2, length + chunk));
      this.store.copy(larger, 0, 0, length);
      this.store = larger;
    }
    const read = readSync(this.fd, this.store, length, chunk, null);
    if (read === 0) return false;
    this.bytes = this.store.subarray(0, length + read);
    return true;
  }

  /**
   * Drops the bytes before `at` once they fill a piece (they are never read again); the
   * position `at` then has in the bytes kept.
   */
  private drop(at: number): number {
    if (at < this.options.chunk) return at;
    const kept = this.bytes.length - at;
    this.store.copy(this.store, 0, at, this.bytes.length);
    this.bytes = this.store.subarray(0, kept);
    this.base += at;
    return 0;
  }

  private syntax(message: string, at: number): JsonSyntaxError {
    return new JsonSyntaxError(`${message} at byte ${this.base + at}`);
  }
}

/** A key with escapes or raw control characters: JSON.parse decodes (or refuses) it. */
// eslint-disable-next-line no-control-regex
const NEEDS_PARSING = /[\\\u0000-\u001f]/;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** As JSON.parse sets it: an own data property, `__proto__` included. */
function set(into: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(into, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  } else into[key] = value;
}
