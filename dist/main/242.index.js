export const id = 242;
export const ids = [242];
export const modules = {

/***/ 2185:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oi: () => (/* binding */ encodePlanChangeSet),
/* harmony export */   T9: () => (/* binding */ decodeChangeSet)
/* harmony export */ });
/* unused harmony export CHANGE_SET_MAX_CHARS */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2106);


/**
 * The reviewed change set travels in the plan comment's marker (gzip, base64) so that an apply
 * in a later workflow run can show a readable diff of what was reviewed and what it would apply
 * now, without artifacts or extra permissions. The change set holds no sensitive values (they
 * are markers); it is left out when it is large, or when any value the plan marks sensitive
 * shows up in it anyway (a secret copied into a plain attribute), because the comment is
 * readable by everyone who can read the pull request. `apply` trusts it only when it hashes to
 * the reviewed fingerprint.
 */
/** Characters of an encoded change set in one comment (GitHub's limit is 65,536 in all). */
const CHANGE_SET_MAX_CHARS = 12_000;
/** Plans with more resource changes than this are not encoded: at ~30 gzipped bytes a change at
 * the very least, they could not fit, and building their change set costs more than the rest. */
const MAX_RESOURCE_CHANGES = 300;
/** Shorter sensitive values are compared with whole values, not searched inside text. */
const SUBSTRING_MIN = 6;
/** The plan's change set for the comment marker, or why it is left out. */
function encodePlanChangeSet(json, sensitive, maxChars = CHANGE_SET_MAX_CHARS) {
    const list = json?.resource_changes;
    if (Array.isArray(list) && list.length > MAX_RESOURCE_CHANGES)
        return { encoded: undefined, reason: 'too-large' };
    const set = (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_1__/* .changeSet */ .Jn)(json);
    const text = JSON.stringify(set);
    // A change set's JSON gzips to a tenth or so, rarely below a twenty-fifth: what cannot fit
    // in maxChars of base64 (4/3 of the gzip bytes) is skipped before compressing or searching it.
    if (text.length > maxChars * 0.75 * 25)
        return { encoded: undefined, reason: 'too-large' };
    if (containsSensitive(set, text, sensitive))
        return { encoded: undefined, reason: 'sensitive' };
    const encoded = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gzipSync)(text, { level: 9 }).toString('base64');
    return encoded.length <= maxChars ? { encoded } : { encoded: undefined, reason: 'too-large' };
}
/** The change set from a marker; undefined when it is not one. */
function decodeChangeSet(encoded) {
    try {
        const text = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gunzipSync)(Buffer.from(encoded, 'base64'), {
            maxOutputLength: 64 * 1024 * 1024,
        }).toString('utf8');
        const set = JSON.parse(text);
        if (!set || set.version !== 1 || !Array.isArray(set.resources) || !Array.isArray(set.outputs))
            return undefined;
        return set;
    }
    catch {
        return undefined;
    }
}
function containsSensitive(set, text, sensitive) {
    const long = sensitive.filter((v) => v.length >= SUBSTRING_MIN);
    if (long.some((v) => text.includes(v) || text.includes(JSON.stringify(v).slice(1, -1))))
        return true;
    const short = new Set(sensitive.filter((v) => v.length < SUBSTRING_MIN));
    if (!short.size)
        return false;
    let found = false;
    const visit = (value) => {
        if (found)
            return;
        if (typeof value === 'string' || typeof value === 'number') {
            if (short.has(String(value)))
                found = true;
        }
        else if (Array.isArray(value))
            value.forEach(visit);
        else if (value && typeof value === 'object')
            Object.values(value).forEach(visit);
    };
    for (const r of set.resources)
        visit(r.after);
    for (const o of set.outputs)
        visit(o.after);
    return found;
}


/***/ }),

