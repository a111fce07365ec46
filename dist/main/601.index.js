export const id = 601;
export const ids = [601];
export const modules = {

/***/ 9684:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DM: () => (/* binding */ parseRoleArn),
/* harmony export */   KC: () => (/* binding */ accountOfArn),
/* harmony export */   cn: () => (/* binding */ partitionOfRegion),
/* harmony export */   hP: () => (/* binding */ checkAccountId),
/* harmony export */   vK: () => (/* binding */ checkRegion)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1096);

// Region patterns of each partition, as in the AWS SDK's partitions.json (lower case only).
const REGION_PATTERNS = {
    aws: /^(us|eu|ap|sa|ca|me|af|il|mx)-[a-z]+-\d+$/,
    'aws-cn': /^cn-[a-z]+-\d+$/,
    'aws-us-gov': /^us-gov-[a-z]+-\d+$/,
};
const PARTITIONS = Object.keys(REGION_PATTERNS);
const ROLE_ARN = /^arn:(aws|aws-cn|aws-us-gov):iam::(\d{12}):role(\/.*)$/;
// IAM: a role name is 1-64 of [\w+=,.@-]; a path is `/` or `/.../` of printable ASCII, up to 512.
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;
const ROLE_PATH = /^\/([\x21-\x7e]*\/)?$/;
const ARN_ALLOWED = 'expected an IAM role ARN such as arn:aws:iam::123456789012:role/deploy (partition aws, aws-cn or aws-us-gov)';
/** Parses an IAM role ARN; a one-line error naming the input otherwise. */
function parseRoleArn(input, value) {
    const match = ROLE_ARN.exec(value.trim());
    if (!match) {
        const hint = /^arn:[^:]*:sts::\d+:assumed-role\//.test(value)
            ? ' (this is an assumed-role session ARN; give the role ARN arn:...:iam::ACCOUNT:role/NAME)'
            : '';
        throw (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)(input, value, `${ARN_ALLOWED}${hint}`);
    }
    const [, partition, accountId, rest] = match;
    const cut = rest.lastIndexOf('/');
    const path = rest.slice(0, cut + 1);
    const name = rest.slice(cut + 1);
    if (!ROLE_NAME.test(name) || !ROLE_PATH.test(path) || path.length > 512) {
        throw (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)(input, value, `${ARN_ALLOWED}; a role name is 1-64 of letters, digits and +=,.@_-`);
    }
    return { arn: value.trim(), partition, accountId, path, name };
}
/** The partition a region belongs to, or undefined when it matches none. */
function partitionOfRegion(region) {
    return PARTITIONS.find((p) => REGION_PATTERNS[p].test(region));
}
/** Checks a region against the role's partition: `us-east-1` cannot reach an aws-cn role. */
function checkRegion(input, region, partition) {
    const found = partitionOfRegion(region);
    if (found === undefined) {
        throw (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)(input, region, `expected an AWS region such as us-east-1, eu-west-2, cn-north-1 or us-gov-west-1`);
    }
    if (found !== partition) {
        throw (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)(input, region, `it is a region of the ${found} partition but the role is in the ${partition} partition`);
    }
    return region;
}
/** An AWS account id: exactly 12 digits. */
function checkAccountId(input, value) {
    if (!/^\d{12}$/.test(value))
        throw (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)(input, value, 'expected 12-digit account ids');
    return value;
}
/** The account of an STS/IAM ARN (`arn:aws:sts::123456789012:assumed-role/...`). */
function accountOfArn(arn) {
    return /^arn:[^:]+:[^:]+:[^:]*:(\d{12}):/.exec(arn)?.[1];
}


/***/ }),

/***/ 7601:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  assumeRole: () => (/* binding */ assumeRole),
  post: () => (/* binding */ post),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./.build/util/errors.js
var errors = __webpack_require__(1096);
// EXTERNAL MODULE: ./.build/aws/role-arn.js
var role_arn = __webpack_require__(9684);
// EXTERNAL MODULE: ./.build/util/duration.js
var duration = __webpack_require__(4763);
;// CONCATENATED MODULE: ./.build/aws/session-params.js


/** STS limits for DurationSeconds (the role's own MaxSessionDuration may be lower). */
const MIN_DURATION_SECONDS = 900;
const MAX_DURATION_SECONDS = 43_200;
/** AWS caps a session obtained by role chaining at one hour. */
const MAX_CHAINED_DURATION_SECONDS = 3600;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
/** `1h`, `90m`, `3600` (seconds) → whole seconds within STS's range. */
function parseRoleDuration(input, value) {
    const ms = (0,duration/* parseDurationMs */.yi)(value);
    const allowed = `expected a duration from 15m to 12h such as 1h, 90m or a number of seconds (${MIN_DURATION_SECONDS}-${MAX_DURATION_SECONDS})`;
    if (ms === undefined || ms % 1000 !== 0)
        throw (0,errors/* invalidInput */.aY)(input, value, allowed);
    const seconds = ms / 1000;
    if (seconds < MIN_DURATION_SECONDS || seconds > MAX_DURATION_SECONDS) {
        throw (0,errors/* invalidInput */.aY)(input, value, allowed);
    }
    return seconds;
}
/** A session name the user gave: STS allows 2-64 of letters, digits and +=,.@_-. */
function checkSessionName(input, value) {
    if (!SESSION_NAME.test(value)) {
        throw (0,errors/* invalidInput */.aY)(input, value, 'expected 2-64 characters of letters, digits and +=,.@_-');
    }
    return value;
}
/**
 * The default session name, from the repository and the run: what CloudTrail shows for every
 * call made with these credentials. Characters STS refuses become `-`; the run id is kept
 * whole when the name has to be cut to 64.
 */
