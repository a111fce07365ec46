export const id = 673;
export const ids = [673];
export const modules = {

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

/***/ 1673:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ensureTofu: () => (/* binding */ ensureTofu)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build/util/errors.js
var errors = __webpack_require__(1096);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./.build/tofu/install/find-on-path.js


/** The absolute path of `name` on the PATH of `env`, or undefined (PATHEXT honoured on Windows). */
function findOnPath(name, env, platform = process.platform) {
    const dirs = (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : external_node_path_.delimiter);
    const extensions = platform === 'win32' && !/\.[a-z0-9]+$/i.test(name)
        ? (env.PATHEXT ?? '.EXE;.CMD;.BAT;.COM').split(';').filter(Boolean)
        : [''];
    for (const dir of dirs) {
        if (!dir)
            continue;
        for (const ext of extensions) {
            const candidate = (0,external_node_path_.join)(dir, name + ext);
            try {
                if (!(0,external_node_fs_.statSync)(candidate).isFile())
                    continue;
                if (platform !== 'win32')
                    (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
                return candidate;
            }
            catch {
                // not here
            }
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./.build/tofu/install/path-version.js
var path_version = __webpack_require__(3613);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./.build/util/retry.js
var retry = __webpack_require__(7009);
// EXTERNAL MODULE: ./.build/util/network-errors.js
var network_errors = __webpack_require__(5713);
;// CONCATENATED MODULE: ./.build/tofu/install/http.js







/** A response that was not 2xx. */
class HttpStatusError extends Error {
    url;
    status;
    name = 'HttpStatusError';
    constructor(url, status) {
        super(`GET ${url} answered HTTP ${status}`);
        this.url = url;
        this.status = status;
    }
}
/** 5xx, 429, 408 and network failures are worth another try; other answers are final. */
function classifyDownloadError(error) {
    if (error instanceof HttpStatusError) {
        return error.status >= 500 || error.status === 429 || error.status === 408 ? 'retry' : 'fail';
    }
    const cause = error?.cause;
    const code = cause?.code ?? error?.code;
    if (code && network_errors/* TRANSIENT_NETWORK_CODES */.p.has(code))
        return 'retry';
    // undici's "fetch failed" and "terminated" (a body cut short) are network failures
    if (error instanceof TypeError && /fetch failed|terminated/i.test(error.message))
        return 'retry';
    if (error instanceof Error && /terminated|aborted|premature close/i.test(error.message)) {
        return 'retry';
    }
    return 'fail';
}
function withRetry(ctx, what, fn) {
    return (0,retry/* retry */.L)(fn, {
        classify: classifyDownloadError,
        maxAttempts: ctx.maxAttempts ?? 4,
        maxElapsedMs: 120_000,
        baseMs: 1_000,
        maxDelayMs: 15_000,
        sleep: (ms, signal) => ctx.clock.sleep(ms, signal),
        now: () => ctx.clock.now(),
        signal: ctx.host.cancellation,
        onRetry: ({ attempt, delayMs, error }) => ctx.host.info(`${what}: attempt ${attempt} failed (${(0,errors/* errorMessage */.gJ)(error)}); retrying in ${Math.round(delayMs / 100) / 10}s`),
    });
}
async function get(url, headers, signal) {
    const response = await fetch(url, { headers, redirect: 'follow', signal });
    if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new HttpStatusError(url, response.status);
    }
    return response;
}
/** GET a small text resource (release list, SHA256SUMS), retried when transient. */
function fetchText(ctx, url, headers = {}) {
    return withRetry(ctx, `GET ${url}`, async () => {
        const response = await get(url, headers, ctx.host.cancellation);
        return { text: await response.text(), link: response.headers.get('link') };
    });
}
/** Streams a file to `dest`, retried from the start when transient; no partial file is left. */
function downloadFile(ctx, url, dest) {
    return withRetry(ctx, `Download ${url}`, async () => {
        try {
            const response = await get(url, {}, ctx.host.cancellation);
            if (!response.body)
                throw new HttpStatusError(url, response.status);
            await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.fromWeb(response.body), (0,external_node_fs_.createWriteStream)(dest));
        }
        catch (error) {
            await (0,promises_.rm)(dest, { force: true });
            throw error;
        }
    });
}

;// CONCATENATED MODULE: ./.build/tofu/install/releases.js


const MAX_PAGES = 10;
function nextLink(link) {
    if (!link)
        return undefined;
    for (const part of link.split(',')) {
        const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
        if (m)
            return m[1];
    }
    return undefined;
}
/**
 * Every published OpenTofu version (drafts left out), from a GitHub-style releases list
 * followed page by page. Needed only to resolve a constraint or `latest`.
 */
async function listReleasedVersions(ctx, sources) {
    const headers = { accept: 'application/vnd.github+json' };
    if (sources.githubToken)
        headers.authorization = `Bearer ${sources.githubToken}`;
    const first = new URL(sources.releasesUrl);
    if (!first.searchParams.has('per_page'))
        first.searchParams.set('per_page', '100');
    const versions = [];
    let url = first.toString();
    for (let page = 0; url && page < MAX_PAGES; page++) {
        let body;
        try {
            body = await fetchText(ctx, url, headers);
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`Could not list OpenTofu releases to resolve tofu-version (${(0,errors/* errorMessage */.gJ)(error)}); set tofu-version to an exact version such as 1.9.0.`);
        }
        let entries;
        try {
            entries = JSON.parse(body.text);
        }
        catch {
            entries = undefined;
        }
        if (!Array.isArray(entries)) {
            throw new errors/* ConfigurationError */.j1(`The OpenTofu releases list at ${url} is not a JSON array; set tofu-version to an exact version such as 1.9.0.`);
        }
        for (const entry of entries) {
            if (entry.draft === true || typeof entry.tag_name !== 'string')
                continue;
            versions.push(entry.tag_name.replace(/^v/, ''));
        }
        url = nextLink(body.link);
    }
    return versions;
}

// EXTERNAL MODULE: ./.build/tofu/install/version-spec.js
var version_spec = __webpack_require__(6531);
;// CONCATENATED MODULE: ./.build/tofu/install/choose-release.js



/**
 * The release to install: an exact request as it is, else the newest published release the
 * request allows. Given several (fmt: the required_version of each directory below), the
 * newest release that any of them allows.
 */
async function chooseRelease(requests, http, sources) {
    const only = requests.length === 1 ? requests[0] : undefined;
    if (only?.request.kind === 'exact')
        return { version: only.request.version, source: only.source };
    const available = await listReleasedVersions(http, sources);
    const picked = newestAllowed(requests, available);
    const wanted = requests.map((r) => JSON.stringify(requestText(r.request)));
    if (!picked) {
        throw new errors/* ConfigurationError */.j1(`No OpenTofu release matches ${wanted.join(' or ')} (from ${requests.map((r) => r.source).join('; ')}); newest published: ${(0,version_spec/* pickVersion */.SO)({ kind: 'latest' }, available) ?? 'none found'}.`);
    }
    const { from } = picked;
    http.host.info(requests.length === 1
        ? `OpenTofu ${wanted[0]} (from ${from.source}) resolves to ${picked.version}.`
        : `The newest OpenTofu release any of ${wanted.join(', ')} allows is ${picked.version} (from ${from.source}).`);
    return { version: picked.version, source: from.source };
}
function requestText(request) {
    if (request.kind === 'latest')
        return 'latest';
    return request.kind === 'exact' ? request.version : request.text;
}
function newestAllowed(requests, available) {
    let best;
    for (const from of requests) {
        const version = (0,version_spec/* pickVersion */.SO)(from.request, available);
        const parsed = version === undefined ? undefined : (0,version_spec/* parseVersion */.ot)(version);
        if (version === undefined || !parsed)
            continue;
        if (!best || (0,version_spec/* compareVersions */.Zy)(parsed, best.parsed) > 0)
            best = { version, from, parsed };
    }
    return best && { version: best.version, from: best.from };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./.build/tofu/install/cache.js




function runnerToolCache(p) {
    let loaded;
    const load = () => (loaded ??= Promise.all(/* import() */[__webpack_require__.e(58), __webpack_require__.e(805)]).then(__webpack_require__.bind(__webpack_require__, 9805)));
    const arch = p.arch;
    return {
        async find(version) {
            const dir = (await load()).find('tofu', version, arch);
            return dir && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, p.binaryName)) ? dir : undefined;
        },
        async store(unpacked, version) {
            return (await load()).cacheDir(unpacked, 'tofu', version, arch);
        },
    };
}
function localCacheRoot(env) {
    if (env.TOFU_AWS_ACTION_CACHE_DIR)
        return env.TOFU_AWS_ACTION_CACHE_DIR;
    if (env.XDG_CACHE_HOME)
        return (0,external_node_path_.join)(env.XDG_CACHE_HOME, 'tofu-aws-action');
    const home = env.HOME ?? env.USERPROFILE ?? (0,external_node_os_.homedir)();
    return home ? (0,external_node_path_.join)(home, '.cache', 'tofu-aws-action') : (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tofu-aws-action');
}
function localToolCache(env, p) {
    const root = localCacheRoot(env);
    const dirOf = (version) => (0,external_node_path_.join)(root, 'tofu', version, `${p.os}_${p.arch}`);
    return {
        async find(version) {
            const dir = dirOf(version);
            return (0,external_node_fs_.existsSync)(`${dir}.complete`) && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, p.binaryName)) ? dir : undefined;
        },
        async store(unpacked, version) {
            const dir = dirOf(version);
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(dir), { recursive: true });
            await (0,promises_.rm)(dir, { recursive: true, force: true });
            try {
                await (0,promises_.rename)(unpacked, dir);
            }
            catch {
                await (0,promises_.cp)(unpacked, dir, { recursive: true });
            }
            await (0,promises_.writeFile)(`${dir}.complete`, '');
            return dir;
        },
    };
}
function toolCacheFor(host, p) {
    return host.env.RUNNER_TOOL_CACHE ? runnerToolCache(p) : localToolCache(host.env, p);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./.build/tofu/install/checksum.js


/** The SHA-256 of a file, lower-case hex. */
async function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
/** The checksum listed for `file` in a SHA256SUMS text (`<hex>  <name>` or `<hex> *<name>`). */
function checksumFor(sums, file) {
    for (const line of sums.split(/\r?\n/)) {
        const m = /^([0-9a-fA-F]{64})\s+\*?(.+?)\s*$/.exec(line.trim());
        if (m && m[2] === file)
            return m[1].toLowerCase();
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./.build/tofu/install/extract.js



/**
 * Unpacks a release archive with the system tar (GNU tar reads .tar.gz; the bsdtar that
 * Windows and macOS ship also reads .zip). Argument array, no shell; tar refuses members
 * that would land outside `dest`.
 */
async function extractArchive(archive, dest) {
    await (0,promises_.mkdir)(dest, { recursive: true });
    const args = archive.endsWith('.zip')
        ? ['-xf', archive, '-C', dest]
        : ['-xzf', archive, '-C', dest];
    await new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)('tar', args, { windowsHide: true }, (error, _stdout, stderr) => {
            if (!error)
                return resolve();
            const code = error.code;
            reject(new errors/* ConfigurationError */.j1(code === 'ENOENT'
                ? 'Cannot unpack the OpenTofu release: tar was not found on PATH.'
                : `Cannot unpack ${archive}: ${String(stderr).trim() || error.message}`));
        });
    });
}

