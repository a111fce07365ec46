export const id = 128;
export const ids = [128];
export const modules = {

/***/ 1128:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hasInspectableLock: () => (/* binding */ hasInspectableLock),
/* harmony export */   inspectBackendLocks: () => (/* binding */ inspectBackendLocks)
/* harmony export */ });
/* unused harmony exports dynamodbLockId, lockfileKey */
/* harmony import */ var _tofu_lock_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2707);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1096);


function clientBase(config, env) {
    const region = config.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1';
    const base = { region, maxAttempts: 3 };
    if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) {
        base.credentials = {
            accessKeyId: env.AWS_ACCESS_KEY_ID,
            secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
            ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
        };
    }
    return base;
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
    const endpoint = env.AWS_ENDPOINT_URL_DYNAMODB ?? env.AWS_ENDPOINT_URL ?? config.dynamodbEndpoint;
    const client = new DynamoDBClient({
        ...clientBase(config, env),
        ...(endpoint ? { endpoint } : {}),
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
    const endpoint = env.AWS_ENDPOINT_URL_S3 ?? env.AWS_ENDPOINT_URL ?? config.s3Endpoint;
    const client = new S3Client({
        ...clientBase(config, env),
        ...(endpoint ? { endpoint } : {}),
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
        }, (error) => void result.errors.push(`${where}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`)));
    }
    if (config.useLockfile) {
        const where = `s3://${config.bucket}/${lockfileKey(config)}`;
        tasks.push(readS3Lockfile(config, env).then((lock) => {
            result.checked.push(where);
            if (lock)
                result.locks.push(lock);
        }, (error) => void result.errors.push(`${where}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`)));
    }
    await Promise.all(tasks);
    return result;
}
/** True when the backend uses a lock place this module can read. */
function hasInspectableLock(config) {
    return !!config.dynamodbTable || config.useLockfile;
}


/***/ })

};
