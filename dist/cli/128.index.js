export const id = 128;
export const ids = [128];
export const modules = {

/***/ 4791:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ awsClientSettings)
/* harmony export */ });
/* harmony import */ var _util_env_proxy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(897);

function awsClientSettings(env, region) {
    // Self-hosted runners behind a proxy: HTTPS_PROXY / HTTP_PROXY / NO_PROXY, as for STS.
    const agents = (0,_util_env_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .proxyAgents */ .Hd)(env);
    return {
        region,
        config(service) {
            const endpoint = env[`AWS_ENDPOINT_URL_${service.toUpperCase()}`] || env.AWS_ENDPOINT_URL;
            const credentials = env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
                ? {
                    accessKeyId: env.AWS_ACCESS_KEY_ID,
                    secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
                    ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
                }
                : undefined;
            return {
                region,
                ...(endpoint ? { endpoint } : {}),
                ...(credentials ? { credentials } : {}),
                ...(agents
                    ? { requestHandler: { httpAgent: agents.httpAgent, httpsAgent: agents.httpsAgent } }
                    : {}),
            };
        },
    };
}


/***/ }),

/***/ 1128:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hasInspectableLock: () => (/* binding */ hasInspectableLock),
/* harmony export */   inspectBackendLocks: () => (/* binding */ inspectBackendLocks)
/* harmony export */ });
/* unused harmony exports dynamodbLockId, lockfileKey */
/* harmony import */ var _tofu_lock_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2707);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1096);
/* harmony import */ var _client_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4791);



function clientSettings(config, env) {
    const region = config.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1';
    return (0,_client_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .awsClientSettings */ .S)(env, region);
}
function dynamodbLockId(config) {
    return `${config.bucket}/${config.stateKey}`;
}
function lockfileKey(config) {
    return `${config.stateKey}.tflock`;
}
function parseLockJson(text) {
    if (!text)
        return undefined;
    try {
        const info = JSON.parse(text);
        return info && typeof info.ID === 'string' && info.ID ? info : undefined;
    }
    catch {
        return undefined;
    }
}
function observed(kind, where, info) {
    return { kind, where, info, createdAt: info.Created ? (0,_tofu_lock_error_js__WEBPACK_IMPORTED_MODULE_0__/* .parseGoTime */ .bi)(info.Created) : undefined };
}
async function readDynamoDbLock(config, table, env) {
    const { DynamoDBClient, GetItemCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(305)]).then(__webpack_require__.t.bind(__webpack_require__, 4305, 19));
    const client = new DynamoDBClient({
        ...(config.dynamodbEndpoint ? { endpoint: config.dynamodbEndpoint } : {}),
        ...clientSettings(config, env).config('DYNAMODB'),
        maxAttempts: 3,
    });
    try {
        const lockId = dynamodbLockId(config);
        const out = await client.send(new GetItemCommand({
            TableName: table,
            Key: { LockID: { S: lockId } },
            ConsistentRead: true,
        }));
        const info = parseLockJson(out.Item?.Info?.S);
        return info ? observed('dynamodb', `DynamoDB table ${table} item ${lockId}`, info) : undefined;
    }
    finally {
        client.destroy();
    }
}
async function readS3Lockfile(config, env) {
    const { S3Client, GetObjectCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(711)]).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19));
    const endpoint = env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || config.s3Endpoint;
    const client = new S3Client({
        ...(config.s3Endpoint ? { endpoint: config.s3Endpoint } : {}),
        ...clientSettings(config, env).config('S3'),
        maxAttempts: 3,
        // A local or custom endpoint (s3rver, MinIO) has no per-bucket host names.
        forcePathStyle: config.usePathStyle || !!endpoint,
    });
    const key = lockfileKey(config);
    try {
        const out = await client.send(new GetObjectCommand({ Bucket: config.bucket, Key: key }));
        const text = await out.Body?.transformToString('utf8');
        const info = parseLockJson(text);
        return info ? observed('s3-lockfile', `s3://${config.bucket}/${key}`, info) : undefined;
    }
    catch (error) {
        const name = error.name;
        const status = error.$metadata?.httpStatusCode;
        if (name === 'NoSuchKey' || name === 'NotFound' || status === 404)
            return undefined;
        throw error;
    }
    finally {
        client.destroy();
    }
}
/** Reads every lock place the backend uses. Never throws: unreadable places land in `errors`. */
async function inspectBackendLocks(config, env) {
    const result = { checked: [], locks: [], errors: [] };
    const tasks = [];
    if (config.dynamodbTable) {
        const table = config.dynamodbTable;
        const where = `DynamoDB table ${table} item ${dynamodbLockId(config)}`;
        tasks.push(readDynamoDbLock(config, table, env).then((lock) => {
            result.checked.push(where);
            if (lock)
                result.locks.push(lock);
        }, (error) => void result.errors.push(`${where}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`)));
    }
    if (config.useLockfile) {
        const where = `s3://${config.bucket}/${lockfileKey(config)}`;
        tasks.push(readS3Lockfile(config, env).then((lock) => {
            result.checked.push(where);
            if (lock)
                result.locks.push(lock);
        }, (error) => void result.errors.push(`${where}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`)));
    }
    await Promise.all(tasks);
    return result;
}
/** True when the backend uses a lock place this module can read. */
function hasInspectableLock(config) {
    return !!config.dynamodbTable || config.useLockfile;
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


/***/ })

};