;// CONCATENATED MODULE: ./.build/tofu/install/platform.js

const OS = {
    linux: 'linux',
    darwin: 'darwin',
    win32: 'windows',
    freebsd: 'freebsd',
    openbsd: 'openbsd',
    sunos: 'solaris',
};
const ARCH = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ia32: '386' };
/** OpenTofu's name for this machine's OS and architecture (`linux`/`amd64`). */
function currentPlatform(platform = process.platform, arch = process.arch) {
    const os = OS[platform];
    const tofuArch = ARCH[arch];
    if (!os || !tofuArch) {
        throw new errors/* ConfigurationError */.j1(`OpenTofu publishes no release for ${platform}/${arch}; install tofu yourself and set tofu-binary.`);
    }
    return {
        os,
        arch: tofuArch,
        extension: os === 'windows' ? '.zip' : '.tar.gz',
        binaryName: os === 'windows' ? 'tofu.exe' : 'tofu',
    };
}
function archiveName(version, p) {
    return `tofu_${version}_${p.os}_${p.arch}${p.extension}`;
}
function sumsName(version) {
    return `tofu_${version}_SHA256SUMS`;
}

;// CONCATENATED MODULE: ./.build/tofu/install/sources.js
const DEFAULT_RELEASES_URL = 'https://api.github.com/repos/opentofu/opentofu/releases';
const DEFAULT_DOWNLOAD_URL = 'https://github.com/opentofu/opentofu/releases/download';
function releaseSources(host, githubToken) {
    const releasesUrl = host.env.TOFU_AWS_ACTION_RELEASES_URL || DEFAULT_RELEASES_URL;
    return {
        releasesUrl,
        downloadBaseUrl: (host.env.TOFU_AWS_ACTION_DOWNLOAD_URL || DEFAULT_DOWNLOAD_URL).replace(/\/+$/, ''),
        githubToken: new URL(releasesUrl).origin === 'https://api.github.com' ? githubToken : undefined,
    };
}
function assetUrl(sources, version, file) {
    return `${sources.downloadBaseUrl}/v${version}/${file}`;
}