function defaultSessionName(repository, runId, runAttempt) {
    const clean = (text) => text
        .replace(/[^\w+=,.@-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^-|-$/g, '');
    const repo = clean(repository?.split('/').pop() ?? '');
    const run = clean([runId, runAttempt && runAttempt !== '1' ? runAttempt : ''].join('-'));
    const head = repo ? `GitHubActions-${repo}` : 'GitHubActions';
    if (!run)
        return head.slice(0, 64);
    return `${head.slice(0, Math.max(1, 64 - run.length - 1))}-${run}`.slice(0, 64);
}

;// CONCATENATED MODULE: ./.build/aws/assume-role-settings.js



const DEFAULT_AUDIENCE = 'sts.amazonaws.com';
/**
 * Every input, validated before any work starts. The inputs are read in a fixed order (the
 * first invalid one is the one reported).
 */
function readSettings(ctx) {
    const { inputs, host, github } = ctx;
    // With mask-account-id, every account id is masked the moment it is read, so that not even
    // an error about these inputs shows one.
    const maskAccountId = inputs.bool('mask-account-id', false);
    const maskAccounts = (text) => {
        if (maskAccountId)
            for (const [id] of text.matchAll(/\d{12}/g))
                host.setSecret(id);
        return text;
    };
    const { role, chain } = readRoles(inputs, maskAccounts);
    const region = readRegion(inputs, host.env, role);
    const durationSeconds = readDuration(inputs, chain.length > 0);
    const sessionName = readSessionName(inputs, github);
    const allowedAccountIds = readAllowedAccountIds(inputs, maskAccounts, role, chain);
    return {
        role,
        chain,
        region,
        audience: inputs.string('audience') ?? DEFAULT_AUDIENCE,
        sessionName,
        durationSeconds,
        allowedAccountIds,
        exportCredentials: inputs.bool('export-credentials', true),
        outputCredentials: inputs.bool('output-credentials', false),
        maskAccountId,
    };
}
/** role-arn and role-chain, all in one partition. */
function readRoles(inputs, maskAccounts) {
    const role = (0,role_arn/* parseRoleArn */.DM)('role-arn', maskAccounts(inputs.required('role-arn')));
    // One per line only: an IAM role name may contain commas.
    const chainArns = inputs.lines('role-chain');
    const chain = chainArns.map((arn) => (0,role_arn/* parseRoleArn */.DM)('role-chain', maskAccounts(arn)));
    for (const next of chain) {
        if (next.partition !== role.partition) {
            throw (0,errors/* invalidInput */.aY)('role-chain', next.arn, `a chained role must be in the partition of role-arn (${role.partition})`);
        }
    }
    return { role, chain };
}
/** aws-region, else AWS_REGION / AWS_DEFAULT_REGION, in the partition of role-arn. */
function readRegion(inputs, env, role) {
    const regionInput = inputs.string('aws-region');
    const regionVar = ['AWS_REGION', 'AWS_DEFAULT_REGION'].find((name) => env[name]);
    const region = regionInput ?? (regionVar ? env[regionVar] : undefined);
    if (region === undefined) {
        throw new errors/* ConfigurationError */.j1(`Input 'aws-region' is required for assume-role (or AWS_REGION in the environment), e.g. us-east-1.`);
    }
    (0,role_arn/* checkRegion */.vK)(regionInput === undefined ? `aws-region (from ${regionVar})` : 'aws-region', region, role.partition);
    return region;
}
/** role-duration in seconds (default 1h); AWS allows at most 1h for chained sessions. */
function readDuration(inputs, chained) {
    const durationText = inputs.string('role-duration');
    const durationSeconds = durationText === undefined ? 3600 : parseRoleDuration('role-duration', durationText);
    if (chained && durationSeconds > MAX_CHAINED_DURATION_SECONDS) {
        throw (0,errors/* invalidInput */.aY)('role-duration', durationText ?? '', 'AWS caps sessions obtained by role chaining at 1h (3600 seconds); use 1h or less with role-chain');
    }
    return durationSeconds;
}
/** role-session-name, else one naming the repository and the run. */
function readSessionName(inputs, github) {
    const sessionText = inputs.string('role-session-name');
    return sessionText === undefined
        ? defaultSessionName(github.owner && github.repo ? `${github.owner}/${github.repo}` : undefined, github.runId, github.runAttempt)
        : checkSessionName('role-session-name', sessionText);
}
/** allowed-account-ids, which must include the account of the last role assumed. */
function readAllowedAccountIds(inputs, maskAccounts, role, chain) {
    const allowed = inputs.list('allowed-account-ids');
    for (const id of allowed)
        maskAccounts(id);
    const allowedAccountIds = allowed.map((id) => (0,role_arn/* checkAccountId */.hP)('allowed-account-ids', id));
    const final = chain.at(-1) ?? role;
    if (allowedAccountIds.length > 0 && !allowedAccountIds.includes(final.accountId)) {
        throw (0,errors/* invalidInput */.aY)(chain.length ? 'role-chain' : 'role-arn', final.arn, `its account ${final.accountId} is not in allowed-account-ids (${allowedAccountIds.join(', ')}); nothing was assumed or exported`);
    }
    return allowedAccountIds;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: ./.build/util/retry.js
var retry = __webpack_require__(7009);
;// CONCATENATED MODULE: ./.build/aws/oidc-token.js




/**
 * A failed request to the runner's token service. `transient` failures (network, 5xx, 429,
 * 408) are retried; anything else means the request itself is wrong.
 */
class OidcTokenError extends Error {
    transient;
    status;
    name = 'OidcTokenError';
    constructor(message, transient, status) {
        super(message);
        this.transient = transient;
        this.status = status;
    }
}
function tokenEndpoint(env) {
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    return url && requestToken ? { url, requestToken } : undefined;
}
/**
 * One GET through node:http(s). Not the global fetch: its first use loads undici, which costs
 * more start-up than the whole request (node:http is loaded for the AWS SDK anyway).
 */
function httpGet(url, headers, timeoutMs, signal, agents) {
    return new Promise((resolve, reject) => {
        const http = url.protocol === 'http:';
        const request = http ? external_node_http_.request : external_node_https_.request;
        const agent = agents ? (http ? agents.httpAgent : agents.httpsAgent) : undefined;
        const options = {
            method: 'GET',
            headers,
            timeout: timeoutMs,
            signal,
            ...(agent ? { agent } : {}),
        };
        const req = request(url, options, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('error', reject);
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        });
        req.on('timeout', () => req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })));
        req.on('error', reject);
        req.end();
    });
}
const TRANSIENT_STATUS = new Set([408, 429]);
/**
 * GET <ACTIONS_ID_TOKEN_REQUEST_URL>&audience=<audience> with the request token as bearer:
 * the same request @actions/core's getIDToken makes, answered with `{"value": "<jwt>"}`.
 */