/***/ 2106:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jn: () => (/* binding */ changeSet),
  H6: () => (/* binding */ diffChangeSets),
  ax: () => (/* binding */ fingerprintOf),
  Ef: () => (/* binding */ fingerprintPlan),
  Jw: () => (/* binding */ formatChangeSetDiff)
});

// UNUSED EXPORTS: SENSITIVE_MARKER, UNKNOWN_MARKER, canonicalJson, normalise

// EXTERNAL MODULE: ./.build/tofu/plan-actions.js
var plan_actions = __webpack_require__(2006);
// EXTERNAL MODULE: ./.build/tofu/plan-model.js
var plan_model = __webpack_require__(4768);
;// CONCATENATED MODULE: ./.build/tofu/sha256.js
/**
 * SHA-256 (FIPS 180-4) of a string's UTF-8 bytes, in plain JavaScript. For small inputs
 * only: node:crypto hashes large ones faster, but loading it costs more start-up than a
 * small plan's whole fingerprint. Equal to `createHash('sha256').update(text).digest('hex')`.
 */
const K = new Int32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
function sha256Hex(text) {
    const length = Buffer.byteLength(text, 'utf8');
    // The message, a 1 bit, zeros, and its length in bits (64-bit big-endian), in 64-byte blocks.
    const blocks = Math.floor((length + 8) / 64) + 1;
    const message = Buffer.alloc(blocks * 64);
    message.write(text, 0, 'utf8');
    message[length] = 0x80;
    const bits = length * 8;
    message.writeUInt32BE(Math.floor(bits / 0x100000000), message.length - 8);
    message.writeUInt32BE(bits >>> 0, message.length - 4);
    const h = new Int32Array([
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ]);
    const w = new Int32Array(64);
    for (let offset = 0; offset < message.length; offset += 64)
        compress(h, w, message, offset);
    let hex = '';
    for (let i = 0; i < 8; i++)
        hex += (h[i] >>> 0).toString(16).padStart(8, '0');
    return hex;
}
function compress(h, w, m, offset) {
    for (let i = 0; i < 16; i++) {
        const j = offset + i * 4;
        w[i] =
            (m[j] << 24) |
                (m[j + 1] << 16) |
                (m[j + 2] << 8) |
                m[j + 3];
    }
    for (let i = 16; i < 64; i++) {
        const x = w[i - 15];
        const y = w[i - 2];
        const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
        const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
        w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
    let a = h[0];
    let b = h[1];
    let c = h[2];
    let d = h[3];
    let e = h[4];
    let f = h[5];
    let g = h[6];
    let k = h[7];
    for (let i = 0; i < 64; i++) {
        const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
        const ch = (e & f) ^ (~e & g);
        const t1 = (k + S1 + ch + K[i] + w[i]) | 0;
        const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
        const maj = (a & b) ^ (a & c) ^ (b & c);
        const t2 = (S0 + maj) | 0;
        k = g;
        g = f;
        f = e;
        e = (d + t1) | 0;
        d = c;
        c = b;
        b = a;
        a = (t1 + t2) | 0;
    }
    h[0] = (h[0] + a) | 0;
    h[1] = (h[1] + b) | 0;
    h[2] = (h[2] + c) | 0;
    h[3] = (h[3] + d) | 0;
    h[4] = (h[4] + e) | 0;
    h[5] = (h[5] + f) | 0;
    h[6] = (h[6] + g) | 0;
    h[7] = (h[7] + k) | 0;
}

;// CONCATENATED MODULE: ./.build/tofu/fingerprint.js



/**
 * The plan fingerprint (DESIGN §4): a hash over the normalised change set of
 * `tofu show -json`, not over the text.
 *
 * A resource change is in the change set when OpenTofu would act on it: every action but a
 * plain no-op (moves and imports stay in even as no-ops), reads of data sources during
 * apply included, forgets included; data-source deletes (state clean-up OpenTofu hides)
 * and ephemeral resources left out. Each entry holds the address (plus deposed key and
 * previous address), the actions, the import id, and the planned `after` value with
 * unknown values and sensitive values replaced by markers. Output changes other than
 * no-op hold the name, actions and the `after` value the same way (a sensitive output is
 * one marker). Entries are sorted; object keys are sorted.
 *
 * Left out on purpose, so refresh noise does not change it: `before` values, prior state,
 * drift, timestamps, versions, configuration, reasons, key order. A sensitive value that
 * changes while nothing else does leaves the fingerprint as it is (hashing secrets into a
 * public comment is worse); the action and every non-sensitive value still count.
 */
const UNKNOWN_MARKER = '(known after apply)';
const SENSITIVE_MARKER = '(sensitive)';
/** The normalised change set of a plan (the JSON of `tofu show -json`, already parsed). */
function changeSet(json) {
    const plan = json;
    const resources = sortedResourceChanges(plan).map(resourceEntry);
    return { version: 1, resources, outputs: outputEntries(plan) };
}
/** `sha256:<hex>` of a change set. */
function fingerprintOf(set) {
    const hash = startHash();
    for (const entry of set.resources)
        hashEntry(hash, 'R', entry);
    for (const entry of set.outputs)
        hashEntry(hash, 'O', entry);
    return `sha256:${hash.digest()}`;
}
/**
 * The same as `fingerprintOf(changeSet(json))`, hashing entry by entry without holding the
 * whole normalised change set (for large plans).
 */
function fingerprintPlan(json) {
    const plan = json;
    const hash = startHash();
    for (const raw of sortedResourceChanges(plan)) {
        hash.update(`R${resourceEntryJson(raw)}\n`);
    }
    for (const entry of outputEntries(plan))
        hashEntry(hash, 'O', entry);
    return `sha256:${hash.digest()}`;
}
function startHash() {
    const hash = new ChangeSetHash();
    hash.update('tofu-aws-action/changeset/v1\n');
    return hash;
}
/** Hashed in plain JavaScript up to this many characters (a small plan's whole text). */
const SMALL = 32_768;
/** Text handed to node:crypto in pieces of about this many characters (fewer native calls). */
const CHUNK = 65_536;
/**
 * SHA-256 of the concatenated updates. A small change set is hashed in JavaScript, so that
 * `plan` on a small plan does not load node:crypto (about 5 ms of start-up); a larger one
 * goes to node:crypto, loaded when the text grows past SMALL. Both give the same digest.
 */
class ChangeSetHash {
    pending = '';
    native;
    update(text) {
        this.pending += text;
        if (this.pending.length >= CHUNK)
            this.flush();
    }
    digest() {
        if (this.native === undefined && this.pending.length <= SMALL)
            return sha256Hex(this.pending);
        this.flush();
        return this.native.digest('hex');
    }
    flush() {
        this.native ??= process.getBuiltinModule('node:crypto').createHash('sha256');
        this.native.update(this.pending);
        this.pending = '';
    }
}
function hashEntry(hash, kind, entry) {
    hash.update(kind);
    hash.update(canonicalJson(entry));
    hash.update('\n');
}
function sortedResourceChanges(plan) {
    const list = Array.isArray(plan?.resource_changes) ? plan.resource_changes : [];
    const kept = [];
    const keys = [];
    for (const raw of list) {
        if (!raw || typeof raw.address !== 'string')
            continue;
        const change = raw.change ?? {};
        const shown = (0,plan_model/* isShown */.aJ)({
            action: (0,plan_actions/* classifyActions */.w)(change.actions),
            mode: (0,plan_model/* resourceMode */.QI)(raw),
            previousAddress: raw.previous_address && raw.previous_address !== raw.address
                ? raw.previous_address
                : undefined,
            importing: change.importing ? change.importing : undefined,
        });
        if (!shown)
            continue;
        kept.push(raw);
        keys.push(raw.deposed ? `${raw.address}\u0000${raw.deposed}` : raw.address);
    }
    let sorted = true;
    for (let i = 1; i < keys.length && sorted; i++)
        sorted = keys[i - 1] <= keys[i];
    if (sorted)
        return kept;
    // Keys are unique in a valid plan: sort them natively (by code unit, as below) and look
    // the changes up; a plan with a repeated key takes the stable sort below.
    const byKey = new Map();
    for (let i = 0; i < keys.length; i++)
        byKey.set(keys[i], kept[i]);
    if (byKey.size === keys.length)
        return keys.sort().map((key) => byKey.get(key));
    const order = keys.map((_, i) => i);
    order.sort((a, b) => {
        const ka = keys[a];
        const kb = keys[b];
        return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    return order.map((i) => kept[i]);
}
function resourceEntry(raw) {
    const change = raw.change ?? {};
    const entry = {
        address: raw.address,
        actions: Array.isArray(change.actions) ? change.actions.map(String) : [],
        after: normalise(change.after, change.after_unknown, change.after_sensitive),
    };
    if (typeof raw.deposed === 'string' && raw.deposed !== '')
        entry.deposed = raw.deposed;
    if (typeof raw.previous_address === 'string' && raw.previous_address !== raw.address) {
        entry.previousAddress = raw.previous_address;
    }
    if (change.importing && typeof change.importing === 'object') {
        entry.importing = typeof change.importing.id === 'string' ? { id: change.importing.id } : {};
    }
    return entry;
}
/**
 * `canonicalJson(resourceEntry(raw))` in one pass, without the intermediate objects (the
 * keys in sorted order: actions, address, after, deposed, importing, previousAddress).
 */
function resourceEntryJson(raw) {
    const change = raw.change ?? {};
    const actions = Array.isArray(change.actions) ? change.actions.map(String) : [];
    let out = `{"actions":${JSON.stringify(actions)},"address":${JSON.stringify(raw.address)}`;
    out += `,"after":${normalisedJson(change.after, change.after_unknown, change.after_sensitive)}`;
    if (typeof raw.deposed === 'string' && raw.deposed !== '') {
        out += `,"deposed":${JSON.stringify(raw.deposed)}`;
    }
    if (change.importing && typeof change.importing === 'object') {
        out +=
            typeof change.importing.id === 'string'
                ? `,"importing":{"id":${JSON.stringify(change.importing.id)}}`
                : ',"importing":{}';
    }
    if (typeof raw.previous_address === 'string' && raw.previous_address !== raw.address) {
        out += `,"previousAddress":${JSON.stringify(raw.previous_address)}`;
    }
    return `${out}}`;
}
const UNKNOWN_JSON = JSON.stringify(UNKNOWN_MARKER);
const SENSITIVE_JSON = JSON.stringify(SENSITIVE_MARKER);
/** `canonicalJson(normalise(value, unknown, sensitive))` without building the normalised value. */
function normalisedJson(value, unknown, sensitive) {
    if (unknown === true)
        return UNKNOWN_JSON;
    if (sensitive === true)
        return SENSITIVE_JSON;
    const unknownObject = unknown !== null && typeof unknown === 'object' ? unknown : undefined;
    const sensitiveObject = sensitive !== null && typeof sensitive === 'object' ? sensitive : undefined;
    if (!(0,plan_model/* containsTrue */.Et)(unknownObject) && !(0,plan_model/* containsTrue */.Et)(sensitiveObject))
        return plainJson(value);
    if (Array.isArray(value) || (value == null && Array.isArray(unknownObject))) {
        const list = (value ?? []);
        const u = Array.isArray(unknownObject) ? unknownObject : [];
        const s = Array.isArray(sensitiveObject) ? sensitiveObject : [];
        const length = Math.max(list.length, u.length);
        let out = '[';
        for (let i = 0; i < length; i++) {
            if (i > 0)
                out += ',';
            out += normalisedJson(list[i] ?? null, u[i], s[i]);
        }
        return `${out}]`;
    }
    if ((value !== null && typeof value === 'object') ||
        (value == null && unknownObject && !Array.isArray(unknownObject))) {
        const record = (value ?? {});
        const u = (unknownObject ?? {});
        const s = (sensitiveObject ?? {});
        let keys = Object.keys(record);
        if (unknownObject) {
            const extra = Object.keys(u).filter((k) => !Object.hasOwn(record, k) && (0,plan_model/* containsTrue */.Et)(u[k]));
            if (extra.length > 0)
                keys = keys.concat(extra);
        }
        sortInPlace(keys);
        let out = '{';
        for (let i = 0; i < keys.length; i++) {
            const key = keys[i];
            if (i > 0)
                out += ',';
            const child = Object.hasOwn(record, key) ? record[key] : null;
            out += `${JSON.stringify(key)}:${normalisedJson(child ?? null, u[key], s[key])}`;
        }
        return `${out}}`;
    }
    return plainJson(value);
}
/**
 * canonicalJson for a value without marks below it (the common case). Plan JSON keys come
 * sorted, so a quick check lets the native JSON.stringify do the work.
 */
function plainJson(value) {
    if (value === undefined)
        return 'null';
    return isSortedDeep(value) ? JSON.stringify(value) : sortedJson(value);
}
function isSortedDeep(value) {
    if (value === null || typeof value !== 'object')
        return true;
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
            if (value[i] === undefined || !isSortedDeep(value[i]))
                return false;
        }
        return true;
    }
    const record = value;
    const keys = Object.keys(record);
    for (let i = 0; i < keys.length; i++) {
        if (i > 0 && keys[i - 1] > keys[i])
            return false;
        const child = record[keys[i]];
        if (child === undefined || !isSortedDeep(child))
            return false;
    }
    return true;
}
function sortedJson(value) {
    switch (typeof value) {
        case 'string':
            return JSON.stringify(value);
        case 'number':
            return Number.isFinite(value) ? String(value) : 'null';
        case 'boolean':
            return value ? 'true' : 'false';
        case 'object':
            break;
        default:
            return 'null';
    }
    if (value === null)
        return 'null';
    if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) {
            if (i > 0)
                out += ',';
            out += sortedJson(value[i]);
        }
        return `${out}]`;
    }
    const record = value;
    const keys = sortInPlace(Object.keys(record));
    let out = '{';
    let first = true;
    for (const key of keys) {
        if (record[key] === undefined)
            continue; // as canonicalJson and JSON.stringify do
        out += `${first ? '' : ','}${JSON.stringify(key)}:${sortedJson(record[key])}`;
        first = false;
    }
    return `${out}}`;
}
/** Sorts by code unit; plan JSON keys usually come sorted already, so check first. */
function sortInPlace(keys) {
    for (let i = 1; i < keys.length; i++) {
        if (keys[i - 1] > keys[i])
            return keys.sort();
    }
    return keys;
}
function outputEntries(plan) {
    const outputs = plan?.output_changes;
    if (!outputs || typeof outputs !== 'object')
        return [];
    const entries = [];
    for (const name of Object.keys(outputs).sort()) {
        const change = outputs[name];
        if (!change || (0,plan_actions/* classifyActions */.w)(change.actions) === 'no-op')
            continue;
        entries.push({
            name,
            actions: Array.isArray(change.actions) ? change.actions.map(String) : [],
            after: (0,plan_model/* isSensitiveOutput */.UK)(plan, name, change)
                ? SENSITIVE_MARKER
                : normalise(change.after, change.after_unknown, undefined),
        });
    }
    return entries;
}
/**
 * `after` with unknown and sensitive leaves replaced by markers (canonicalJson sorts the
 * keys). Subtrees without marks are the input's own objects, not copies.
 */