;// CONCATENATED MODULE: ./.build/tofu/install/install-release.js











/** Where the expected checksum comes from, for messages. */
async function expectedChecksum(http, options, archive) {
    if (options.pinnedChecksum) {
        return { sha256: options.pinnedChecksum.toLowerCase(), from: 'the input tofu-checksum' };
    }
    const file = sumsName(options.version);
    const url = assetUrl(options.sources, options.version, file);
    let sums;
    try {
        sums = (await fetchText(http, url)).text;
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`Refusing to install OpenTofu ${options.version}: its checksums (${file}) could not be fetched (${(0,errors/* errorMessage */.gJ)(error)}), so the download cannot be verified. Pin the archive's SHA-256 with the input tofu-checksum to install without them.`);
    }
    const sha256 = checksumFor(sums, archive);
    if (!sha256) {
        throw new errors/* ConfigurationError */.j1(`Refusing to install OpenTofu ${options.version}: ${file} lists no checksum for ${archive}. Pin the archive's SHA-256 with the input tofu-checksum to install it anyway.`);
    }
    return { sha256, from: file };
}
/**
 * Downloads one release for this platform, verifies its SHA-256 before anything is unpacked,
 * caches it and returns the directory holding the binary. A download that does not match is
 * deleted and never cached.
 */