async function fetchOidcToken(options) {
    const { endpoint, audience, setSecret } = options;
    const url = new URL(endpoint.url);
    url.searchParams.set('audience', audience);
    return (0,retry/* retry */.L)(async () => {
        let response;
        try {
            response = await httpGet(url, {
                authorization: `Bearer ${endpoint.requestToken}`,
                accept: 'application/json; api-version=2.0',
                'user-agent': 'tofu-aws-action',
            }, options.attemptTimeoutMs ?? 10_000, options.retry.signal, options.agents);
        }
        catch (error) {
            const code = error.code;
            throw new OidcTokenError(`the runner's token service could not be reached (${code ?? error.message})`, true);
        }
        const { status, body } = response;
        if (status < 200 || status >= 300) {
            throw new OidcTokenError(`the runner's token service answered HTTP ${status}${body ? `: ${body.slice(0, 200)}` : ''}`, status >= 500 || TRANSIENT_STATUS.has(status), status);
        }
        let value;
        try {
            value = JSON.parse(body).value;
        }
        catch {
            value = undefined;
        }
        if (typeof value !== 'string' || value.split('.').length !== 3) {
            throw new OidcTokenError(`the runner's token service answered without a token`, true);
        }
        setSecret(value);
        return value;
    }, {
        ...options.retry,
        classify: (error) => (error instanceof OidcTokenError && error.transient ? 'retry' : 'fail'),
    });
}
/** A ConfigurationError for a token that could not be fetched at all. */
function tokenFetchFailed(error, attempts) {
    const reason = error instanceof Error ? error.message : String(error);
    return new errors/* ConfigurationError */.j1(`Could not get the job's OIDC token after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${reason}.`);
}

;// CONCATENATED MODULE: ./.build/aws/jwt-claims.js
/** The claims a role's trust policy conditions on, in the order people read them. */
const EXPLAINED_CLAIMS = [
    'sub',
    'aud',
    'iss',
    'repository',
    'ref',
    'environment',
    'event_name',
    'job_workflow_ref',
];
function decodeClaims(token) {
    const payload = token.split('.')[1];
    if (!payload)
        return undefined;
    try {
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        return claims && typeof claims === 'object' && !Array.isArray(claims)
            ? claims
            : undefined;
    }
    catch {
        return undefined;
    }
}
function claimText(claims, name) {
    const value = claims[name];
    if (value === undefined || value === null || value === '')
        return undefined;
    return Array.isArray(value) ? value.join(',') : String(value);
}
/** `sub: repo:org/app:pull_request` lines for the explained claims that are present. */
function formatClaims(claims) {
    return EXPLAINED_CLAIMS.flatMap((name) => {
        const value = claimText(claims, name);
        return value === undefined ? [] : [`  ${name}: ${value}`];
    });
}

// EXTERNAL MODULE: ./.build/util/network-errors.js
var network_errors = __webpack_require__(5713);
;// CONCATENATED MODULE: ./.build/aws/sts-errors.js


// Classification of STS failures (DESIGN §2): transient ones are retried with backoff; a request
// STS refuses on its merits fails at once, with an explanation of what to change.
// Compared without a trailing "Exception": STS answers `ExpiredTokenException` for one call
// and `ExpiredToken` for another, and the SDK names its error classes `...Exception`.
const TRANSIENT_CODES = new Set([
    'Throttling',
    'Throttled',
    'RequestThrottled',
    'TooManyRequests',
    'RequestLimitExceeded',
    'IDPCommunicationError',
    'InternalFailure',
    'InternalError',
    'InternalServerError',
    'ServiceUnavailable',
    'RequestTimeout',
]);
/** An error STS itself answered (the SDK's ServiceException carries $metadata). */
function isStsServiceError(error) {
    return typeof error === 'object' && error !== null && '$metadata' in error && '$fault' in error;
}
/**
 * The STS error code as STS sent it (`AccessDenied`, `Throttling`; the SDK keeps it in `Code`,
 * its class name may add `Exception`), or the network error code.
 */