function normalise(value, unknown, sensitive) {
    if (unknown === true)
        return UNKNOWN_MARKER;
    if (sensitive === true)
        return SENSITIVE_MARKER;
    // Nothing marked below: the value itself (shared with the input, not copied).
    if (!(0,plan_model/* containsTrue */.Et)(unknown) && !(0,plan_model/* containsTrue */.Et)(sensitive))
        return value ?? null;
    const unknownObject = unknown !== null && typeof unknown === 'object' ? unknown : undefined;
    const sensitiveObject = sensitive !== null && typeof sensitive === 'object' ? sensitive : undefined;
    if (Array.isArray(value) || (value == null && Array.isArray(unknownObject))) {
        const list = (value ?? []);
        const u = Array.isArray(unknownObject) ? unknownObject : [];
        const s = Array.isArray(sensitiveObject) ? sensitiveObject : [];
        const length = Math.max(list.length, u.length);
        const out = new Array(length);
        for (let i = 0; i < length; i++)
            out[i] = normalise(list[i] ?? null, u[i], s[i]);
        return out;
    }
    if ((value !== null && typeof value === 'object') ||
        (value == null && unknownObject && !Array.isArray(unknownObject))) {
        const record = (value ?? {});
        const u = (unknownObject ?? {});
        const s = (sensitiveObject ?? {});
        const keys = new Set(Object.keys(record));
        for (const key of Object.keys(u))
            if ((0,plan_model/* containsTrue */.Et)(u[key]))
                keys.add(key);
        // No prototype: a key named __proto__ stays a plain key.
        const out = Object.create(null);
        for (const key of [...keys].sort()) {
            const child = Object.hasOwn(record, key) ? record[key] : null;
            out[key] = normalise(child ?? null, u[key], s[key]);
        }
        return out;
    }
    return value === undefined ? null : value;
}
/** JSON with object keys sorted by code unit (independent of insertion and integer-key order). */
function canonicalJson(value) {
    if (value === null || value === undefined)
        return 'null';
    if (typeof value !== 'object')
        return JSON.stringify(value) ?? 'null';
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    const record = value;
    const parts = [];
    for (const key of Object.keys(record).sort()) {
        if (record[key] === undefined)
            continue;
        parts.push(`${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    }
    return `{${parts.join(',')}}`;
}
const MAX_PATHS = 20;
/** What differs between the reviewed change set and the current one, in address order. */
function diffChangeSets(reviewed, current) {
    const out = [];
    const resourceKey = (e) => e.deposed ? `${e.address} (deposed ${e.deposed})` : e.address;
    diffEntries(out, 'resource', reviewed.resources, current.resources, resourceKey);
    diffEntries(out, 'output', reviewed.outputs, current.outputs, (e) => e.name);
    return out;
}
function diffEntries(out, subject, reviewed, current, keyOf) {
    const before = new Map(reviewed.map((e) => [keyOf(e), e]));
    const after = new Map(current.map((e) => [keyOf(e), e]));
    const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
    for (const key of keys) {
        const r = before.get(key);
        const c = after.get(key);
        if (!r && c) {
            out.push({ kind: 'added', subject, address: key, currentActions: c.actions });
            continue;
        }
        if (r && !c) {
            out.push({ kind: 'removed', subject, address: key, reviewedActions: r.actions });
            continue;
        }
        if (!r || !c)
            continue;
        const difference = { kind: 'changed', subject, address: key };
        let differs = false;
        if (r.actions.join(',') !== c.actions.join(',')) {
            difference.reviewedActions = r.actions;
            difference.currentActions = c.actions;
            differs = true;
        }
        const paths = [];
        diffValues(r.after, c.after, [], paths);
        if (paths.length > 0) {
            difference.paths = paths;
            differs = true;
        }
        const rr = r;
        const cr = c;
        if (rr.previousAddress !== cr.previousAddress) {
            difference.moved = { reviewed: rr.previousAddress, current: cr.previousAddress };
            differs = true;
        }
        if (canonicalJson(rr.importing) !== canonicalJson(cr.importing)) {
            difference.importing = {
                reviewed: rr.importing ? (rr.importing.id ?? '(import)') : undefined,
                current: cr.importing ? (cr.importing.id ?? '(import)') : undefined,
            };
            differs = true;
        }
        if (differs)
            out.push(difference);
    }
}
function diffValues(a, b, path, out) {
    if (out.length > MAX_PATHS)
        return;
    const aObject = a !== null && typeof a === 'object';
    const bObject = b !== null && typeof b === 'object';
    if (aObject && bObject && Array.isArray(a) === Array.isArray(b)) {
        if (Array.isArray(a) && Array.isArray(b)) {
            for (let i = 0; i < Math.max(a.length, b.length); i++) {
                if (i >= a.length || i >= b.length) {
                    out.push((0,plan_model/* formatPath */.jV)([...path, i]));
                    continue;
                }
                diffValues(a[i], b[i], [...path, i], out);
            }
            return;
        }
        const ra = a;
        const rb = b;
        for (const key of [...new Set([...Object.keys(ra), ...Object.keys(rb)])].sort()) {
            diffValues(ra[key], rb[key], [...path, key], out);
        }
        return;
    }
    if (canonicalJson(a) !== canonicalJson(b))
        out.push(path.length ? (0,plan_model/* formatPath */.jV)(path) : '(value)');
}
/** One readable line per difference, for `apply` to print and post. */
function formatChangeSetDiff(differences) {
    return differences.map((d) => {
        const what = d.subject === 'output' ? `output ${d.address}` : d.address;
        if (d.kind === 'added') {
            return `+ ${what} (${(d.currentActions ?? []).join(', ')}): not in the reviewed plan`;
        }
        if (d.kind === 'removed') {
            return `- ${what} (${(d.reviewedActions ?? []).join(', ')}): no longer planned`;
        }
        const parts = [];
        if (d.currentActions) {
            parts.push(`actions ${(d.reviewedActions ?? []).join(', ')} → ${d.currentActions.join(', ')}`);
        }
        if (d.paths) {
            const shown = d.paths.slice(0, MAX_PATHS);
            const more = d.paths.length > MAX_PATHS ? ', …' : '';
            parts.push(`planned values differ at ${shown.join(', ')}${more}`);
        }
        if (d.moved)
            parts.push(`moved from ${d.moved.reviewed ?? '-'} → ${d.moved.current ?? '-'}`);
        if (d.importing) {
            parts.push(`import ${d.importing.reviewed ?? '-'} → ${d.importing.current ?? '-'}`);
        }
        return `~ ${what}: ${parts.join('; ')}`;
    });
}


/***/ }),

/***/ 7450:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ planFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);



/** Where a plan's files go: RUNNER_TEMP on a runner (artifact uploads read from there). */
function planFiles(host, environment) {
    const base = host.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)();
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(base, 'tofu-aws-action', environment.replace(/[^A-Za-z0-9._-]+/g, '-'));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
    return {
        dir,
        planFile: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'plan.tfplan'),
        planJsonFile: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'plan.json'),
        planTextFile: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'plan.txt'),
        resultFile: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'result.json'),
    };
}


/***/ }),

/***/ 874:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sl: () => (/* binding */ resolveTofuBinary),
/* harmony export */   U9: () => (/* binding */ readTofuSettings),
/* harmony export */   a3: () => (/* binding */ hasTofuFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1096);



function readTofuSettings(inputs, host) {
    const dirInput = inputs.string('working-directory') ?? '.';
    const workingDirectory = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(dirInput) ? dirInput : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(host.workspace, dirInput);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(workingDirectory) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(workingDirectory).isDirectory()) {
        throw (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('working-directory', dirInput, `no such directory under ${host.workspace}`);
    }
    const environment = inputs.string('environment') ?? ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(workingDirectory) || 'default');
    const varFiles = inputs.lines('var-files');
    for (const file of varFiles) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workingDirectory, file))) {
            throw (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('var-files', file, `no such file in ${dirInput}`);
        }
    }
    return {
        binary: inputs.string('tofu-binary') ?? 'tofu',
        workingDirectory,
        workingDirectoryRelative: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(host.workspace, workingDirectory) || '.',
        environment,
        varFiles,
        backendConfig: inputs.lines('backend-config'),
        lockTimeoutMs: inputs.duration('lock-timeout'),
    };
}
/** True when the directory holds OpenTofu configuration (.tf, .tofu or .tf.json files). */
function hasTofuFiles(dir) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).some((f) => /\.(tf|tofu|tf\.json|tofu\.json)$/.test(f));
}
/**
 * The tofu to run: `tofu-binary` as given, else tofu on PATH, else a verified release
 * installed from `tofu-version` / `.opentofu-version` / `required_version`. The installer is
 * loaded only when it is needed.
 */
async function resolveTofuBinary(ctx, settings) {
    if (ctx.inputs.string('tofu-binary') !== undefined)
        return settings.binary;
    const { ensureTofu } = await __webpack_require__.e(/* import() */ 937).then(__webpack_require__.bind(__webpack_require__, 6937));
    return ensureTofu(ctx, { workingDirectory: settings.workingDirectory });
}


/***/ }),

/***/ 1085:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bv: () => (/* binding */ firstError),
/* harmony export */   t4: () => (/* binding */ parseTextDiagnostics),
/* harmony export */   wh: () => (/* binding */ plainText)
/* harmony export */ });
/* harmony import */ var _plan_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5798);

/** Strips colour codes and the `╷ │ ╵` box that tofu draws around diagnostics. */
function plainText(text) {
    return (0,_plan_text_js__WEBPACK_IMPORTED_MODULE_0__/* .stripAnsi */ .aJ)(text)
        .split(/\r?\n/)
        .map((line) => line.replace(/^[│╷╵]\s?/, ''))
        .join('\n');
}
/**
 * Finds `Error: ...` / `Warning: ...` blocks in tofu's human output. Each block runs to the
 * next blank-line-separated heading or the end of its box.
 */
function parseTextDiagnostics(text) {
    const lines = plainText(text).split('\n');
    const found = [];
    let current;
    const flush = () => {
        if (!current)
            return;
        const body = current.body.join('\n').trim();
        const location = /^\s*on (.+?) line (\d+)/m.exec(body);
        if (location) {
            current.file = location[1];
            current.line = Number(location[2]);
        }
        current.detail = body
            .split('\n')
            .filter((l) => !/^\s*on .+ line \d+/.test(l) &&
            !/^\s*\d+:\s/.test(l) &&
            !/^\s*\(source code not available\)/.test(l))
            .join('\n')
            .replace(/\n{3,}/g, '\n\n')
            .trim();
        const { body: _body, ...diagnostic } = current;
        found.push(diagnostic);
        current = undefined;
    };
    for (const raw of lines) {
        const heading = /^(Error|Warning): (.*)$/.exec(raw.trimEnd());
        if (heading) {
            flush();
            current = {
                severity: heading[1] === 'Error' ? 'error' : 'warning',
                summary: (heading[2] ?? '').trim(),
                detail: '',
                body: [],
            };
            continue;
        }
        if (current) {
            if (/^(Plan:|OpenTofu|Terraform) /.test(raw))
                flush();
            else
                current.body.push(raw);
        }
    }
    flush();
    return found;
}
/** The first error as one line, for comments and failure messages. */
function firstError(text) {
    const error = parseTextDiagnostics(text).find((d) => d.severity === 'error');
    if (error) {
        const detail = error.detail
            .split('\n')
            .find((l) => l.trim())
            ?.trim();
        return detail ? `${error.summary}: ${detail}` : error.summary;
    }
    return plainText(text)
        .split('\n')
        .map((l) => l.trim())
        .find(Boolean);
}


/***/ })

};