async function installRelease(options) {
    const { host, version, platform } = options;
    const cache = toolCacheFor(host, platform);
    const cached = await cache.find(version);
    if (cached) {
        host.info(`OpenTofu ${version} found in the tool cache: ${cached}`);
        return cached;
    }
    const http = { host, clock: options.clock, maxAttempts: options.maxAttempts };
    const archive = archiveName(version, platform);
    const url = assetUrl(options.sources, version, archive);
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)(host.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'tofu-install-'));
    try {
        const archivePath = (0,external_node_path_.join)(work, archive);
        host.info(`Downloading OpenTofu ${version}: ${url}`);
        try {
            await downloadFile(http, url, archivePath);
        }
        catch (error) {
            if (error instanceof HttpStatusError && error.status === 404) {
                throw new errors/* ConfigurationError */.j1(`OpenTofu ${version} has no ${archive} (HTTP 404 from ${url}); check the input tofu-version.`);
            }
            throw new errors/* ConfigurationError */.j1(`Could not download ${url}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
        let expected;
        try {
            expected = await expectedChecksum(http, options, archive);
        }
        catch (error) {
            await (0,promises_.rm)(archivePath, { force: true });
            throw error;
        }
        const actual = await sha256File(archivePath);
        if (actual !== expected.sha256) {
            await (0,promises_.rm)(archivePath, { force: true });
            throw new errors/* ConfigurationError */.j1(`Refusing to install OpenTofu ${version}: ${archive} has SHA-256 ${actual}, but ${expected.from} says ${expected.sha256}. The download was deleted.`);
        }
        host.info(`Verified ${archive}: SHA-256 ${actual} matches ${expected.from}.`);
        const unpacked = (0,external_node_path_.join)(work, 'unpacked');
        await extractArchive(archivePath, unpacked);
        await (0,promises_.rm)(archivePath, { force: true });
        const binary = (0,external_node_path_.join)(unpacked, platform.binaryName);
        if (!(0,external_node_fs_.existsSync)(binary)) {
            throw new errors/* ConfigurationError */.j1(`${archive} holds no ${platform.binaryName}.`);
        }
        if (platform.os !== 'windows')
            await (0,promises_.chmod)(binary, 0o755);
        return await cache.store(unpacked, version);
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./.build/tofu/config-files.js
var config_files = __webpack_require__(6919);
;// CONCATENATED MODULE: ./.build/tofu/install/version-source.js





const ALLOWED = 'expected an exact version such as 1.9.0, a partial one such as 1.9 (newest 1.9.x), a constraint such as "~> 1.9" or ">= 1.8, < 2.0", or latest';
/** Reads the `tofu-version` input's value; a bad value is a one-line error naming the input. */
function requestFromInput(value) {
    const request = (0,version_spec/* parseVersionRequest */.Hd)(value);
    if (!request)
        throw (0,errors/* invalidInput */.aY)('tofu-version', value, ALLOWED);
    return { request, source: 'input tofu-version' };
}
function firstLine(text) {
    return text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .find((l) => l && !l.startsWith('#'));
}
/** A dangling symlink or a directory named like a .tf file holds no constraint. */
function readIfFile(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
}
/**
 * `required_version` of the root module in `dir` (all files' constraints together). `names`:
 * the directory's listing when the caller has read it already.
 */
function requiredVersionOf(dir, workspace, names) {
    if (!names && (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory()))
        return undefined;
    const found = [];
    for (const name of [...(names ?? (0,external_node_fs_.readdirSync)(dir))].sort()) {
        const isHcl = /\.(tf|tofu)$/.test(name);
        const isJson = /\.(tf|tofu)\.json$/.test(name);
        if (!isHcl && !isJson)
            continue;
        const path = (0,external_node_path_.join)(dir, name);
        const text = readIfFile(path);
        if (text === undefined)
            continue;
        const re = isJson
            ? /"required_version"\s*:\s*"([^"]*)"/g
            : /^[ \t]*required_version[ \t]*=[ \t]*"([^"]*)"/gm;
        for (const m of text.matchAll(re))
            found.push({ file: path, text: m[1] });
    }
    if (found.length === 0)
        return undefined;
    const files = [...new Set(found.map((f) => (0,external_node_path_.relative)(workspace, f.file) || f.file))].join(', ');
    for (const f of found) {
        if (!(0,version_spec/* parseConstraint */.FJ)(f.text)) {
            throw new errors/* ConfigurationError */.j1(`required_version ${JSON.stringify(f.text)} in ${(0,external_node_path_.relative)(workspace, f.file)} is not a version constraint; set the input tofu-version instead.`);
        }
    }
    const combined = found.map((f) => f.text).join(', ');
    const request = (0,version_spec/* parseRequiredVersion */.bM)(combined);
    return { request, source: `required_version in ${files}` };
}
/**
 * For `fmt`, which formats every directory below the working directory: the required_version
 * of each directory below it that has one (among those tofu fmt -recursive visits), in path
 * order. A directory whose constraint does not parse (a test fixture's, say) is left out and
 * handed to `skipped`: fmt needs a version that formats, not that directory's.
 */
function requiredVersionsBelow(dir, workspace, skipped) {
    const found = [];
    for (const { path, entries } of (0,config_files/* fmtDirectories */.jm)(dir)) {
        if (path === dir)
            continue; // the working directory's own was looked up before
        try {
            const own = requiredVersionOf(path, workspace, entries.map((e) => e.name));
            if (own)
                found.push(own);
        }
        catch (error) {
            if (!(error instanceof errors/* ConfigurationError */.j1))
                throw error;
            skipped(error.message);
        }
    }
    return found;
}
/** `.opentofu-version` in the working directory, else in the repository root. */
function versionFileOf(dirs, workspace) {
    for (const dir of dirs) {
        const path = (0,external_node_path_.join)(dir, '.opentofu-version');
        if (!(0,external_node_fs_.existsSync)(path))
            continue;
        const where = (0,external_node_path_.relative)(workspace, path) || path;
        const line = firstLine((0,external_node_fs_.readFileSync)(path, 'utf8'));
        if (!line)
            throw new errors/* ConfigurationError */.j1(`${where} is empty; write a version such as 1.9.0.`);
        if (line === 'latest-allowed')
            return 'latest-allowed';
        const request = (0,version_spec/* parseVersionRequest */.Hd)(line);
        if (!request) {
            throw new errors/* ConfigurationError */.j1(`${where} holds ${JSON.stringify(line)}: ${ALLOWED}.`);
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

;// CONCATENATED MODULE: ./.build/tofu/install/tofu-inputs.js



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
        throw (0,errors/* invalidInput */.aY)('tofu-binary', binary, `it runs that executable as it is, while ${other} chooses a release to install: set one or the other`);
    }
    const version = versionText === undefined ? undefined : requestFromInput(versionText);
    if (checksum !== undefined) {
        if (!isSha256(checksum)) {
            throw (0,errors/* invalidInput */.aY)('tofu-checksum', checksum, 'expected the 64-character hex SHA-256 of the release archive for this runner');
        }
        if (version?.request.kind !== 'exact') {
            throw (0,errors/* invalidInput */.aY)('tofu-checksum', checksum, versionText === undefined
                ? 'a pinned checksum needs an exact tofu-version such as 1.10.6 (the archive of one release), whatever tofu is on PATH'
                : `a pinned checksum needs an exact tofu-version such as 1.10.6, not ${JSON.stringify(versionText)}`);
        }
    }
    return {
        binary: binary === undefined ? undefined : binaryPath(binary, workspace),
        version,
        checksum,
    };
}
function binaryPath(binary, workspace) {
    if ((0,external_node_path_.isAbsolute)(binary) || !(binary.includes('/') || binary.includes(external_node_path_.sep)))
        return binary;
    return (0,external_node_path_.resolve)(workspace, binary);
}

;// CONCATENATED MODULE: ./.build/tofu/install/ensure-tofu.js










/**
 * The tofu to run, installing it only when tofu on PATH will not do (DESIGN §1):
 * - `tofu-binary` set: that (a path from the repository root, or a name on PATH); it goes with
 *   neither `tofu-version` nor `tofu-checksum`, and a checksum needs an exact `tofu-version`,
 *   whatever tofu is on PATH (readTofuInputs);
 * - tofu on PATH and no `tofu-version`: that one (it answers `required_version` itself);
 * - tofu on PATH and `tofu-version` set: that one when the version it reports is one the input
 *   allows and no `tofu-checksum` pins an archive; otherwise the requested release is installed,
 *   so that an explicit pin is never silently run with another version (state written by a
 *   newer tofu cannot be read by an older one);
 * - no tofu on PATH: the release `tofu-version`, `.opentofu-version` or the root module's
 *   `required_version` asks for (for fmt, else the newest any directory below allows),
 *   downloaded once, verified against its SHA256SUMS (or `tofu-checksum`), cached and put
 *   first on PATH; with none of these, an error that says how to get tofu.
 */
async function ensureTofu(ctx, options) {
    const { host, inputs } = ctx;
    const { binary, version: fromInput, checksum } = readTofuInputs(inputs, host.workspace);
    if (binary !== undefined)
        return binary;
    const platform = options.platform ?? currentPlatform();
    const onPath = findOnPath('tofu', host.env);
    if (onPath && fromInput === undefined)
        return onPath;
    const workingDirectory = (0,external_node_path_.isAbsolute)(options.workingDirectory)
        ? options.workingDirectory
        : (0,external_node_path_.resolve)(host.workspace, options.workingDirectory);
    const forWorkingDirectory = fromInput ?? requestedVersion(undefined, workingDirectory, host.workspace);
    const requests = forWorkingDirectory
        ? [forWorkingDirectory]
        : options.versionFromDirectoriesBelow
            ? requiredVersionsBelow(workingDirectory, host.workspace, (reason) => host.info(`Not used to choose the tofu release for fmt: ${reason}`))
            : [];
    if (requests.length === 0) {
        throw new errors/* ConfigurationError */.j1(options.versionFromDirectoriesBelow
            ? 'tofu was not found on PATH, and no version is named for fmt: set the input tofu-version (e.g. 1.10.6; fmt needs no providers, so any recent release formats the files), add a .opentofu-version file or a required_version constraint in the working directory or a directory below it, install tofu with opentofu/setup-opentofu, or point tofu-binary at the executable.'
            : 'tofu was not found on PATH: set the input tofu-version (e.g. 1.10.6) to let this action install a verified release, add a .opentofu-version file or a required_version constraint, install it with opentofu/setup-opentofu, or point tofu-binary at the executable.');
    }
    if (onPath && fromInput && checksum === undefined) {
        const found = await (0,path_version/* reportedVersion */.S5)(onPath, host, workingDirectory);
        if (found !== undefined && (0,path_version/* versionAllowed */.Hl)(fromInput.request, found)) {
            host.info(`Using tofu on PATH (${onPath}): OpenTofu ${found} satisfies ${fromInput.source}.`);
            return onPath;
        }
        host.info(found === undefined
            ? `tofu on PATH (${onPath}) did not report its version: installing the release ${fromInput.source} asks for.`
            : `tofu on PATH (${onPath}) is OpenTofu ${found}, which ${fromInput.source} (${JSON.stringify(inputs.string('tofu-version'))}) does not allow: installing the requested release.`);
    }
    const sources = releaseSources(host, inputs.string('github-token'));
    const http = { host, clock: ctx.clock, maxAttempts: options.maxAttempts };
    const { version, source } = await chooseRelease(requests, http, sources);
    const dir = await installRelease({
        host,
        clock: ctx.clock,
        version,
        platform,
        sources,
        pinnedChecksum: checksum,
        maxAttempts: options.maxAttempts,
    });
    host.addPath(dir);
    const installed = (0,external_node_path_.join)(dir, platform.binaryName);
    (0,path_version/* rememberVersion */.KH)(host, installed, version);
    host.info(`Using OpenTofu ${version} from ${source}: ${installed}`);
    return installed;
}


/***/ }),

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


/***/ }),

/***/ 5713:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ TRANSIENT_NETWORK_CODES)
/* harmony export */ });
/**
 * Error codes of a connection that failed on the way (Node's sockets and DNS, undici's fetch):
 * worth another try, unlike an answer the server gave.
 */
const TRANSIENT_NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'ETIMEDOUT',
    'EPIPE',
    'EAI_AGAIN',
    'ENOTFOUND',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'UND_ERR_CLOSED',
]);


/***/ }),

/***/ 7009:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ retry),
/* harmony export */   Q: () => (/* binding */ backoffDelayMs)
/* harmony export */ });
/**
 * The delay before attempt `attempt + 1`: exponential, capped, with "equal jitter" (half fixed,
 * half random) so that parallel jobs that failed together do not come back together.
 */
function backoffDelayMs(attempt, baseMs, maxDelayMs, random) {
    const ceiling = Math.min(maxDelayMs, baseMs * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
/**
 * Runs `fn` until it succeeds, the error is classified 'fail', the attempts are used up or the
 * time budget is spent. The error thrown is always the last one `fn` threw, unchanged.
 */
async function retry(fn, options) {
    const { classify, maxAttempts, maxElapsedMs, baseMs, sleep, now, signal, onRetry } = options;
    const maxDelayMs = options.maxDelayMs ?? 30_000;
    const random = options.random ?? Math.random;
    const start = now();
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (error) {
            if (attempt >= maxAttempts || signal?.aborted || classify(error) === 'fail')
                throw error;
            const delayMs = backoffDelayMs(attempt, baseMs, maxDelayMs, random);
            if (now() - start + delayMs > maxElapsedMs)
                throw error;
            onRetry?.({ attempt, delayMs, error });
            await sleep(delayMs, signal);
            if (signal?.aborted)
                throw error;
        }
    }
}


/***/ })

};