function stsErrorCode(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const e = error;
    if (isStsServiceError(error)) {
        if (typeof e.Code === 'string' && e.Code)
            return e.Code;
        if (typeof e.name === 'string')
            return e.name;
    }
    if (typeof e.code === 'string')
        return e.code;
    if (e.name === 'TimeoutError')
        return 'TimeoutError';
    return undefined;
}
/** The code without a trailing `Exception`, for comparisons. */
function baseCode(error) {
    return stsErrorCode(error)?.replace(/Exception$/, '');
}
function messageOf(error) {
    const m = error?.message;
    return typeof m === 'string' && m ? m : String(error);
}
function classifyStsError(error) {
    const code = baseCode(error);
    if (code === undefined)
        return 'fail';
    // A host that does not resolve is a wrong region or endpoint, not a passing fault.
    const transientNetwork = network_errors/* TRANSIENT_NETWORK_CODES */.p.has(code) && code !== 'ENOTFOUND';
    if (TRANSIENT_CODES.has(code) || transientNetwork || code === 'TimeoutError') {
        return 'retry';
    }
    // STS could not fetch the provider's keys (JWKS): a fault on the way, not in the token.
    if (code === 'InvalidIdentityToken' &&
        /couldn't retrieve verification key/i.test(messageOf(error))) {
        return 'retry';
    }
    const status = error.$metadata?.httpStatusCode;
    if (isStsServiceError(error) && status !== undefined && status >= 500)
        return 'retry';
    return 'fail';
}
const OPERATION = {
    'web-identity': 'AssumeRoleWithWebIdentity',
    chain: 'AssumeRole',
    'caller-identity': 'GetCallerIdentity',
};
function accountOf(roleArn) {
    return /:(\d{12}):/.exec(roleArn)?.[1] ?? 'ACCOUNT';
}
function partitionOf(roleArn) {
    return /^arn:([^:]+):/.exec(roleArn)?.[1] ?? 'aws';
}
/** The IAM OIDC provider a token's issuer corresponds to (`token.actions.githubusercontent.com`). */
function providerHost(claims) {
    return (claimText(claims ?? {}, 'iss') ?? 'https://token.actions.githubusercontent.com').replace(/^https?:\/\//, '');
}
/**
 * `repo:ORG/REPO` as this token's sub spells it: GitHub's immutable form
 * `repo:ORG@OWNER-ID/REPO@REPO-ID` included.
 */
function subjectPrefix(claims) {
    const sub = claimText(claims ?? {}, 'sub');
    const match = sub === undefined ? null : /^(repo:[^:]+):/.exec(sub);
    return match?.[1] ?? `repo:${claimText(claims ?? {}, 'repository') ?? 'ORG/REPO'}`;
}
/** GitHub's default sub: the repository, then the environment, pull_request or the ref. */
const DEFAULT_SUBJECT = /^repo:[^:]+:(pull_request|environment:[^:]+|ref:refs\/.+)$/;
/** `org/shared/.github/workflows/deploy.yml` of `org/shared/.github/workflows/deploy.yml@ref`. */
const workflowPath = (ref) => ref.replace(/@[^@]*$/, '');
function subjectForms(claims) {
    const repo = subjectPrefix(claims);
    const sub = claimText(claims ?? {}, 'sub');
    const lines = [
        'The sub claim depends on how the job runs; the trust policy must list the ones it allows:',
        `  job with an environment:   ${repo}:environment:NAME   (e.g. production; wins over the forms below, on pull requests too)`,
        `  pull request:              ${repo}:pull_request`,
        `  push to a branch:          ${repo}:ref:refs/heads/BRANCH`,
        `  tag:                       ${repo}:ref:refs/tags/TAG`,
    ];
    if (sub !== undefined && !DEFAULT_SUBJECT.test(sub)) {
        lines.push(`This token's sub is not in GitHub's default form: the organization or repository customised its OIDC subject template (include_claim_keys), and the trust policy must match the customised form, e.g. "${sub}".`);
    }
    const jobWorkflow = claimText(claims ?? {}, 'job_workflow_ref');
    const workflow = claimText(claims ?? {}, 'workflow_ref');
    if (jobWorkflow !== undefined &&
        workflow !== undefined &&
        workflowPath(jobWorkflow) !== workflowPath(workflow) &&
        !sub?.includes(':job_workflow_ref:')) {
        lines.push(`This job runs the reusable workflow ${jobWorkflow} (job_workflow_ref): the sub names the calling repository and job, not that workflow. To let only that workflow assume the role, customise the subject template to include job_workflow_ref (the sub then reads ${repo}:CONTEXT:job_workflow_ref:${jobWorkflow}) and match that form.`);
    }
    return lines;
}
function webIdentityTrust(roleArn, claims) {
    const host = providerHost(claims);
    const sub = claimText(claims ?? {}, 'sub') ?? 'repo:ORG/REPO:...';
    const aud = claimText(claims ?? {}, 'aud') ?? 'sts.amazonaws.com';
    const provider = `arn:${partitionOf(roleArn)}:iam::${accountOf(roleArn)}:oidc-provider/${host}`;
    return [
        `The trust policy of ${roleArn} must allow this token, e.g.:`,
        `  "Effect": "Allow",`,
        `  "Principal": { "Federated": "${provider}" },`,
        `  "Action": "sts:AssumeRoleWithWebIdentity",`,
        `  "Condition": {`,
        `    "StringEquals": { "${host}:aud": "${aud}" },`,
        `    "StringLike": { "${host}:sub": "${sub}" }`,
        `  }`,
    ];
}
function claimsBlock(claims) {
    if (!claims)
        return ['The token could not be decoded to show its claims.'];
    return ["The token's claims:", ...formatClaims(claims)];
}
/**
 * Turns a final STS failure into an explanation: what STS said, and what to change (trust
 * policy, permissions, provider, inputs). `attempts` > 1 means it was retried until the budget
 * ran out.
 */
function explainStsError(error, step, attempts) {
    const code = stsErrorCode(error) ?? 'Error';
    const base = baseCode(error);
    const message = messageOf(error);
    const op = OPERATION[step.kind];
    const target = step.kind === 'caller-identity' ? '' : ` for ${step.roleArn}`;
    const said = `STS ${op}${target} failed: ${code}: ${message}`;
    if (classifyStsError(error) === 'retry') {
        return {
            summary: `${said} (still failing after ${attempts} attempts; STS or the network is having trouble, re-run the job).`,
            details: [],
        };
    }
    if (step.kind === 'web-identity') {
        const sub = claimText(step.claims ?? {}, 'sub');
        const aud = claimText(step.claims ?? {}, 'aud');
        if (base === 'AccessDenied' || base === 'IDPRejectedClaim') {
            return {
                summary: `${said}. The role does not exist, or its trust policy does not accept this job's token (sub "${sub ?? '?'}", aud "${aud ?? '?'}"); the token's claims and the condition the trust policy needs are printed above.`,
                details: [
                    ...claimsBlock(step.claims),
                    ...webIdentityTrust(step.roleArn, step.claims),
                    ...subjectForms(step.claims),
                ],
            };
        }
        if (base === 'InvalidIdentityToken') {
            const issuer = claimText(step.claims ?? {}, 'iss') ?? 'https://token.actions.githubusercontent.com';
            const account = accountOf(step.roleArn);
            const fix = /audience/i.test(message)
                ? `The IAM OpenID Connect provider for ${issuer} in account ${account} does not list the token's audience "${aud ?? '?'}": add it to the provider's audiences (client IDs), or set the audience input to one it lists (usually sts.amazonaws.com).`
                : /provider found/i.test(message)
                    ? `Account ${account} needs an IAM OpenID Connect provider for ${issuer} with the audience "${aud ?? 'sts.amazonaws.com'}".`
                    : `Check that account ${account} has an IAM OpenID Connect provider for ${issuer} with the audience "${aud ?? 'sts.amazonaws.com'}".`;
            return { summary: `${said}. ${fix}`, details: claimsBlock(step.claims) };
        }
        if (base === 'ExpiredToken') {
            return {
                summary: `${said}. The job's OIDC token expired before STS checked it (tokens live a few minutes); re-run the job, and check the runner's clock.`,
                details: [],
            };
        }
    }
    if (step.kind === 'chain' && base === 'AccessDenied') {
        const next = step.roleArn;
        return {
            summary: `${said}. Role chaining needs two policies: the permissions policy of ${step.fromRoleArn} must allow sts:AssumeRole (and sts:TagSession when session tags are passed on) on ${next}, and the trust policy of ${next} must trust ${step.fromRoleArn}.`,
            details: [
                `Permissions policy of ${step.fromRoleArn}:`,
                `  { "Effect": "Allow", "Action": ["sts:AssumeRole", "sts:TagSession"], "Resource": "${next}" }`,
                `Trust policy of ${next}:`,
                `  { "Effect": "Allow", "Principal": { "AWS": "${step.fromRoleArn}" }, "Action": ["sts:AssumeRole", "sts:TagSession"] }`,
            ],
        };
    }
    if (base === 'ValidationError' && /DurationSeconds exceeds/i.test(message)) {
        return {
            summary: `${said}. Lower role-duration, or raise the role's maximum session duration (role chaining is capped at 1h).`,
            details: [],
        };
    }
    if (base === 'ENOTFOUND') {
        return {
            summary: `${said}. The STS host name does not resolve: check aws-region (a region that exists and is enabled) and AWS_ENDPOINT_URL_STS; a runner that reaches AWS only through a proxy needs HTTPS_PROXY (and NO_PROXY) in its environment.`,
            details: [],
        };
    }
    if (base === 'ERR_PROXY_TUNNEL') {
        return {
            summary: `${said}. The proxy from HTTPS_PROXY refused the tunnel to STS: allow the STS endpoint (port 443) on the proxy, or list it in NO_PROXY when the runner reaches it directly.`,
            details: [],
        };
    }
    if (base === 'RegionDisabled') {
        return {
            summary: `${said}. Activate STS in this region (IAM account settings) or use another aws-region.`,
            details: [],
        };
    }
    return { summary: `${said}.`, details: [] };
}
/** The job has no OIDC token: the permission is missing, or GitHub never gives one (forks). */
function missingTokenMessage(fork) {
    const forkNote = fork
        ? ` This run is for a pull request from the fork ${fork}: GitHub never gives pull requests from forks an OIDC token, so assume a role only in workflows that do not run fork code with credentials.`
        : ' Pull requests from forks never get a token, whatever the permissions say.';
    return `The runner gave this job no OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set): add "permissions: id-token: write" (and "contents: read") to the job or the workflow.${forkNote}`;
}

;// CONCATENATED MODULE: ./.build/aws/sts-retry.js



/** Backoff for the token fetch and every STS call: 250 ms doubling to 8 s, 6 attempts, 60 s. */
const RETRY_POLICY = {
    baseMs: 250,
    maxDelayMs: 8_000,
    maxAttempts: 6,
    maxElapsedMs: 60_000,
};
/** RETRY_POLICY on the given clock, stopped by the job's cancellation. */
function retryTiming(clock, signal) {
    return {
        ...RETRY_POLICY,
        sleep: (ms, s) => clock.sleep(ms, s),
        now: () => clock.now(),
        signal,
    };
}
/** A failure after the job was cancelled is reported as the cancellation. */
function throwIfCancelled(signal) {
    if (signal.aborted) {
        throw new errors/* ConfigurationError */.j1('assume-role was cancelled before it finished; nothing was exported.');
    }
}
/** STS calls with classified retries logged to the host; a final failure becomes an explanation. */
function stsCaller(host, timing) {
    return async (step, fn) => {
        let attempts = 1;
        try {
            return await (0,retry/* retry */.L)(fn, {
                ...timing,
                classify: classifyStsError,
                onRetry: ({ attempt, delayMs, error }) => {
                    attempts = attempt + 1;
                    host.info(`STS answered ${stsErrorCode(error) ?? 'an error'} (attempt ${attempt}); retrying in ${delayMs} ms.`);
                },
            });
        }
        catch (error) {
            throwIfCancelled(host.cancellation);
            if (!isStsServiceError(error) && stsErrorCode(error) === undefined)
                throw error;
            const { summary, details } = explainStsError(error, step, attempts);
            for (const line of details)
                host.info(line);
            throw new errors/* ConfigurationError */.j1(summary);
        }
    };
}

;// CONCATENATED MODULE: ./.build/aws/job-token.js




/**
 * The job's OIDC token for assume-role: the runner's token service, or an error saying why the
 * job has none; then the token itself, masked on arrival, with retries logged to the host.
 */
/** The token service, or a ConfigurationError naming what the workflow lacks. */
function requireTokenEndpoint(host, github) {
    const endpoint = tokenEndpoint(host.env);
    if (!endpoint)
        throw new errors/* ConfigurationError */.j1(missingTokenMessage(forkOf(github)));
    return endpoint;
}
/** The fork a pull_request run comes from (such runs get no OIDC token), if it is one. */
function forkOf(github) {
    const pr = github.pullRequest;
    // pull_request_target runs in the base repository and can get a token.
    if (!pr || github.eventName === 'pull_request_target')
        return undefined;
    return pr.headRepo && pr.baseRepo && pr.headRepo !== pr.baseRepo ? pr.headRepo : undefined;
}
/** The token (masked the moment it arrives); a final failure says how many attempts it took. */
async function fetchJobToken(host, request) {
    const { endpoint, audience, agents, timing } = request;
    let attempts = 0;
    try {
        return await fetchOidcToken({
            endpoint,
            audience,
            setSecret: (v) => host.setSecret(v),
            ...(agents ? { agents } : {}),
            retry: {
                ...timing,
                onRetry: ({ attempt, delayMs, error }) => {
                    attempts = attempt + 1;
                    host.info(`Getting the OIDC token failed (attempt ${attempt}): ${error.message}; retrying in ${delayMs} ms.`);
                },
            },
        });
    }
    catch (error) {
        throwIfCancelled(host.cancellation);
        throw tokenFetchFailed(error, Math.max(1, attempts));
    }
}

;// CONCATENATED MODULE: ./.build/aws/role-chain.js

/**
 * AssumeRoleWithWebIdentity with the job's token, then AssumeRole for each role of the chain,
 * each from the session before. Every session's credentials are masked before anything else
 * sees them; the last session is returned.
 */
async function assumeRoleChain(host, sts, call, settings, token) {
    const { role, sessionName, durationSeconds } = settings;
    const mask = (s) => {
        host.setSecret(s.credentials.accessKeyId);
        host.setSecret(s.credentials.secretAccessKey);
        host.setSecret(s.credentials.sessionToken);
        return s;
    };
    const claims = decodeClaims(token);
    host.info(`Assuming ${role.arn} with the job's OIDC token (sub ${describeClaim(claims, 'sub')}, aud ${describeClaim(claims, 'aud')}), session ${sessionName}, ${durationSeconds} s.`);
    let session = await call({ kind: 'web-identity', roleArn: role.arn, claims }, async () => mask(await sts.assumeRoleWithWebIdentity({ roleArn: role.arn, sessionName, durationSeconds, webIdentityToken: token }, host.cancellation)));
    let fromRoleArn = role.arn;
    for (const next of settings.chain) {
        host.info(`Chaining from ${fromRoleArn} to ${next.arn}.`);
        const from = session.credentials;
        session = await call({ kind: 'chain', roleArn: next.arn, fromRoleArn }, async () => mask(await sts.assumeRole(from, { roleArn: next.arn, sessionName, durationSeconds }, host.cancellation)));
        fromRoleArn = next.arn;
    }
    return session;
}
function describeClaim(claims, name) {
    return claims ? (claimText(claims, name) ?? '(none)') : '(undecodable token)';
}

;// CONCATENATED MODULE: ./.build/aws/sts.js
function session(operation, output) {
    const c = output.Credentials;
    const arn = output.AssumedRoleUser?.Arn;
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !c.Expiration || !arn) {
        throw new Error(`STS ${operation} answered without credentials or an assumed-role ARN`);
    }
    return {
        credentials: {
            accessKeyId: c.AccessKeyId,
            secretAccessKey: c.SecretAccessKey,
            sessionToken: c.SessionToken,
            expiration: c.Expiration,
        },
        assumedRoleArn: arn,
    };
}
async function createStsApi(region, agents) {
    const sdk = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(695)]).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19));
    const requestHandler = {
        connectionTimeout: 5_000,
        requestTimeout: 15_000,
        ...(agents ? { httpAgent: agents.httpAgent, httpsAgent: agents.httpsAgent } : {}),
    };
    const client = (credentials) => new sdk.STSClient({
        region,
        maxAttempts: 1,
        customUserAgent: 'tofu-aws-action',
        requestHandler,
        ...(credentials ? { credentials } : {}),
    });
    const anonymous = client();
    return {
        async assumeRoleWithWebIdentity(params, signal) {
            const output = await anonymous.send(new sdk.AssumeRoleWithWebIdentityCommand({
                RoleArn: params.roleArn,
                RoleSessionName: params.sessionName,
                DurationSeconds: params.durationSeconds,
                WebIdentityToken: params.webIdentityToken,
            }), { abortSignal: signal });
            return session('AssumeRoleWithWebIdentity', output);
        },
        async assumeRole(from, params, signal) {
            const output = await client(from).send(new sdk.AssumeRoleCommand({
                RoleArn: params.roleArn,
                RoleSessionName: params.sessionName,
                DurationSeconds: params.durationSeconds,
            }), { abortSignal: signal });
            return session('AssumeRole', output);
        },
        async getCallerIdentity(credentials, signal) {
            const output = await client(credentials).send(new sdk.GetCallerIdentityCommand({}), {
                abortSignal: signal,
            });
            if (!output.Account || !output.Arn || !output.UserId) {
                throw new Error('STS GetCallerIdentity answered without an account or ARN');
            }
            return { account: output.Account, arn: output.Arn, userId: output.UserId };
        },
    };
}

