export const id = 125;
export const ids = [125];
export const modules = {

/***/ 2125:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readTofuInputs: () => (/* binding */ readTofuInputs)
/* harmony export */ });
/* unused harmony export isSha256 */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1096);
/* harmony import */ var _tofu_binary_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4741);
/* harmony import */ var _version_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7913);



function isSha256(text) {
    return /^[0-9a-fA-F]{64}$/.test(text);
}
/**
 * The three inputs that choose the tofu to run, read before anything is looked up on PATH or
 * downloaded, so that none is silently ignored whatever is installed:
 * - tofu-binary runs an executable as it is, so it cannot go with the two that choose a release;
 * - tofu-checksum is the archive of one release for one OS/arch: it needs an exact tofu-version.
 * A tofu-binary with a path separator is a path from the repository root, as every path input
 * is (tofu runs in the working directory, where it would otherwise resolve); a bare name is
 * looked up on PATH.
 */
function readTofuInputs(inputs, workspace) {
    const binary = inputs.string('tofu-binary');
    const versionText = inputs.string('tofu-version');
    const checksum = inputs.string('tofu-checksum');
    if (binary !== undefined && (versionText !== undefined || checksum !== undefined)) {
        const other = versionText !== undefined ? 'tofu-version' : 'tofu-checksum';
        throw (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('tofu-binary', binary, `it runs that executable as it is, while ${other} chooses a release to install: set one or the other`);
    }
    const version = versionText === undefined ? undefined : (0,_version_source_js__WEBPACK_IMPORTED_MODULE_1__/* .requestFromInput */ .Sd)(versionText);
    if (checksum !== undefined) {
        if (!isSha256(checksum)) {
            throw (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('tofu-checksum', checksum, 'expected the 64-character hex SHA-256 of the release archive for this runner');
        }
        if (version?.request.kind !== 'exact') {
            throw (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('tofu-checksum', checksum, versionText === undefined
                ? 'a pinned checksum needs an exact tofu-version such as 1.10.6 (the archive of one release), whatever tofu is on PATH'
                : `a pinned checksum needs an exact tofu-version such as 1.10.6, not ${JSON.stringify(versionText)}`);
        }
    }
    return {
        binary: binary === undefined ? undefined : (0,_tofu_binary_path_js__WEBPACK_IMPORTED_MODULE_0__/* .tofuBinaryPath */ .n)(binary, workspace),
        version,
        checksum,
    };
}


/***/ }),

/***/ 7913:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sd: () => (/* binding */ requestFromInput),
/* harmony export */   hi: () => (/* binding */ requestedVersion)
/* harmony export */ });
/* unused harmony exports requiredVersionOf, versionFileOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1096);
/* harmony import */ var _version_spec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6531);




const ALLOWED = 'expected an exact version such as 1.9.0, a partial one such as 1.9 (newest 1.9.x), a constraint such as "~> 1.9" or ">= 1.8, < 2.0", or latest';
/** Reads the `tofu-version` input's value; a bad value is a one-line error naming the input. */
function requestFromInput(value) {
    const request = (0,_version_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .parseVersionRequest */ .Hd)(value);
    if (!request)
        throw (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .invalidInput */ .aY)('tofu-version', value, ALLOWED);
    return { request, source: 'input tofu-version' };
}
function firstLine(text) {
    return text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .find((l) => l && !l.startsWith('#'));
}
/** `required_version` of the root module in `dir` (all files' constraints together). */
function requiredVersionOf(dir, workspace) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory())
        return undefined;
    const found = [];
    for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).sort()) {
        const isHcl = /\.(tf|tofu)$/.test(name);
        const isJson = /\.(tf|tofu)\.json$/.test(name);
        if (!isHcl && !isJson)
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
        const re = isJson
            ? /"required_version"\s*:\s*"([^"]*)"/g
            : /^[ \t]*required_version[ \t]*=[ \t]*"([^"]*)"/gm;
        for (const m of text.matchAll(re))
            found.push({ file: path, text: m[1] });
    }
    if (found.length === 0)
        return undefined;
    const files = [...new Set(found.map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, f.file) || f.file))].join(', ');
    for (const f of found) {
        if (!(0,_version_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .parseConstraint */ .FJ)(f.text)) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`required_version ${JSON.stringify(f.text)} in ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, f.file)} is not a version constraint; set the input tofu-version instead.`);
        }
    }
    const combined = found.map((f) => f.text).join(', ');
    const request = (0,_version_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRequiredVersion */ .bM)(combined);
    return { request, source: `required_version in ${files}` };
}
/** `.opentofu-version` in the working directory, else in the repository root. */
function versionFileOf(dirs, workspace) {
    for (const dir of dirs) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, '.opentofu-version');
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
            continue;
        const where = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, path) || path;
        const line = firstLine((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
        if (!line)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${where} is empty; write a version such as 1.9.0.`);
        if (line === 'latest-allowed')
            return 'latest-allowed';
        const request = (0,_version_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .parseVersionRequest */ .Hd)(line);
        if (!request) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${where} holds ${JSON.stringify(line)}: ${ALLOWED}.`);
        }
        return { request, source: where };
    }
    return undefined;
}
/**
 * Which tofu version to install: the input, else `.opentofu-version` (working directory, then
 * repository root), else the root module's `required_version`. Undefined when none says.
 */
function requestedVersion(input, workingDirectory, workspace) {
    if (input !== undefined)
        return requestFromInput(input);
    const fromFile = versionFileOf([workingDirectory, workspace], workspace);
    if (fromFile && fromFile !== 'latest-allowed')
        return fromFile;
    const required = requiredVersionOf(workingDirectory, workspace);
    if (required)
        return required;
    if (fromFile === 'latest-allowed')
        return { request: { kind: 'latest' }, source: '.opentofu-version' };
    return undefined;
}


/***/ }),

/***/ 6531:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FJ: () => (/* binding */ parseConstraint),
/* harmony export */   Hd: () => (/* binding */ parseVersionRequest),
/* harmony export */   SO: () => (/* binding */ pickVersion),
/* harmony export */   bM: () => (/* binding */ parseRequiredVersion),
/* harmony export */   ib: () => (/* binding */ satisfies),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   qh: () => (/* binding */ formatVersion)
/* harmony export */ });
/* unused harmony export compareVersions */
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


/***/ })

};