;// CONCATENATED MODULE: ./.build/aws/verified-identity.js


/**
 * Whose credentials these are (GetCallerIdentity), checked before anything leaves this
 * process: the account must be the session's own and one of allowedAccountIds (when given).
 */
async function verifiedIdentity(host, sts, call, session, options) {
    const identity = await call({ kind: 'caller-identity' }, () => sts.getCallerIdentity(session.credentials, host.cancellation));
    if (options.maskAccountId)
        host.setSecret(identity.account);
    checkIdentityAccount(session.assumedRoleArn, identity, options.allowedAccountIds);
    return identity;
}
/** Throws when the identity's account is not the session's, or not an allowed one. */
function checkIdentityAccount(assumedRoleArn, identity, allowedAccountIds) {
    const arnAccount = (0,role_arn/* accountOfArn */.KC)(assumedRoleArn);
    if (arnAccount !== undefined && arnAccount !== identity.account) {
        throw new errors/* ConfigurationError */.j1(`Refusing the credentials: STS returned a session in account ${arnAccount} (${assumedRoleArn}) but GetCallerIdentity says account ${identity.account}; nothing was exported.`);
    }
    if (allowedAccountIds.length > 0 && !allowedAccountIds.includes(identity.account)) {
        throw new errors/* ConfigurationError */.j1(`Refusing the credentials of ${identity.arn}: account ${identity.account} is not in allowed-account-ids (${allowedAccountIds.join(', ')}); nothing was exported.`);
    }
}

;// CONCATENATED MODULE: ./.build/github/credential-env.js
/**
 * The AWS_* variables assume-role exports for the following steps, and their clearing in the
 * post step. Later steps get their environment from GITHUB_ENV, so clearing means exporting
 * the credential names again with empty values (the AWS SDKs and CLI treat an empty
 * AWS_ACCESS_KEY_ID as unset); AWS_REGION and AWS_DEFAULT_REGION get back the values they had
 * before (empty when unset).
 */
const EXPORTED_STATE = 'assume-role-exported';
/** Exports the credentials and region, after saving what the post step is to export. */
function exportCredentialEnv(host, c, region) {
    const exported = {
        AWS_ACCESS_KEY_ID: c.accessKeyId,
        AWS_SECRET_ACCESS_KEY: c.secretAccessKey,
        AWS_SESSION_TOKEN: c.sessionToken,
        AWS_REGION: region,
        AWS_DEFAULT_REGION: region,
    };
    // What the post step exports: nothing secret, only names, empties and earlier regions.
    const afterPost = {};
    for (const name of Object.keys(exported)) {
        afterPost[name] = name.endsWith('REGION') ? (host.env[name] ?? '') : '';
    }
    host.saveState(EXPORTED_STATE, JSON.stringify(afterPost));
    for (const [name, value] of Object.entries(exported))
        host.exportVariable(name, value);
}
/** Post step: exports again what exportCredentialEnv saved, and says what it did. */
function restoreCredentialEnv(host) {
    const entries = savedExports(host.getState(EXPORTED_STATE));
    for (const [name, value] of entries)
        host.exportVariable(name, value);
    const cleared = entries.filter(([, value]) => !value).map(([name]) => name);
    const restored = entries.filter(([, value]) => value).map(([name, value]) => `${name}=${value}`);
    if (cleared.length)
        host.info(`Cleared ${cleared.join(', ')} for the rest of the job.`);
    if (restored.length)
        host.info(`Restored ${restored.join(', ')}.`);
}
/**
 * The saved name/value pairs, keeping only AWS_* names whose value is empty or a region: the
 * state is not trusted to export anything secret.
 */
function savedExports(state) {
    let saved;
    try {
        saved = JSON.parse(state ?? '{}');
    }
    catch {
        saved = {};
    }
    return Object.entries(saved && typeof saved === 'object' && !Array.isArray(saved) ? saved : {}).filter((e) => /^AWS_[A-Z_]+$/.test(e[0]) && typeof e[1] === 'string' && (!e[1] || /REGION$/.test(e[0])));
}

// EXTERNAL MODULE: ./.build/util/env-proxy.js
var env_proxy = __webpack_require__(897);
;// CONCATENATED MODULE: ./.build/commands/assume-role.js








async function run(ctx) {
    await assumeRole(ctx, { sts: createStsApi });
}
async function assumeRole(ctx, deps) {
    const { host, clock } = ctx;
    const settings = readSettings(ctx);
    const timing = retryTiming(clock, host.cancellation);
    const endpoint = requireTokenEndpoint(host, ctx.github);
    const agents = (0,env_proxy/* proxyAgents */.Hd)(host.env);
    reportProxy(host, agents);
    // Load the SDK while the token is on its way (the two take about as long).
    const stsReady = deps.sts(settings.region, agents);
    stsReady.catch(() => { });
    const token = await fetchJobToken(host, {
        endpoint,
        audience: settings.audience,
        agents,
        timing,
    });
    const sts = await stsReady;
    const call = stsCaller(host, timing);
    const session = await assumeRoleChain(host, sts, call, settings, token);
    const identity = await verifiedIdentity(host, sts, call, session, settings);
    const c = session.credentials;
    if (settings.exportCredentials)
        exportCredentialEnv(host, c, settings.region);
    setOutputs(host, settings, identity, c);
    host.info(`Authenticated as ${identity.arn} (account ${identity.account}) until ${c.expiration.toISOString()}${settings.exportCredentials ? '; AWS_* credentials exported for the following steps' : ''}.`);
}
/**
 * Post step: export the names main exported again, the credentials empty and the regions as
 * they were before (see the comment at the top).
 */
async function post(ctx) {
    restoreCredentialEnv(ctx.host);
}
/** Says whether the token service and STS are reached through the runner's proxy. */
function reportProxy(host, agents) {
    if (!agents)
        return;
    if (!agents.usable) {
        host.warning('HTTPS_PROXY/HTTP_PROXY is not an http:// or https:// proxy URL (Node cannot use other kinds, such as SOCKS); connecting directly.');
    }
    else if ((0,env_proxy/* nodeSupportsProxyEnv */.Y_)()) {
        host.info(`Reaching the token service and STS through the proxy ${agents.proxyHost}.`);
    }
    else {
        host.warning(`HTTPS_PROXY is set but Node ${process.versions.node} cannot tunnel through it (Node 24.5 or later can); connecting directly. Update the runner.`);
    }
}
function setOutputs(host, settings, identity, c) {
    host.setOutput('aws-account-id', identity.account);
    host.setOutput('authenticated-arn', identity.arn);
    host.setOutput('expiration', c.expiration.toISOString());
    if (settings.outputCredentials) {
        host.setOutput('aws-access-key-id', c.accessKeyId);
        host.setOutput('aws-secret-access-key', c.secretAccessKey);
        host.setOutput('aws-session-token', c.sessionToken);
    }
}


/***/ }),

/***/ 897:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ proxyAgents),
/* harmony export */   Y_: () => (/* binding */ nodeSupportsProxyEnv)
/* harmony export */ });
/* unused harmony export proxyFromEnv */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);


const PROXY_VARS = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'];
const PASSED_VARS = [...PROXY_VARS, 'NO_PROXY', 'no_proxy'];
/** `proxy.corp:3128` → `http://proxy.corp:3128`, as curl reads a proxy without a scheme. */
function withScheme(value) {
    return /^[a-z][a-z\d+.-]*:\/\//i.test(value) ? value : `http://${value}`;
}
/** The configured proxy URL (HTTPS first), or undefined. */
function proxyFromEnv(env) {
    for (const name of PROXY_VARS)
        if (env[name])
            return env[name];
    return undefined;
}
/** Whether this Node tunnels through `proxyEnv` (v24.5+, v22.21+); older ones ignore it. */
function nodeSupportsProxyEnv(version = process.versions.node) {
    const [major = 0, minor = 0] = version.split('.').map(Number);
    return major > 24 || (major === 24 && minor >= 5) || (major === 22 && minor >= 21);
}
/** Agents that go through the environment's proxy, or undefined when none is configured. */
function proxyAgents(env) {
    const proxy = proxyFromEnv(env);
    if (!proxy)
        return undefined;
    // Only proxies Node can use are passed on: it throws on some malformed URLs.
    const proxyEnv = {};
    for (const name of PASSED_VARS) {
        const value = env[name];
        if (!value)
            continue;
        if (name === 'NO_PROXY' || name === 'no_proxy')
            proxyEnv[name] = value;
        else if (httpProxyUrl(value))
            proxyEnv[name] = withScheme(value);
    }
    // `proxyEnv` is newer than the installed @types/node.
    const options = {
        keepAlive: true,
        proxyEnv,
    };
    const url = httpProxyUrl(proxy);
    return {
        httpAgent: new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent(options),
        httpsAgent: new node_https__WEBPACK_IMPORTED_MODULE_1__.Agent(options),
        proxyHost: url?.host ?? '(not an http(s) URL)',
        usable: url !== undefined,
    };
}
/** The proxy as an http:// or https:// URL, or undefined. */
function httpProxyUrl(value) {
    try {
        const url = new URL(withScheme(value));
        return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
    }
    catch {
        return undefined;
    }
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
