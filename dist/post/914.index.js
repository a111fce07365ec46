export const id = 914;
export const ids = [914];
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

/***/ 9914:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  post: () => (/* binding */ post),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./.build/aws/client-settings.js
var client_settings = __webpack_require__(4791);
;// CONCATENATED MODULE: ./.build/aws/ecr.js

/** `https://123.dkr.ecr.us-east-1.amazonaws.com` → `123.dkr.ecr.us-east-1.amazonaws.com`. */
function registryHost(endpoint) {
    return endpoint.replace(/^[a-z]+:\/\//i, '').replace(/\/+$/, '');
}
/** The region in an ECR registry host, when it is one. */
function ecrRegion(host) {
    return /\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/.exec(host)?.[1];
}
/**
 * Client settings for ECR calls about `registry`: in the registry's own region (a token or an
 * image belongs to its region's registries only), else in `region`.
 */
function ecrClientSettings(env, registry, region) {
    return (0,client_settings/* awsClientSettings */.S)(env, (registry ? ecrRegion(registry) : undefined) ?? region);
}
/** Decodes GetAuthorizationToken's base64 `AWS:<password>`. */
function decodeAuthorizationToken(token) {
    const text = Buffer.from(token, 'base64').toString('utf8');
    const colon = text.indexOf(':');
    if (colon <= 0)
        throw new Error('ECR authorization token is not user:password');
    return { username: text.slice(0, colon), password: text.slice(colon + 1) };
}
/**
 * ECR GetAuthorizationToken through @aws-sdk/client-ecr (loaded lazily). `mask` is called with
 * the token and the password before they go anywhere else.
 */
async function ecrLogin(settings, mask) {
    const ecr = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(249)]).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19));
    const client = new ecr.ECRClient({ ...settings.config('ECR'), maxAttempts: 3 });
    const out = await client.send(new ecr.GetAuthorizationTokenCommand({}));
    const data = out.authorizationData?.[0];
    if (!data?.authorizationToken || !data.proxyEndpoint) {
        throw new Error('ECR GetAuthorizationToken returned no authorization data');
    }
    mask(data.authorizationToken);
    const { username, password } = decodeAuthorizationToken(data.authorizationToken);
    mask(password);
    return {
        registry: registryHost(data.proxyEndpoint),
        username,
        password,
        ...(data.expiresAt ? { expiresAt: data.expiresAt } : {}),
    };
}
/** `host/name:tag` → its parts, when the reference names a registry host and a tag. */
function parseTaggedImage(image) {
    if (image.includes('@'))
        return undefined;
    const slash = image.indexOf('/');
    if (slash <= 0)
        return undefined;
    const registry = image.slice(0, slash);
    if (!/[.:]/.test(registry) && registry !== 'localhost')
        return undefined;
    const rest = image.slice(slash + 1);
    const colon = rest.lastIndexOf(':');
    if (colon <= 0 || rest.indexOf('/', colon) >= 0)
        return undefined;
    return { registry, repository: rest.slice(0, colon), tag: rest.slice(colon + 1) };
}
/** The account ID in an ECR registry host (DescribeImages' registryId). */
function ecrAccount(host) {
    return /^(\d{12})\.dkr\.ecr(?:-fips)?\./.exec(host)?.[1];
}
/**
 * The digest ECR stores for `repository:tag` (DescribeImages), so that a task definition can
 * pin what the tag names now instead of whatever it will name at the next task start.
 */
async function ecrImageDigest(settings, image) {
    const ecr = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(249)]).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19));
    const client = new ecr.ECRClient({ ...settings.config('ECR'), maxAttempts: 3 });
    const registryId = ecrAccount(image.registry);
    const out = await client.send(new ecr.DescribeImagesCommand({
        repositoryName: image.repository,
        ...(registryId ? { registryId } : {}),
        imageIds: [{ imageTag: image.tag }],
    }));
    return out.imageDetails?.[0]?.imageDigest;
}

// EXTERNAL MODULE: ./.build/util/errors.js
var errors = __webpack_require__(1096);
// EXTERNAL MODULE: ./.build/util/network-errors.js
var network_errors = __webpack_require__(5713);
;// CONCATENATED MODULE: ./.build/aws/aws-error-class.js

const CREDENTIAL_ERRORS = new Set([
    'AccessDenied',
    'AccessDeniedException',
    'ExpiredToken',
    'ExpiredTokenException',
    'UnrecognizedClientException',
    'InvalidClientTokenId',
    'InvalidSignatureException',
    'SignatureDoesNotMatch',
    'UnauthorizedOperation',
    'IncompleteSignature',
    'MissingAuthenticationToken',
    'CredentialsProviderError',
]);
const TRANSIENT_ERRORS = new Set([
    'ThrottlingException',
    'Throttling',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'ServerException',
    'ServiceUnavailable',
    'ServiceUnavailableException',
    'InternalFailure',
    'InternalServerError',
    'RequestTimeout',
    'RequestTimeoutException',
    'TimeoutError',
]);
function classifyAwsError(error) {
    if (typeof error !== 'object' || error === null)
        return 'other';
    const e = error;
    const name = e.name ?? '';
    if (CREDENTIAL_ERRORS.has(name) || CREDENTIAL_ERRORS.has(e.code ?? ''))
        return 'credentials';
    if (TRANSIENT_ERRORS.has(name))
        return 'transient';
    if (e.code && network_errors/* TRANSIENT_NETWORK_CODES */.p.has(e.code))
        return 'transient';
    const status = e.$metadata?.httpStatusCode;
    if (status === 429 || (status !== undefined && status >= 500) || e.$fault === 'server')
        return 'transient';
    return 'other';
}
/** `AccessDeniedException: User ... is not authorized ...` for people. */
function describeAwsError(error) {
    if (error instanceof Error)
        return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message;
    return String(error);
}

;// CONCATENATED MODULE: ./.build/aws/aws-failure.js


/**
 * An AWS error of the image command as the user sees it: credentials and service (client)
 * errors are the user's to fix (a ConfigurationError naming the call); anything else is a bug.
 */
function awsFailure(what, error) {
    if (error instanceof errors/* ConfigurationError */.j1)
        return error;
    const kind = classifyAwsError(error);
    const isServiceError = typeof error === 'object' && error !== null && '$metadata' in error;
    if (kind === 'credentials' || isServiceError) {
        return new errors/* ConfigurationError */.j1(`${what} failed: ${describeAwsError(error)}`);
    }
    return error instanceof Error ? error : new Error(String(error));
}

;// CONCATENATED MODULE: ./.build/aws/ecr-tag-digest.js




/**
 * For strategy task-definition: the digest ECR stores for a tag (DescribeImages), so that the
 * new revision pins the image instead of a tag that may move. Only for ECR references (an ECR
 * host, or the registry the config / ecr-repository names); undefined elsewhere.
 */
async function resolveTagDigest(options) {
    const { host, image } = options;
    const parsed = parseTaggedImage(image);
    if (!parsed)
        return undefined;
    if (!ecrAccount(parsed.registry) && parsed.registry !== options.knownRegistry)
        return undefined;
    const settings = ecrClientSettings(host.env, parsed.registry, options.region);
    try {
        const digest = await ecrImageDigest(settings, parsed);
        if (digest)
            host.info(`ECR: ${image} is ${digest}.`);
        return digest;
    }
    catch (error) {
        const name = error instanceof Error ? error.name : '';
        if (name === 'ImageNotFoundException' || name === 'RepositoryNotFoundException') {
            const what = name === 'ImageNotFoundException'
                ? `tag ${parsed.tag} in repository ${parsed.repository}`
                : `repository ${parsed.repository}`;
            const why = `ECR has no ${what} (${describeAwsError(error)})`;
            throw options.fromInput
                ? (0,errors/* invalidInput */.aY)('image', image, why)
                : new errors/* ConfigurationError */.j1(`${image}: ${why}.`);
        }
        if (classifyAwsError(error) === 'credentials') {
            host.warning(`Could not resolve ${image} to a digest (${describeAwsError(error)}): the task definition names the tag. Allow ecr:DescribeImages to pin by digest.`);
            return undefined;
        }
        throw awsFailure('ECR DescribeImages', error);
    }
}

;// CONCATENATED MODULE: ./.build/aws/ecs-client.js
/** @aws-sdk/client-ecs, loaded only by the image command. The SDK's own retries are off. */
async function createEcsCall(settings) {
    const ecs = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(212)]).then(__webpack_require__.t.bind(__webpack_require__, 212, 19));
    const client = new ecs.ECSClient({ ...settings.config('ECS'), maxAttempts: 1 });
    const commands = {
        DescribeServices: ecs.DescribeServicesCommand,
        UpdateService: ecs.UpdateServiceCommand,
        ListTasks: ecs.ListTasksCommand,
        DescribeTasks: ecs.DescribeTasksCommand,
        DescribeTaskDefinition: ecs.DescribeTaskDefinitionCommand,
        RegisterTaskDefinition: ecs.RegisterTaskDefinitionCommand,
        DescribeExpressGatewayService: ecs.DescribeExpressGatewayServiceCommand,
        UpdateExpressGatewayService: ecs.UpdateExpressGatewayServiceCommand,
    };
    return (operation, input) => {
        const Command = commands[operation];
        return client.send(new Command(input));
    };
}
/** ListTasks pages (100 ARNs each) read per poll: enough for a busy service's last hour. */
const STOPPED_TASK_PAGES = 3;
/** The wait's read operations over an EcsCall. */
function ecsReadApi(call) {
    return {
        async describeService(cluster, service) {
            const out = (await call('DescribeServices', { cluster, services: [service] }));
            const found = out.services?.[0];
            return found ? { service: found } : { failureReason: out.failures?.[0]?.reason ?? 'MISSING' };
        },
        async listStoppedTaskArns(cluster, service) {
            // ListTasks cannot combine startedBy with other filters: list the service's stopped
            // tasks (a few pages at most) and let the caller keep those of its deployment.
            const arns = [];
            let nextToken;
            for (let page = 0; page < STOPPED_TASK_PAGES; page++) {
                const out = (await call('ListTasks', {
                    cluster,
                    serviceName: service,
                    desiredStatus: 'STOPPED',
                    maxResults: 100,
                    ...(nextToken ? { nextToken } : {}),
                }));
                arns.push(...(out.taskArns ?? []));
                nextToken = out.nextToken;
                if (!nextToken)
                    break;
            }
            return arns;
        },
        async describeTasks(cluster, taskArns) {
            const out = (await call('DescribeTasks', { cluster, tasks: taskArns }));
            return out.tasks ?? [];
        },
    };
}

// EXTERNAL MODULE: ./.build/util/retry.js
var retry = __webpack_require__(7009);
;// CONCATENATED MODULE: ./.build/aws/ecs-retrying-call.js


/** ECS calls of the roll, with throttling and 5xx retried (the wait has its own policy). */
function retryingEcsCall(call, clock, signal) {
    return (operation, input) => (0,retry/* retry */.L)(() => call(operation, input), {
        classify: (e) => (classifyAwsError(e) === 'transient' ? 'retry' : 'fail'),
        maxAttempts: 5,
        maxElapsedMs: 60_000,
        baseMs: 1000,
        sleep: (ms, s) => clock.sleep(ms, s),
        now: () => clock.now(),
        signal,
    });
}

;// CONCATENATED MODULE: ./.build/aws/ecs-roll.js

// The fields RegisterTaskDefinition accepts; DescribeTaskDefinition adds read-only ones.
const REGISTER_FIELDS = [
    'family',
    'taskRoleArn',
    'executionRoleArn',
    'networkMode',
    'containerDefinitions',
    'volumes',
    'placementConstraints',
    'requiresCompatibilities',
    'cpu',
    'memory',
    'pidMode',
    'ipcMode',
    'proxyConfiguration',
    'inferenceAccelerators',
    'ephemeralStorage',
    'runtimePlatform',
    'enableFaultInjection',
];
/** `repo/name:tag` or `repo/name@sha256:...` without the tag or digest. */
function imageRepository(image) {
    const at = image.indexOf('@');
    const noDigest = at >= 0 ? image.slice(0, at) : image;
    const slash = noDigest.lastIndexOf('/');
    const colon = noDigest.lastIndexOf(':');
    return colon > slash ? noDigest.slice(0, colon) : noDigest;
}
/** The container input 'container-name' names; a one-line input error listing them if none. */
function namedContainer(containers, taskDefinition, containerName) {
    const named = containers.find((c) => c.name === containerName);
    if (named)
        return named;
    throw (0,errors/* invalidInput */.aY)('container-name', containerName, `task definition ${taskDefinition.split('/').pop()} has containers ${containers.map((c) => String(c.name)).join(', ')}`);
}
/** The container whose image we replace: named, the only one, or the one from our repository. */
function pickContainer(containers, taskDefinition, containerName, repository) {
    const names = containers.map((c) => String(c.name));
    const label = taskDefinition.split('/').pop();
    if (containerName)
        return namedContainer(containers, taskDefinition, containerName);
    if (containers.length === 1)
        return containers[0];
    const ours = repository
        ? containers.filter((c) => imageRepository(String(c.image ?? '')) === repository)
        : [];
    if (ours.length === 1)
        return ours[0];
    throw new errors/* ConfigurationError */.j1(`Task definition ${label} has several containers (${names.join(', ')}): set input 'container-name' to the one that runs this image.`);
}
function registerInput(taskDefinition, tags) {
    const input = {};
    for (const field of REGISTER_FIELDS) {
        if (taskDefinition[field] !== undefined)
            input[field] = structuredClone(taskDefinition[field]);
    }
    if (Array.isArray(tags) && tags.length > 0)
        input.tags = tags;
    return input;
}
async function describe(call, cluster, service) {
    const out = (await call('DescribeServices', { cluster, services: [service] }));
    const found = out.services?.[0];
    if (!found || found.status === 'INACTIVE') {
        throw new errors/* ConfigurationError */.j1(`ECS service '${service}' was not found in cluster '${cluster}' (check ecs-service / ecs_service_name and the region).`);
    }
    return found;
}
const primaryOf = (s) => s?.deployments?.find((d) => d.status === 'PRIMARY');
/**
 * The job was cancelled before the roll started a deployment: nothing more is changed. Names
 * the task definition revision when one was already registered (it stays unused).
 */
function throwIfCancelled(options, registered) {
    if (!options.signal?.aborted)
        return;
    throw new errors/* ConfigurationError */.j1(registered
        ? `Rolling ECS service ${options.service} was cancelled after task definition ${registered} was registered: the service was not updated, no deployment was started.`
        : `Rolling ECS service ${options.service} was cancelled before anything was changed: no deployment was started.`);
}
/** What a cancel leaves behind once this run started a deployment. */
function startedBeforeCancel(deploymentId) {
    return `the job was cancelled, but deployment ${deploymentId}, which this run started, goes on in ECS (cancelling the job does not stop it)`;
}
/** After an Express update the new deployment appears shortly; poll until it does. */
async function newPrimary(options, previous, target) {
    for (let attempt = 0; attempt < 30; attempt++) {
        const primary = primaryOf(await describe(options.call, options.cluster, options.service));
        if (primary?.id && primary.id !== previous)
            return primary.id;
        await options.clock.sleep(2000, options.signal);
        if (options.signal?.aborted) {
            throw new errors/* ConfigurationError */.j1(`The job was cancelled after UpdateExpressGatewayService started a new deployment of ECS service ${options.service}${target ? ` (task definition ${target})` : ''}: it goes on in ECS (cancelling the job does not stop it); its deployment ID was not seen yet.`);
        }
    }
    throw new Error(`no new deployment of ${options.service} appeared after the update`);
}
async function newRevision(options, current) {
    const described = (await options.call('DescribeTaskDefinition', {
        taskDefinition: current,
        include: ['TAGS'],
    }));
    const td = described.taskDefinition;
    if (!td)
        throw new Error(`DescribeTaskDefinition returned nothing for ${current}`);
    const input = registerInput(td, described.tags);
    const containers = input.containerDefinitions;
    const container = pickContainer(containers, current, options.containerName, options.repository);
    options.log(`container ${String(container.name)}: ${String(container.image)} -> ${options.image}`);
    container.image = options.image;
    throwIfCancelled(options);
    const registered = (await options.call('RegisterTaskDefinition', input));
    const arn = registered.taskDefinition?.taskDefinitionArn;
    if (!arn)
        throw new Error('RegisterTaskDefinition returned no taskDefinitionArn');
    return arn;
}
/**
 * force-new-deployment restarts the task definition as it is: warns when its container does
 * not name the image we pushed (say it pins an older tag or a digest), because the rollout
 * would then "succeed" with the old image, and refuses a container-name it does not have.
 * Best effort: a failed describe is only logged.
 */
async function checkRestartedImage(options, taskDefinition) {
    const expected = options.expectImages ?? [];
    const first = expected[0];
    if ((!first && !options.containerName) || !taskDefinition)
        return;
    let containers;
    try {
        const described = (await options.call('DescribeTaskDefinition', { taskDefinition }));
        containers = described.taskDefinition?.containerDefinitions ?? [];
    }
    catch (error) {
        options.log(`Could not read task definition ${taskDefinition} to check its image: ${error instanceof Error ? error.message : String(error)}`);
        return;
    }
    const named = options.containerName && containers.length > 0
        ? namedContainer(containers, taskDefinition, options.containerName)
        : undefined;
    if (!first)
        return;
    const repository = imageRepository(first);
    const label = taskDefinition.split('/').pop();
    const container = named ??
        containers.find((c) => imageRepository(String(c.image ?? '')) === repository) ??
        (containers.length === 1 ? containers[0] : undefined);
    const current = String(container?.image ?? '');
    if (container && expected.includes(current))
        return;
    options.warn?.(container
        ? `force-new-deployment restarts task definition ${label} as it is: container ${String(container.name)} runs ${current}, not ${expected.join(' or ')}, so the new image is not deployed. Use strategy task-definition, or make the task definition name a tag you push (such as latest).`
        : `force-new-deployment restarts task definition ${label} as it is, and none of its containers runs ${repository}: the new image is not deployed. Use strategy task-definition (with container-name).`);
}
/**
 * Starts a new deployment of the service and returns its ID. force-new-deployment restarts
 * the current task definition (tags such as `latest` are resolved again); task-definition
 * registers a revision with the image pinned. Express gateway services (resourceManagementType
 * ECS) take the image through UpdateExpressGatewayService, which owns their task definition.
 */
async function rollService(options) {
    const { call, cluster, service } = options;
    const before = await describe(call, cluster, service);
    const express = before.resourceManagementType === 'ECS';
    const controller = before.deploymentController?.type ?? 'ECS';
    if (controller !== 'ECS') {
        throw new errors/* ConfigurationError */.j1(`ECS service '${service}' uses the ${controller} deployment controller: this action rolls services with the ECS controller only (${controller === 'CODE_DEPLOY' ? 'CodeDeploy blue/green deploys through CodeDeploy CreateDeployment' : 'an external controller deploys through task sets'}).`);
    }
    const previous = primaryOf(before)?.id;
    const rolledAt = new Date(options.clock.now());
    if (options.strategy === 'force-new-deployment') {
        await checkRestartedImage(options, before.taskDefinition ?? '');
        throwIfCancelled(options);
        const out = (await call('UpdateService', { cluster, service, forceNewDeployment: true }));
        const primary = primaryOf(out.service);
        if (!primary?.id)
            throw new Error('UpdateService returned no PRIMARY deployment');
        return {
            deploymentId: primary.id,
            taskDefinitionArn: primary.taskDefinition ?? out.service?.taskDefinition ?? '',
            express,
            rolledAt,
        };
    }
    if (express) {
        const serviceArn = before.serviceArn ?? service;
        const described = (await call('DescribeExpressGatewayService', { serviceArn }));
        const configs = described.service?.activeConfigurations ?? [];
        const active = configs.find((c) => c.taskDefinitionArn === before.taskDefinition) ??
            configs[configs.length - 1];
        let update;
        let registered;
        if (active?.primaryContainer) {
            options.log(`express service: primaryContainer.image ${String(active.primaryContainer.image)} -> ${options.image}`);
            update = {
                serviceArn,
                primaryContainer: { ...active.primaryContainer, image: options.image },
            };
        }
        else {
            registered = await newRevision(options, active?.taskDefinitionArn ?? before.taskDefinition ?? '');
            update = { serviceArn, taskDefinitionArn: registered };
        }
        throwIfCancelled(options, registered);
        const out = (await call('UpdateExpressGatewayService', update));
        const target = out.service?.targetConfiguration?.taskDefinitionArn ?? '';
        const deploymentId = await newPrimary(options, previous, target);
        return { deploymentId, taskDefinitionArn: target, express, rolledAt };
    }
    const arn = await newRevision(options, before.taskDefinition ?? '');
    throwIfCancelled(options, arn);
    const out = (await call('UpdateService', { cluster, service, taskDefinition: arn }));
    const primary = primaryOf(out.service);
    if (!primary?.id)
        throw new Error('UpdateService returned no PRIMARY deployment');
    return { deploymentId: primary.id, taskDefinitionArn: arn, express, rolledAt };
}

;// CONCATENATED MODULE: ./.build/aws/ecs-roll-image.js



/** Starts the ECS deployment of the image, pinned by digest where the digest is known. */
async function rollImage(options) {
    const { host, cluster, service, strategy, image } = options;
    const base = image.repository ?? (image.uri ? imageRepository(image.uri) : undefined);
    const pinned = image.digest && base ? `${base}@${image.digest}` : image.uri;
    if (strategy === 'task-definition' && !pinned) {
        throw new errors/* ConfigurationError */.j1("strategy task-definition needs an image: push one or give input 'image'.");
    }
    if (strategy === 'task-definition' && !image.digest) {
        host.warning(`The image ${pinned} is not pinned by digest: the task definition names a tag.`);
    }
    const rolled = await host
        .group(`Roll ${cluster}/${service} (${strategy})`, () => rollService({
        call: options.call,
        clock: options.clock,
        cluster,
        service,
        strategy,
        image: pinned ?? '',
        ...(image.repository ? { repository: image.repository } : {}),
        ...(options.containerName ? { containerName: options.containerName } : {}),
        expectImages: image.refs.length > 0 ? image.refs : image.uri ? [image.uri] : [],
        log: (m) => host.info(m),
        warn: (m) => host.warning(m),
        signal: host.cancellation,
    }))
        .catch((e) => {
        throw awsFailure(`Rolling ECS service ${service}`, e);
    });
    host.info(`Deployment ${rolled.deploymentId} started${rolled.express ? ' (Express gateway service: canary rollout)' : ''}.`);
    return rolled;
}

// EXTERNAL MODULE: ./.build/util/duration.js
var duration = __webpack_require__(4763);
;// CONCATENATED MODULE: ./.build/render/rollout-summary.js

const VERDICT_TITLE = {
    completed: 'Rollout completed',
    failed: 'Rollout failed',
    'rolled-back': 'Rollout rolled back',
    replaced: 'Rollout replaced by a newer deployment',
    'tasks-failing': 'Rollout failing: tasks keep stopping',
    'service-gone': 'Service not found',
    'timed-out': 'Rollout timed out',
    'access-denied': 'Wait stopped: credentials refused',
    'api-error': 'Wait stopped: ECS API error',
    cancelled: 'Wait cancelled',
};
/** Table cells must not break the table. */
function cell(text) {
    return String(text ?? '')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, ' ');
}
function time(date) {
    return date ? date.toISOString().replace(/\.\d{3}Z$/, 'Z') : '';
}
function deploymentsTable(deployments, ours) {
    if (deployments.length === 0)
        return ['_No deployments listed._'];
    return [
        '| deployment | status | rollout | running | pending | desired | failed tasks | task definition |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        ...deployments.map((d) => `| ${cell(d.id)}${d.id === ours ? ' (ours)' : ''} | ${cell(d.status)} | ${cell([d.rolloutState, d.rolloutStateReason].filter(Boolean).join(': '))} | ${d.runningCount ?? 0} | ${d.pendingCount ?? 0} | ${d.desiredCount ?? 0} | ${d.failedTasks ?? 0} | ${cell(d.taskDefinition?.split('/').pop())} |`),
    ];
}
/** The step summary for a rollout: verdict, then on failure the diagnosis. */
function renderRolloutSummary(report) {
    const ok = report.verdict === 'completed';
    const title = VERDICT_TITLE[report.verdict] ?? report.verdict;
    const lines = [
        `### ${ok ? (report.warning ? '⚠️' : '✅') : '❌'} ${title}: ${cell(report.service)}`,
        '',
        `Cluster \`${report.cluster}\`, deployment \`${report.deploymentId}\`${report.express ? ' (Express gateway service, canary rollout)' : ''}, ${(0,duration/* formatDuration */.a3)(report.elapsedMs)}.`,
        ...(report.imageUri ? [`Image \`${report.imageUri}\`.`] : []),
        ...(report.warning ? ['', `> [!WARNING]\n> ${cell(report.warning)}`] : []),
        '',
        report.detail,
    ];
    const d = report.diagnosis;
    if (!d)
        return `${lines.join('\n')}\n`;
    if (d.hints.length > 0) {
        lines.push('', '#### Why', '', ...d.hints.map((h) => `- **${h.id}**: ${h.text}`));
    }
    lines.push('', '#### Deployments', '', ...deploymentsTable(d.deployments, report.deploymentId));
    if (d.stoppedTasks.length > 0) {
        lines.push('', '#### Stopped tasks of this deployment', '', '| task | stopped | stop code | reason | containers | hint |', '| --- | --- | --- | --- | --- | --- |', ...d.stoppedTasks.map((t) => `| ${cell(t.taskId)} | ${time(t.stoppedAt)} | ${cell(t.stopCode)} | ${cell(t.stoppedReason)} | ${cell(t.containers
            .map((c) => `${c.name}${c.exitCode !== undefined ? ` exit ${c.exitCode}` : ''}${c.reason ? `: ${c.reason}` : ''}`)
            .join('; '))} | ${cell(t.hints.map((h) => h.id).join(', '))} |`));
    }
    if (d.events.length > 0) {
        lines.push('', '<details><summary>Service events since the roll</summary>', '', ...d.events.map((e) => `- ${time(e.createdAt)} ${cell(e.message)}`), '', '</details>');
    }
    return `${lines.join('\n')}\n`;
}
/** The same diagnosis as plain log lines. */
function renderDiagnosisLog(d) {
    const out = [];
    for (const dep of d.deployments) {
        out.push(`deployment ${dep.id} ${dep.status} ${dep.rolloutState ?? ''} running ${dep.runningCount ?? 0}/${dep.desiredCount ?? 0}${dep.rolloutStateReason ? ` - ${dep.rolloutStateReason}` : ''}`);
    }
    for (const e of d.events)
        out.push(`event ${time(e.createdAt)} ${e.message ?? ''}`);
    for (const t of d.stoppedTasks) {
        out.push(`stopped task ${t.taskId}: ${t.stopCode ?? ''} ${t.stoppedReason ?? ''}`.trim());
        for (const c of t.containers)
            out.push(`  container ${c.name}${c.exitCode !== undefined ? ` exit ${c.exitCode}` : ''}${c.reason ? `: ${c.reason}` : ''}`);
    }
    for (const h of d.hints)
        out.push(`hint (${h.id}): ${h.text}`);
    return out;
}

;// CONCATENATED MODULE: ./.build/aws/ecs-model.js
function shortTaskId(arn) {
    return (arn ?? '').split('/').pop() ?? '';
}

;// CONCATENATED MODULE: ./.build/aws/ecs-diagnose.js

// Order matters: the first rules are the more specific causes.
const RULES = [
    {
        id: 'wrong-platform',
        test: /exec format error|does not contain descriptor matching platform|no matching manifest for (linux\/\w+)/i,
        text: () => 'Wrong image platform: the image was built for another CPU architecture than the task runs on. Build with platform linux/amd64 (the default) or set the task definition runtimePlatform.cpuArchitecture to match the image.',
    },
    {
        id: 'secret-missing',
        test: /ResourceInitializationError[\s\S]*?(InvalidParameters|ParameterNotFound|ResourceNotFoundException|can't find the specified secret)[^[\]\n]*(\[[^\]]*\])?/i,
        text: (m) => `Missing secret: a parameter or secret the task definition references does not exist${m[2] ? ` ${m[2]}` : ''}. Create it in this account and region (SSM Parameter Store or Secrets Manager) or fix its name in the task definition's secrets.`,
        excludes: ['registry-denied', 'secret-denied'],
    },
    {
        id: 'secret-denied',
        test: /ResourceInitializationError[\s\S]*?(ssm|secretsmanager|asm|kms)[\s\S]*?(AccessDenied|not authorized)/i,
        text: () => 'Secret access denied: the task execution role may not read the task definition secrets. Allow ssm:GetParameters / secretsmanager:GetSecretValue (and kms:Decrypt for a customer key) on them.',
        excludes: ['registry-denied'],
    },
    {
        id: 'registry-denied',
        test: /(CannotPullContainerError|ResourceInitializationError)[\s\S]*?(403|Forbidden|access denied|not authorized|AccessDenied)/i,
        text: () => 'Registry access denied (403): the task execution role cannot pull from ECR. It needs ecr:GetAuthorizationToken, ecr:BatchGetImage and ecr:GetDownloadUrlForLayer (AmazonECSTaskExecutionRolePolicy), and the task needs a network path to ECR (NAT or VPC endpoints).',
    },
    {
        id: 'image-not-found',
        test: /CannotPullContainerError[\s\S]*?(not found|manifest unknown|does not exist)/i,
        text: () => 'Image not found: the image or tag the task definition names is not in the registry. Check that the push succeeded and that the task definition points to this repository and tag (or digest).',
    },
    {
        id: 'elb-health-check',
        test: /failed ELB health checks|is unhealthy in \(target-group|Health checks failed/i,
        text: () => 'Load balancer health check failed: the target group never saw the task healthy. Check the health-check path and port (does the app answer 200 there?), the container port mapping, the security group from the load balancer, and the health-check grace period.',
    },
    {
        id: 'container-health-check',
        test: /failed container health checks/i,
        text: () => 'Container health check failed: the healthCheck command in the task definition kept failing. Run it inside the image locally and check its startPeriod.',
    },
    {
        id: 'out-of-memory',
        test: /OutOfMemory|OOM/,
        text: () => 'Out of memory: a container was killed for exceeding its memory. Raise the task or container memory.',
    },
    {
        id: 'placement',
        test: /unable to place a task|no container instance met all of its requirements|insufficient (memory|CPU)/i,
        text: () => 'Tasks could not be placed: no capacity met the task requirements (CPU, memory, subnets or capacity provider).',
    },
];
function ruleHints(text) {
    const hints = [];
    const excluded = new Set();
    for (const rule of RULES) {
        if (excluded.has(rule.id))
            continue;
        const match = rule.test.exec(text);
        if (!match)
            continue;
        hints.push({ id: rule.id, text: rule.text(match) });
        for (const id of rule.excludes ?? [])
            excluded.add(id);
    }
    return hints;
}
function taskText(task) {
    return [task.stoppedReason ?? '', ...(task.containers ?? []).map((c) => c.reason ?? '')].join('\n');
}
/** Hints for one stopped task: its reasons, else an essential container's exit code. */
function hintsForTask(task) {
    const hints = ruleHints(taskText(task));
    if (hints.length > 0)
        return hints;
    const exited = (task.containers ?? []).find((c) => c.exitCode !== undefined && c.exitCode !== 0);
    if (exited?.exitCode === 137) {
        return [
            {
                id: 'out-of-memory',
                text: `Container ${exited.name} was killed (exit code 137): usually out of memory, or it ignored SIGTERM. Raise its memory.`,
            },
        ];
    }
    if (exited) {
        return [
            {
                id: 'app-exited',
                text: `Container ${exited.name} exited with code ${exited.exitCode}: the app crashed at start. Read its logs (CloudWatch); a missing environment variable or secret is the usual cause.`,
            },
        ];
    }
    return [];
}
/** Events since the roll, oldest first (ECS lists them newest first). */
function eventsSince(service, since) {
    return (service?.events ?? [])
        .filter((e) => !e.createdAt || e.createdAt.getTime() >= since.getTime() - 1000)
        .slice()
        .reverse();
}
/** Everything we can say about a rollout that did not complete, as data for the renderers. */
function diagnoseRollout(input) {
    const deployments = input.service?.deployments ?? [];
    // Our deployment's createdAt is on AWS's clock: the runner's clock may be off by seconds.
    const created = deployments.find((d) => d.id === input.deploymentId)?.createdAt;
    const since = created && created.getTime() < input.since.getTime() ? created : input.since;
    const events = eventsSince(input.service, since);
    const stoppedTasks = [...input.stoppedTasks]
        .sort((a, b) => (a.stoppedAt?.getTime() ?? 0) - (b.stoppedAt?.getTime() ?? 0))
        .map((t) => ({
        taskId: shortTaskId(t.taskArn),
        ...(t.stopCode ? { stopCode: t.stopCode } : {}),
        ...(t.stoppedReason ? { stoppedReason: t.stoppedReason } : {}),
        ...(t.stoppedAt ? { stoppedAt: t.stoppedAt } : {}),
        containers: (t.containers ?? []).map((c) => ({
            name: c.name ?? '',
            ...(c.exitCode !== undefined ? { exitCode: c.exitCode } : {}),
            ...(c.reason ? { reason: c.reason } : {}),
        })),
        hints: hintsForTask(t),
    }));
    const ours = deployments.find((d) => d.id === input.deploymentId);
    const hints = [];
    const add = (h) => {
        if (!hints.some((x) => x.id === h.id))
            hints.push(h);
    };
    for (const t of stoppedTasks)
        t.hints.forEach(add);
    // Events carry ELB health-check failures and placement problems that tasks do not.
    for (const h of ruleHints(events.map((e) => e.message ?? '').join('\n')))
        add(h);
    // rolloutStateReason names the circuit breaker; once our deployment is gone only the
    // events remain: "(deployment <id>) deployment failed: ..." and "rolling back to deployment".
    const breaker = [ours?.rolloutStateReason, ...events.map((e) => e.message)].find((m) => /circuit breaker/i.test(m ?? '') ||
        (m ?? '').includes(`(deployment ${input.deploymentId}) deployment failed`));
    if (breaker || ours?.rolloutState === 'FAILED') {
        add({
            id: 'circuit-breaker',
            text: `ECS stopped the rollout: ${breaker ?? ours?.rolloutStateReason ?? 'deployment failed'}${hints.length ? '' : ' (see the stopped tasks and events for the cause)'}`,
        });
    }
    return { deployments, events, stoppedTasks, hints };
}

;// CONCATENATED MODULE: ./.build/aws/ecs-rollout-report.js




/**
 * The job summary of the rollout. A rollout that did not complete is diagnosed (events,
 * stopped tasks, hints) in the log and the summary, and fails the step.
 */
async function reportRollout(options) {
    const { host, cluster, service, imageUri } = options;
    const { deploymentId, express, since, result } = options.watched;
    const report = {
        cluster,
        service,
        deploymentId,
        ...(imageUri ? { imageUri } : {}),
        verdict: result.verdict,
        detail: result.detail,
        elapsedMs: result.elapsedMs,
        express,
        ...(result.warning ? { warning: result.warning } : {}),
    };
    if (result.warning)
        host.warning(result.warning);
    if (result.verdict === 'completed') {
        await host.appendSummary(renderRolloutSummary(report));
        host.info(`Rollout of ${service} completed in ${(0,duration/* formatDuration */.a3)(result.elapsedMs)}.`);
        return;
    }
    const diagnosis = diagnoseRollout({
        ...(result.last?.service ? { service: result.last.service } : {}),
        deploymentId,
        stoppedTasks: result.last?.stoppedTasks ?? [],
        since,
    });
    for (const line of renderDiagnosisLog(diagnosis))
        host.info(line);
    await host.appendSummary(renderRolloutSummary({ ...report, diagnosis }));
    throw new errors/* ConfigurationError */.j1(rolloutFailureMessage(service, result.verdict, result.detail, diagnosis.hints[0]));
}
/** The one-line error of a rollout that did not complete, with the first hint. */
function rolloutFailureMessage(service, verdict, detail, hint) {
    return `Rollout of ECS service ${service} ${verdict}: ${detail.replace(/\.$/, '')}${hint ? `. Hint (${hint.id}): ${hint.text}` : ''}`;
}

;// CONCATENATED MODULE: ./.build/aws/ecs-wait-decision.js
/** Tasks of our deployment stopping this many times for the same reason end the wait. */
const REPEATED_STOP_LIMIT = 3;
/**
 * A stopped task's cause without the parts that differ per task (IDs, ARNs, numbers), so
 * that tasks failing for the same reason share one signature.
 */
function stopSignature(task) {
    const containers = (task.containers ?? [])
        .filter((c) => c.reason || (c.exitCode !== undefined && c.exitCode !== 0))
        .map((c) => `${c.name}:${c.exitCode ?? ''}:${c.reason ?? ''}`)
        .join(';');
    return `${task.stopCode ?? ''}|${task.stoppedReason ?? ''}|${containers}`
        .replace(/arn:aws[\w-]*:[^\s)]+/g, '<arn>')
        .replace(/\b(request[ _-]?id:?\s*)[^\s,;)]+/gi, '$1<id>')
        .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<id>')
        .replace(/\b[0-9a-f]{12,}\b/gi, '<id>')
        .replace(/\d+/g, '#');
}
/** The largest group of our stopped tasks with one signature. */
function repeatedStops(tasks) {
    const groups = new Map();
    for (const task of tasks) {
        const key = stopSignature(task);
        groups.set(key, [...(groups.get(key) ?? []), task]);
    }
    let best = [];
    for (const group of groups.values())
        if (group.length > best.length)
            best = group;
    return { count: best.length, example: best[0] };
}
function counts(d) {
    return `${d.runningCount ?? 0}/${d.desiredCount ?? 0} running, ${d.pendingCount ?? 0} pending`;
}
/** `app:9, created 2025-01-01T00:00:00Z`: what names a deployment for the user. */
function describeDeployment(d) {
    const parts = [
        d.taskDefinition ? `task definition ${d.taskDefinition.split('/').pop()}` : '',
        d.createdAt ? `created ${d.createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z')}` : '',
    ].filter(Boolean);
    return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}
/** The newest service event saying our deployment failed, from `deployment failed` on. */
function failedEvent(deploymentId, service) {
    const prefix = `(deployment ${deploymentId}) `;
    const marker = `${prefix}deployment failed`.toLowerCase();
    // ECS lists a service's events newest first.
    for (const { message } of service.events ?? []) {
        const at = message?.toLowerCase().indexOf(marker) ?? -1;
        if (message && at >= 0)
            return message.slice(at + prefix.length);
    }
    return undefined;
}
/**
 * The failure once another deployment is PRIMARY: a rollback of ours, or a newer deployment.
 * `ours` is this poll's listing of our deployment, undefined once ECS no longer lists it. The
 * wait ends at the first poll where ours is FAILED or not PRIMARY, so an earlier poll never
 * knows more: a rollback of a deployment that is gone shows only in the PRIMARY deployment's
 * reason (circuit breaker rolling back) or in an event saying ours failed.
 */
function supersededBy(deploymentId, service, primary, ours) {
    const failed = ours?.rolloutState === 'FAILED';
    const event = failedEvent(deploymentId, service);
    if (failed || event !== undefined || /rolling back/i.test(primary.rolloutStateReason ?? '')) {
        // Only a FAILED deployment's own reason says why it failed (an ACTIVE one's is "in progress").
        const reason = ((failed && ours.rolloutStateReason) || event)?.trim().replace(/\.$/, '');
        return {
            state: 'failure',
            kind: 'rolled-back',
            detail: `deployment ${deploymentId} failed and ECS rolled the service back: ${primary.id ?? 'another deployment'}${describeDeployment(primary)} is PRIMARY${reason ? ` (${reason})` : ''}`,
        };
    }
    const where = ours ? `is ${ours.status ?? 'no longer PRIMARY'}` : 'is gone';
    return {
        state: 'failure',
        kind: 'replaced',
        detail: `deployment ${deploymentId} ${where}: a newer deployment ${primary.id ?? ''}${describeDeployment(primary)} replaced it and is PRIMARY (another roll of the service started during this one)`,
    };
}
/** A completed deployment that was told to run no task: the image never started. */
function zeroDesiredWarning(deploymentId, ours) {
    if ((ours.desiredCount ?? 0) > 0)
        return undefined;
    return `Deployment ${deploymentId} completed with a desired count of 0: no task of it ran, so the image was never started (the service is scaled to 0). Set the service's desired count above 0 to run it.`;
}
/**
 * The whole verdict of one poll, as a pure function of what ECS said. Success only when our
 * deployment is PRIMARY and COMPLETED (or, without rollout states, the only deployment with
 * every task running); failure as soon as ECS says so or a rollback, a newer deployment or a
 * crash loop shows.
 */
function decideRollout(deploymentId, observation) {
    const { service } = observation;
    if (!service) {
        return {
            state: 'failure',
            kind: 'service-gone',
            detail: `the service was not found (${observation.failureReason ?? 'MISSING'})`,
        };
    }
    if (service.status && service.status !== 'ACTIVE') {
        return { state: 'failure', kind: 'service-gone', detail: `the service is ${service.status}` };
    }
    const deployments = service.deployments ?? [];
    const ours = deployments.find((d) => d.id === deploymentId);
    const primary = deployments.find((d) => d.status === 'PRIMARY' && d.id !== deploymentId);
    if (!ours) {
        return primary
            ? supersededBy(deploymentId, service, primary, undefined)
            : {
                state: 'failure',
                kind: 'deployment-gone',
                detail: `deployment ${deploymentId} is no longer listed and no deployment is PRIMARY`,
            };
    }
    if (ours.rolloutState === 'FAILED') {
        // The circuit breaker with rollback starts a deployment of the previous revision.
        return primary
            ? supersededBy(deploymentId, service, primary, ours)
            : {
                state: 'failure',
                kind: 'deployment-failed',
                detail: ours.rolloutStateReason || `deployment ${deploymentId} failed`,
            };
    }
    if (ours.status !== 'PRIMARY') {
        if (primary)
            return supersededBy(deploymentId, service, primary, ours);
        return {
            state: 'failure',
            kind: 'deployment-gone',
            detail: `deployment ${deploymentId} is ${ours.status ?? 'not PRIMARY'} and no deployment is PRIMARY`,
        };
    }
    const complete = ours.rolloutState === 'COMPLETED' ||
        (ours.rolloutState === undefined &&
            deployments.length === 1 &&
            (ours.runningCount ?? 0) === (ours.desiredCount ?? 0) &&
            (ours.pendingCount ?? 0) === 0);
    if (complete) {
        const warning = zeroDesiredWarning(deploymentId, ours);
        return {
            state: 'success',
            detail: ours.rolloutState === 'COMPLETED'
                ? `deployment ${deploymentId} completed (${counts(ours)})`
                : `deployment ${deploymentId} is the only one (${counts(ours)})`,
            ...(warning ? { warning } : {}),
        };
    }
    const stops = repeatedStops(observation.stoppedTasks);
    if (stops.count >= REPEATED_STOP_LIMIT && (ours.runningCount ?? 0) < (ours.desiredCount ?? 0)) {
        const t = stops.example;
        return {
            state: 'failure',
            kind: 'tasks-failing',
            detail: `${stops.count} tasks of deployment ${deploymentId} stopped for the same reason: ${t?.stoppedReason ?? t?.stopCode ?? 'unknown'}`,
        };
    }
    return {
        state: 'in-progress',
        detail: `${ours.rolloutState ?? 'rolling out'}: ${counts(ours)}, ${deployments.length} deployment(s)`,
    };
}

;// CONCATENATED MODULE: ./.build/aws/ecs-wait.js



const VERDICT_OF = {
    'deployment-failed': 'failed',
    'rolled-back': 'rolled-back',
    replaced: 'replaced',
    'deployment-gone': 'failed',
    'tasks-failing': 'tasks-failing',
    'service-gone': 'service-gone',
};
/** Transient errors inside one poll: a few quick retries, then the poll counts as missed. */
const POLL_ATTEMPTS = 3;
/**
 * Waits for our deployment with a fixed interval and a real deadline (the last poll happens
 * at it). Throttling, 5xx and network errors are retried within a poll; a poll that still
 * fails is skipped. Credentials errors (AccessDenied, expired or unknown keys) end at once.
 */
async function waitForRollout(options) {
    const { api, clock, cluster, service, deploymentId, intervalMs, timeoutMs, signal } = options;
    const start = clock.now();
    const deadline = start + timeoutMs;
    const seen = new Map();
    /** Tasks read for good; ours still stopping (DEACTIVATING, DEPROVISIONING...) are not. */
    const described = new Set();
    let lastDetail;
    let apiCalls = 0;
    let polls = 0;
    let last;
    const call = (fn) => (0,retry/* retry */.L)(async () => {
        apiCalls++;
        return fn();
    }, {
        classify: (e) => (classifyAwsError(e) === 'transient' ? 'retry' : 'fail'),
        maxAttempts: POLL_ATTEMPTS,
        maxElapsedMs: Math.max(0, Math.min(intervalMs, deadline - clock.now())),
        baseMs: Math.max(1, Math.min(1000, intervalMs / 4)),
        sleep: (ms, s) => clock.sleep(ms, s),
        now: () => clock.now(),
        ...(signal ? { signal } : {}),
    });
    async function refreshStoppedTasks() {
        const arns = await call(() => api.listStoppedTaskArns(cluster, service));
        const fresh = arns.filter((a) => !described.has(a)).slice(0, 100);
        if (fresh.length === 0)
            return;
        const tasks = await call(() => api.describeTasks(cluster, fresh));
        // ListTasks STOPPED lists tasks that are still stopping: ours are read again, as their
        // exit codes come later (other deployments' tasks do not matter).
        const stopping = new Set(tasks
            .filter((t) => t.startedBy === deploymentId && t.lastStatus !== 'STOPPED')
            .map((t) => t.taskArn));
        for (const arn of fresh)
            if (!stopping.has(arn))
                described.add(arn);
        for (const task of tasks)
            if (task.startedBy === deploymentId && task.taskArn)
                seen.set(task.taskArn, task);
    }
    async function observe() {
        const lookup = await call(() => api.describeService(cluster, service));
        const ours = lookup.service?.deployments?.find((d) => d.id === deploymentId);
        // Stopped tasks matter only while our deployment is still rolling out.
        if (ours && ours.status === 'PRIMARY' && ours.rolloutState !== 'COMPLETED') {
            await refreshStoppedTasks();
        }
        return {
            ...(lookup.service ? { service: lookup.service } : {}),
            ...(lookup.failureReason ? { failureReason: lookup.failureReason } : {}),
            stoppedTasks: [...seen.values()],
        };
    }
    /** Before reporting a failure: the tasks that stopped since the last look, best effort. */
    async function finalTasks() {
        try {
            await refreshStoppedTasks();
            if (last)
                last = { ...last, stoppedTasks: [...seen.values()] };
        }
        catch {
            // the diagnosis works with what we have
        }
    }
    const result = (verdict, detail, error) => ({
        verdict,
        detail,
        elapsedMs: clock.now() - start,
        polls,
        apiCalls,
        ...(last ? { last } : {}),
        ...(error !== undefined ? { error } : {}),
    });
    for (;;) {
        if (signal?.aborted)
            return result('cancelled', 'the job was cancelled');
        polls++;
        try {
            last = await observe();
            const decision = decideRollout(deploymentId, last);
            options.onPoll?.(`${decision.state}: ${decision.detail}`);
            lastDetail = decision.detail;
            if (decision.state === 'success') {
                const done = result('completed', decision.detail);
                return decision.warning ? { ...done, warning: decision.warning } : done;
            }
            if (decision.state === 'failure') {
                await finalTasks();
                return result(VERDICT_OF[decision.kind], decision.detail);
            }
        }
        catch (error) {
            if (signal?.aborted)
                return result('cancelled', 'the job was cancelled');
            const kind = classifyAwsError(error);
            if (kind === 'credentials')
                return result('access-denied', describeAwsError(error), error);
            if (kind === 'other')
                return result('api-error', describeAwsError(error), error);
            lastDetail = `poll missed: ${describeAwsError(error)}`;
            options.onPoll?.(lastDetail);
        }
        const now = clock.now();
        if (now >= deadline) {
            await finalTasks();
            return result('timed-out', `deployment ${deploymentId} did not complete within ${Math.round(timeoutMs / 1000)}s; at the last poll: ${lastDetail ?? 'no answer from DescribeServices'}`);
        }
        await clock.sleep(Math.min(intervalMs, deadline - now), signal);
    }
}

;// CONCATENATED MODULE: ./.build/aws/ecs-watch-rollout.js





/** Express canary rollouts bake twice for 3 minutes; shorter waits cannot see them finish. */
const EXPRESS_MIN_WAIT_MS = 10 * 60_000;
/** Waits for the deployment to finish (or fail, or time out). */
async function watchRollout(options) {
    const { host, clock, read, cluster, service, rolled } = options;
    const since = rolled?.rolledAt ?? new Date(clock.now());
    const { deploymentId, express } = rolled ?? (await primaryDeployment(read, cluster, service));
    if (express && options.timeoutMs < EXPRESS_MIN_WAIT_MS) {
        host.warning(`${service} is an Express gateway service: its canary rollout bakes for about 6 minutes; wait-timeout ${(0,duration/* formatDuration */.a3)(options.timeoutMs)} may end before it completes.`);
    }
    const result = await host.group(`Wait for ${deploymentId}`, () => waitForRollout({
        api: read,
        clock,
        cluster,
        service,
        deploymentId,
        intervalMs: options.intervalMs,
        timeoutMs: options.timeoutMs,
        signal: host.cancellation,
        onPoll: (line) => host.info(line),
    }));
    // A cancelled wait does not stop the deployment this run started: say so, naming it.
    const cancelledAfterRoll = rolled && result.verdict === 'cancelled';
    return {
        deploymentId,
        express,
        since,
        result: cancelledAfterRoll ? { ...result, detail: startedBeforeCancel(deploymentId) } : result,
    };
}
/** Wait without roll: the service's current PRIMARY deployment. */
async function primaryDeployment(read, cluster, service) {
    const lookup = await read.describeService(cluster, service).catch((e) => {
        throw awsFailure('ECS DescribeServices', e);
    });
    const deploymentId = lookup.service?.deployments?.find((d) => d.status === 'PRIMARY')?.id;
    if (!deploymentId) {
        throw new errors/* ConfigurationError */.j1(`ECS service '${service}' was not found in cluster '${cluster}' or has no PRIMARY deployment.`);
    }
    return { deploymentId, express: lookup.service?.resourceManagementType === 'ECS' };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./.build/util/child-env.js
var child_env = __webpack_require__(6907);
;// CONCATENATED MODULE: ./.build/container/exec.js


/** The executable was not found (ENOENT). */
class ToolNotFoundError extends Error {
    tool;
    constructor(tool) {
        super(`${tool} was not found on PATH`);
        this.tool = tool;
    }
}
/** Runs a program with an argument array (no shell) and collects its output. */
function execTool(file, args, options) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(file, [...args], {
            cwd: options.cwd,
            env: (0,child_env/* childEnv */.g)(options.env),
            stdio: ['pipe', 'pipe', 'pipe'],
            ...(options.signal ? { signal: options.signal, killSignal: 'SIGINT' } : {}),
        });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (c) => {
            stdout += c;
            options.onOutput?.(c);
        });
        child.stderr.setEncoding('utf8').on('data', (c) => {
            stderr += c;
            options.onOutput?.(c);
        });
        child.on('error', (error) => {
            if (error.code === 'ENOENT')
                reject(new ToolNotFoundError(file));
            else if (error.name !== 'AbortError')
                reject(error);
        });
        child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr }));
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.stdin ?? '');
    });
}

;// CONCATENATED MODULE: ./.build/container/push-failure-hint.js
/**
 * What a registry's refusal of a push means, from the CLI's output (docker, buildx and podman
 * print the registry's error code and message): ECR's IMMUTABLE tags, a missing repository, a
 * denied request. Undefined when the output says none of these.
 */
function pushFailureHint(output) {
    const immutable = /tag invalid:[^\n]*immutable/i.exec(output);
    if (immutable) {
        const named = /tag '([^']+)'/.exec(immutable[0])?.[1];
        const tag = named ? `tag ${named}` : 'the tag';
        return `the repository's tags are IMMUTABLE and ${tag} was pushed before: every push after the first fails on latest, a re-run on the commit tag. Set input 'tags' to tags that are never reused (such as only the commit SHA), or set the repository's image_tag_mutability to MUTABLE`;
    }
    if (/name unknown:[^\n]*does not exist/i.test(output)) {
        return "the repository does not exist in this registry: check input 'ecr-repository' (or the config's ecr_repository_name), its account and region, and that the infrastructure creating it was applied";
    }
    if (/\bdenied:/i.test(output)) {
        return "the registry denied the push: the role needs ecr:BatchCheckLayerAvailability, ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload and ecr:PutImage on the repository in input 'ecr-repository' (and a login to that repository's registry)";
    }
    return undefined;
}

;// CONCATENATED MODULE: ./.build/container/container-cli.js






const INSTALL_HINT = {
    docker: 'install Docker with the buildx plugin (on GitHub-hosted runners it is there; elsewhere docker/setup-buildx-action or the docker-buildx-plugin package), or set container-cli: podman',
    podman: 'install podman (e.g. apt-get install podman), or set container-cli: docker',
};
/** The argument arrays, kept pure so that tests can read them. */
const containerArgs = {
    version: (_cli) => ['version', '--format', '{{.Client.Version}}'],
    buildxVersion: () => ['buildx', 'version'],
    build(cli, spec) {
        const common = [
            '--platform',
            spec.platform,
            '--file',
            spec.dockerfile,
            ...spec.refs.flatMap((r) => ['--tag', r]),
            ...spec.buildArgs.flatMap((a) => ['--build-arg', a]),
        ];
        if (cli === 'podman')
            return ['build', ...common, spec.context];
        const output = spec.push ? ['--push', '--metadata-file', spec.push.metadataFile] : ['--load'];
        return ['buildx', 'build', ...common, ...output, spec.context];
    },
    login: (_cli, registry, username) => [
        'login',
        '--username',
        username,
        '--password-stdin',
        registry,
    ],
    push: (cli, ref, digestFile) => cli === 'podman' ? ['push', '--digestfile', digestFile, ref] : ['push', ref],
    logout: (_cli, registry) => ['logout', registry],
};
/** `latest: digest: sha256:... size: 528` from docker push. */
function digestFromPushOutput(output) {
    return /digest: (sha256:[0-9a-f]{64})/.exec(output)?.[1];
}
/** `containerimage.digest` from `docker buildx build --metadata-file`. */
function digestFromBuildMetadata(text) {
    try {
        const digest = JSON.parse(text)['containerimage.digest'];
        return typeof digest === 'string' && /^sha256:[0-9a-f]{64}$/.test(digest) ? digest : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Build, login, push and logout through docker (buildx) or podman, by argument arrays only.
 * Every child gets the host's environment (DOCKER_CONFIG, REGISTRY_AUTH_FILE,
 * CONTAINERS_STORAGE_CONF, BUILDAH_ISOLATION... pass through).
 */
class ContainerCli {
    name;
    options;
    constructor(name, options) {
        this.name = name;
        this.options = options;
    }
    /** Runs one subcommand. Once the job is cancelled none starts, and a failure is the cancel. */
    async run(what, args, stdin, quiet = false) {
        const cancelled = () => new errors/* ConfigurationError */.j1(`${this.name} ${what} was cancelled (the job was cancelled).`);
        if (this.options.signal?.aborted)
            throw cancelled();
        try {
            const { onOutput, ...rest } = this.options;
            const result = await execTool(this.name, args, {
                ...rest,
                ...(stdin !== undefined ? { stdin } : {}),
                ...(!quiet && onOutput ? { onOutput } : {}),
            });
            // The cancel stops the child with SIGINT; its exit code says nothing about the image.
            if (result.code !== 0 && this.options.signal?.aborted)
                throw cancelled();
            return result;
        }
        catch (error) {
            if (error instanceof ToolNotFoundError) {
                throw new errors/* ConfigurationError */.j1(`Input 'container-cli' is ${this.name}, but ${this.name} is not installed (not found on PATH): ${INSTALL_HINT[this.name]}.`);
            }
            throw error;
        }
    }
    /** Runs one subcommand; a failure is one line: the output's tail, and for pushes a hint. */
    async check(what, args, stdin, pushes = false) {
        const result = await this.run(what, args, stdin);
        if (result.code !== 0) {
            const tail = (result.stderr || result.stdout).trim().split('\n').slice(-3).join(' ');
            const hint = pushes ? pushFailureHint(`${result.stdout}\n${result.stderr}`) : undefined;
            throw new errors/* ConfigurationError */.j1(`${this.name} ${what} failed (exit ${result.code}): ${tail}${hint ? ` Hint: ${hint}.` : ''}`);
        }
        return result;
    }
    /** Fails early, with how to install it, when the CLI (or docker's buildx) is missing. */
    async ensureInstalled(needBuild) {
        await this.run('version', containerArgs.version(this.name), undefined, true);
        if (this.name === 'docker' && needBuild) {
            const buildx = await this.run('buildx version', containerArgs.buildxVersion(), undefined, true);
            if (buildx.code !== 0) {
                throw new errors/* ConfigurationError */.j1(`Input 'container-cli' is docker, but docker buildx is not available: ${INSTALL_HINT.docker}.`);
            }
        }
    }
    /** Builds; with docker and `push`, also pushes every tag and returns the pushed digest. */
    async build(spec, push = false) {
        if (!push || this.name !== 'docker') {
            await this.check('build', containerArgs.build(this.name, spec));
            return undefined;
        }
        const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tofu-aws-action-build-'));
        try {
            const metadataFile = (0,external_node_path_.join)(dir, 'metadata.json');
            await this.check('build', containerArgs.build(this.name, { ...spec, push: { metadataFile } }), undefined, true);
            try {
                return digestFromBuildMetadata((0,external_node_fs_.readFileSync)(metadataFile, 'utf8'));
            }
            catch {
                return undefined;
            }
        }
        finally {
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        }
    }
    /** Whether `build(spec, true)` pushes too (docker buildx --push); podman pushes separately. */
    get buildPushes() {
        return this.name === 'docker';
    }
    async login(registry, username, password) {
        await this.check('login', containerArgs.login(this.name, registry, username), password);
    }
    /** Pushes one reference and returns the manifest digest the registry stored. */
    async push(ref) {
        const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tofu-aws-action-push-'));
        try {
            const digestFile = (0,external_node_path_.join)(dir, 'digest');
            const result = await this.check('push', containerArgs.push(this.name, ref, digestFile), undefined, true);
            if (this.name === 'podman') {
                try {
                    return (0,external_node_fs_.readFileSync)(digestFile, 'utf8').trim() || undefined;
                }
                catch {
                    return digestFromPushOutput(result.stdout + result.stderr);
                }
            }
            return digestFromPushOutput(result.stdout + result.stderr);
        }
        finally {
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        }
    }
    /**
     * Logs out of the registry. Not being logged in is an outcome of its own (podman exits 125
     * with "not logged into"; docker exits 0): the post step may log out after a login that
     * never finished.
     */
    async logout(registry) {
        const result = await this.run('logout', containerArgs.logout(this.name, registry));
        const detail = (result.stderr || result.stdout).trim().split('\n').slice(-1).join('');
        if (result.code === 0)
            return { outcome: 'logged-out', detail };
        return { outcome: /not logged in/i.test(detail) ? 'not-logged-in' : 'failed', detail };
    }
}

;// CONCATENATED MODULE: ./.build/container/publish-image.js
/** Builds and pushes the image as the spec says, or passes an existing image through. */
async function publishImage(host, cli, spec, registry) {
    const repository = spec.repositoryName
        ? `${registry ?? ''}${registry ? '/' : ''}${spec.repositoryName}`
        : undefined;
    const refs = repository ? spec.tags.map((t) => `${repository}:${t}`) : [];
    let uri = spec.image;
    let digest = spec.image?.match(/@(sha256:[0-9a-f]{64})$/)?.[1];
    // docker pushes from the build itself (buildx --push): every tag, one or several platforms.
    const buildPushes = spec.build && spec.push && cli.buildPushes;
    if (spec.build) {
        if (!registry) {
            // Building without pushing still needs a name; the registry comes from the config or URI.
            host.info('No registry known (push is off): tagging with the repository name only.');
        }
        const built = await buildImage(host, cli, spec, refs, buildPushes);
        if (buildPushes)
            digest ??= built;
        uri = refs[0];
    }
    if (spec.push && !buildPushes) {
        digest ??= await pushTags(host, cli, refs);
        uri = refs[0];
    }
    return { repository, refs, uri, digest };
}
/** Builds every tag; with `andPush` (docker buildx --push) pushes too and returns the digest. */
async function buildImage(host, cli, spec, refs, andPush) {
    const { context, dockerfile, platform, buildArgs } = spec;
    const built = await host.group(`Build ${andPush ? 'and push ' : ''}${refs[0] ?? ''} (${platform})`, () => cli.build({ context, dockerfile, platform, refs, buildArgs }, andPush));
    if (andPush)
        host.info(`Pushed ${refs.join(', ')}${built ? ` (${built})` : ''}.`);
    return built;
}
/** Pushes every reference; returns the first digest a push reported. */
async function pushTags(host, cli, refs) {
    return host.group(`Push ${refs.length} tag(s)`, async () => {
        let digest;
        for (const ref of refs) {
            const pushed = await cli.push(ref);
            digest ??= pushed;
            host.info(`Pushed ${ref}${pushed ? ` (${pushed})` : ''}.`);
        }
        return digest;
    });
}

;// CONCATENATED MODULE: ./.build/container/registry-session.js



/** Which registry the post step logs out of (saved by the login). */
const LOGOUT_STATE = 'image-registry-logout';
/**
 * Logs the container CLI in to ECR with a GetAuthorizationToken token (masked first) and
 * saves the state the post step needs to log out. Returns the registry logged in to: the
 * one given (config or ecr-repository), else the token's. The token is asked for in the
 * registry's own region (a token is valid for its region's registries only), else the run's.
 */
async function loginToEcr(host, aws, cli, known) {
    const settings = ecrClientSettings(host.env, known, aws.region);
    return host.group('ECR login', async () => {
        const found = await ecrLogin(settings, (s) => host.setSecret(s)).catch((e) => {
            throw awsFailure('ECR GetAuthorizationToken', e);
        });
        const registry = known ?? found.registry;
        // Saved first: a job killed while the CLI logs in may leave the credential stored.
        host.saveState(LOGOUT_STATE, JSON.stringify({ cli: cli.name, registry }));
        try {
            await cli.login(registry, found.username, found.password);
        }
        catch (error) {
            // A login that failed by itself stored nothing: leave a credential of the user's alone.
            if (!host.cancellation.aborted)
                host.saveState(LOGOUT_STATE, '');
            throw error;
        }
        host.info(`Logged in to ${registry}${found.expiresAt ? ` (token valid until ${found.expiresAt.toISOString()})` : ''}.`);
        return registry;
    });
}
/** Post step: log out of the registry the run logged in to, or began to (failures only warn). */
async function logoutOfSavedRegistry(host) {
    const saved = host.getState(LOGOUT_STATE);
    if (!saved)
        return;
    const { cli, registry } = JSON.parse(saved);
    const container = new ContainerCli(cli, { env: host.env, cwd: host.workspace });
    try {
        const { outcome, detail } = await container.logout(registry);
        host.info(outcome === 'logged-out'
            ? `Logged out of ${registry}.`
            : outcome === 'not-logged-in'
                ? `Not logged in to ${registry}: nothing to log out.`
                : `${cli} logout ${registry} failed (ignored): ${detail}`);
    }
    catch (error) {
        host.warning(`Could not log out of ${registry}: ${error instanceof Error ? error.message : String(error)}`);
    }
}

// EXTERNAL MODULE: ./.build/aws/role-arn.js
var role_arn = __webpack_require__(9684);
// EXTERNAL MODULE: ./.build/util/path-input.js
var path_input = __webpack_require__(2721);
;// CONCATENATED MODULE: ./.build/commands/image-inputs.js






/** The deploy config `output` writes (output-file): the keys the image command reads. */
const CONFIG_KEYS = {
    registry: 'ecr_endpoint',
    repository: 'ecr_repository_name',
    cluster: 'ecs_cluster_name',
    service: 'ecs_service_name',
};
/**
 * Each poll is a DescribeServices call: at most one a second. The end-to-end tests, whose ECS
 * peer moves its simulated time with each call, lower the floor through this variable (it is
 * not an input).
 */
function minPollIntervalMs(env) {
    const ms = Number(env.TOFU_AWS_ACTION_MIN_POLL_INTERVAL_MS);
    return ms > 0 ? ms : 1000;
}
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
/** ECR's rule for repository names: lowercase parts joined by one `.`, `_` or `-`, slashes between. */
const ECR_REPOSITORY = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;
function readConfig(path, shown) {
    if (!(0,external_node_fs_.existsSync)(path))
        throw (0,errors/* invalidInput */.aY)('config-file', shown, 'the file does not exist (run output with output-file first)');
    try {
        const parsed = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
            throw new Error('not an object');
        return parsed;
    }
    catch {
        throw (0,errors/* invalidInput */.aY)('config-file', shown, 'expected a JSON object such as the file output writes');
    }
}
/** A string value, or the `{ value }` of a raw `tofu output -json` entry. */
function configString(config, key) {
    const raw = config[key];
    const value = typeof raw === 'object' && raw !== null && 'value' in raw
        ? raw.value
        : raw;
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
/** aws-region, else AWS_REGION / AWS_DEFAULT_REGION (unset: the SDK's own resolution). */
function readRegion(inputs, env) {
    const regionInput = inputs.string('aws-region');
    const regionVar = ['AWS_REGION', 'AWS_DEFAULT_REGION'].find((name) => env[name]);
    const region = regionInput ?? (regionVar ? env[regionVar] : undefined);
    if (region !== undefined && (0,role_arn/* partitionOfRegion */.cn)(region) === undefined) {
        throw (0,errors/* invalidInput */.aY)(regionInput === undefined ? `aws-region (from ${regionVar})` : 'aws-region', region, 'expected an AWS region such as us-east-1, eu-west-2, cn-north-1 or us-gov-west-1');
    }
    return region;
}
/**
 * An ECR registry of another partition than the run's region cannot be reached with the run's
 * credentials (aws, aws-cn and aws-us-gov are separate): a one-line error before any call.
 */
function checkRegistryPartition(input, value, registry, region) {
    const registryRegion = registry ? ecrRegion(registry) : undefined;
    if (!registryRegion || !region)
        return;
    const theirs = (0,role_arn/* partitionOfRegion */.cn)(registryRegion);
    const ours = (0,role_arn/* partitionOfRegion */.cn)(region);
    if (theirs && ours && theirs !== ours) {
        throw (0,errors/* invalidInput */.aY)(input, value, `its registry is in ${registryRegion} (partition ${theirs}), but the run's region ${region} (aws-region / AWS_REGION) is in partition ${ours}, whose credentials ECR there refuses: use a registry in the ${ours} partition, or an aws-region in ${theirs}`);
    }
}
/**
 * Reads and checks every image input before any work starts: one-line errors naming the
 * input (or the config key), the value and what is allowed.
 */
function readImageSettings(inputs, host, github) {
    const cli = inputs.oneOf('container-cli', ['docker', 'podman'], 'docker');
    const strategy = inputs.oneOf('strategy', ['force-new-deployment', 'task-definition'], 'force-new-deployment');
    const image = inputs.string('image');
    const buildInput = inputs.optionalBool('build');
    const pushInput = inputs.optionalBool('push');
    if (image !== undefined && (buildInput === true || pushInput === true)) {
        throw (0,errors/* invalidInput */.aY)('image', image, 'an existing image is deployed as it is: leave build and push unset (or false) with it');
    }
    const build = image === undefined ? (buildInput ?? true) : false;
    const push = image === undefined ? (pushInput ?? true) : false;
    const roll = inputs.bool('roll', true);
    const wait = inputs.bool('wait', true);
    const platformInput = inputs.string('platform') ?? 'linux/amd64';
    const platforms = platformInput.split(',').map((p) => p.trim());
    for (const p of platforms) {
        if (!PLATFORM.test(p))
            throw (0,errors/* invalidInput */.aY)('platform', platformInput, 'expected os/arch such as linux/amd64 or linux/arm64 (several, comma-separated, with docker and push)');
    }
    if (platforms.length > 1 && (cli !== 'docker' || !push)) {
        throw (0,errors/* invalidInput */.aY)('platform', platformInput, 'several platforms need container-cli docker with push: true (buildx pushes one multi-platform index; --load and podman build take one platform)');
    }
    const platform = platforms.join(',');
    const tagsInput = inputs.list('tags');
    for (const tag of tagsInput) {
        if (!TAG.test(tag))
            throw (0,errors/* invalidInput */.aY)('tags', tag, 'a tag is 1-128 of letters, digits, _ . - and does not start with . or -');
    }
    const tags = tagsInput.length > 0 ? tagsInput : [...(github.sha ? [github.sha] : []), 'latest'];
    const buildArgs = inputs.lines('build-args');
    for (const arg of buildArgs) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(arg))
            throw (0,errors/* invalidInput */.aY)('build-args', arg, 'expected NAME=value, one per line');
    }
    const waitTimeoutMs = inputs.duration('wait-timeout', '20m');
    const pollIntervalMs = inputs.duration('poll-interval', '15s');
    const minPollMs = minPollIntervalMs(host.env);
    if (pollIntervalMs < minPollMs)
        throw (0,errors/* invalidInput */.aY)('poll-interval', inputs.string('poll-interval') ?? '', `expected ${minPollMs % 1000 ? `${minPollMs}ms` : `${minPollMs / 1000}s`} or more (each poll is a DescribeServices call)`);
    if (waitTimeoutMs <= 0)
        throw (0,errors/* invalidInput */.aY)('wait-timeout', inputs.string('wait-timeout') ?? '', 'expected more than 0');
    const contextInput = inputs.string('context') ?? '.';
    const context = (0,external_node_path_.isAbsolute)(contextInput) ? contextInput : (0,external_node_path_.resolve)(host.workspace, contextInput);
    const dockerfileInput = inputs.string('dockerfile');
    const dockerfile = dockerfileInput === undefined
        ? (0,external_node_path_.join)(context, 'Dockerfile')
        : (0,external_node_path_.isAbsolute)(dockerfileInput)
            ? dockerfileInput
            : (0,external_node_path_.resolve)(host.workspace, dockerfileInput);
    if (build && (0,path_input/* pathKind */.g)(context) !== 'directory') {
        throw (0,errors/* invalidInput */.aY)('context', contextInput, `no such directory under ${host.workspace}`);
    }
    if (build && !(0,external_node_fs_.existsSync)(dockerfile)) {
        throw (0,errors/* invalidInput */.aY)(dockerfileInput === undefined ? 'context' : 'dockerfile', dockerfileInput ?? contextInput, `no Dockerfile at ${dockerfile}`);
    }
    // Config file first, explicit inputs win.
    const configFile = inputs.string('config-file');
    const config = configFile === undefined ? {} : readConfig((0,external_node_path_.resolve)(host.workspace, configFile), configFile);
    const fromConfig = (key, needed) => {
        if (configFile === undefined)
            return undefined;
        const value = configString(config, key);
        if (value === undefined) {
            throw new errors/* ConfigurationError */.j1(`Config file ${configFile} has no key '${key}' (needed to ${needed}): add it to the output-file keys, or give the matching input.`);
        }
        return value;
    };
    let registry;
    let registrySource;
    let repositoryName;
    if (push || build) {
        const repoInput = inputs.string('ecr-repository');
        if (repoInput !== undefined) {
            registrySource = { input: 'ecr-repository', value: repoInput };
            const slash = repoInput.indexOf('/');
            if (slash > 0 && /[.:]/.test(repoInput.slice(0, slash))) {
                registry = repoInput.slice(0, slash);
                repositoryName = repoInput.slice(slash + 1);
            }
            else {
                repositoryName = repoInput;
            }
            if (!ECR_REPOSITORY.test(repositoryName) || repositoryName.length > 256) {
                throw (0,errors/* invalidInput */.aY)('ecr-repository', repoInput, 'expected a repository name (app/web) or URI (123456789012.dkr.ecr.us-east-1.amazonaws.com/app/web)');
            }
        }
        else if (configFile !== undefined) {
            repositoryName = fromConfig(CONFIG_KEYS.repository, 'push the image');
            const endpoint = fromConfig(CONFIG_KEYS.registry, 'push the image');
            registry = endpoint?.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '');
            if (endpoint)
                registrySource = { input: `config-file (${CONFIG_KEYS.registry})`, value: endpoint };
        }
        else {
            throw new errors/* ConfigurationError */.j1(`No ECR repository to push to: set input 'ecr-repository', or 'config-file' with keys ${CONFIG_KEYS.registry} and ${CONFIG_KEYS.repository} (or give 'image' to deploy an existing image).`);
        }
    }
    else if (configFile !== undefined) {
        // An existing image: the config's registry tells ECR references apart (tag → digest).
        registry = configString(config, CONFIG_KEYS.registry)
            ?.replace(/^[a-z]+:\/\//i, '')
            .replace(/\/.*$/, '');
    }
    let cluster;
    let service;
    if (roll || wait) {
        cluster = inputs.string('ecs-cluster');
        service = inputs.string('ecs-service');
        if (configFile === undefined && (cluster === undefined || service === undefined)) {
            throw new errors/* ConfigurationError */.j1(`No ECS ${cluster === undefined ? 'cluster' : 'service'} to roll: set inputs 'ecs-cluster' and 'ecs-service', or 'config-file' with keys ${CONFIG_KEYS.cluster} and ${CONFIG_KEYS.service} (or set roll and wait to false).`);
        }
        cluster ??= fromConfig(CONFIG_KEYS.cluster, 'roll the service');
        service ??= fromConfig(CONFIG_KEYS.service, 'roll the service');
    }
    if (!build && !push && !roll && !wait) {
        throw new errors/* ConfigurationError */.j1('Nothing to do: build, push, roll and wait are all false.');
    }
    if (roll && !push && image === undefined && strategy === 'task-definition') {
        throw (0,errors/* invalidInput */.aY)('strategy', strategy, 'task-definition pins the pushed digest: it needs push: true or an existing image in input image');
    }
    const containerName = inputs.string('container-name');
    const region = readRegion(inputs, host.env);
    if (push && registrySource) {
        checkRegistryPartition(registrySource.input, registrySource.value, registry, region);
    }
    if (image !== undefined && roll && strategy === 'task-definition' && !image.includes('@')) {
        checkRegistryPartition('image', image, image.split('/')[0], region);
    }
    return {
        cli,
        build,
        push,
        roll,
        wait,
        ...(registry ? { registry } : {}),
        ...(repositoryName ? { repositoryName } : {}),
        ...(image ? { image } : {}),
        ...(cluster ? { cluster } : {}),
        ...(service ? { service } : {}),
        context,
        dockerfile,
        platform,
        tags,
        buildArgs,
        strategy,
        ...(containerName ? { containerName } : {}),
        waitTimeoutMs,
        pollIntervalMs,
        ...(region ? { region } : {}),
    };
}

;// CONCATENATED MODULE: ./.build/commands/image.js














/**
 * The run's region, for ECS. ECR calls use the registry host's own region where it names one
 * (loginToEcr, resolveTagDigest): a token from another region is refused.
 */
function regionOf(settings) {
    const region = settings.region ?? (settings.registry ? ecrRegion(settings.registry) : undefined);
    if (!region) {
        throw new errors/* ConfigurationError */.j1("No AWS region: set input 'aws-region' (or AWS_REGION in the environment, as assume-role exports it).");
    }
    return region;
}
/** Build, push (ECR login first), roll the ECS service and wait for the rollout. */
async function run(ctx) {
    const { host } = ctx;
    const settings = readImageSettings(ctx.inputs, host, ctx.github);
    const aws = settings.push || settings.roll || settings.wait
        ? (0,client_settings/* awsClientSettings */.S)(host.env, regionOf(settings))
        : undefined;
    const cli = new ContainerCli(settings.cli, {
        env: host.env,
        cwd: settings.context,
        onOutput: (chunk) => host.write(chunk),
        signal: host.cancellation,
    });
    if (settings.build || settings.push)
        await cli.ensureInstalled(settings.build);
    const registry = settings.push && aws ? await loginToEcr(host, aws, cli, settings.registry) : settings.registry;
    const published = await publishImage(host, cli, settings, registry);
    const image = {
        ...published,
        digest: await digestToPin(ctx, settings, aws, published, registry),
    };
    if (image.uri)
        host.setOutput('image-uri', image.uri);
    if (image.digest)
        host.setOutput('image-digest', image.digest);
    if (!settings.roll && !settings.wait)
        return;
    if (!aws)
        return;
    await rollOut(ctx, settings, aws, image);
}
/** Roll the ECS service to the image (unless roll is off), then wait for the rollout. */
async function rollOut(ctx, settings, aws, image) {
    const { host } = ctx;
    const call = await createEcsCall(aws);
    const cluster = settings.cluster ?? '';
    const service = settings.service ?? '';
    const rolled = settings.roll
        ? await rollImage({
            host,
            clock: ctx.clock,
            call: retryingEcsCall(call, ctx.clock, host.cancellation),
            cluster,
            service,
            strategy: settings.strategy,
            containerName: settings.containerName,
            image,
        }).catch((error) => {
            if (host.cancellation.aborted)
                host.setOutput('rollout-state', 'cancelled');
            throw error;
        })
        : undefined;
    if (rolled) {
        host.setOutput('deployment-id', rolled.deploymentId);
        host.setOutput('task-definition-arn', rolled.taskDefinitionArn);
    }
    if (rolled && !settings.wait && host.cancellation.aborted) {
        host.setOutput('rollout-state', 'cancelled');
        throw new errors/* ConfigurationError */.j1(`ECS service ${service}: ${startedBeforeCancel(rolled.deploymentId)}.`);
    }
    if (!settings.wait) {
        host.setOutput('rollout-state', 'not-waited');
        return;
    }
    const watched = await watchRollout({
        host,
        clock: ctx.clock,
        read: ecsReadApi(call),
        cluster,
        service,
        rolled,
        timeoutMs: settings.waitTimeoutMs,
        intervalMs: settings.pollIntervalMs,
    });
    host.setOutput('rollout-state', watched.result.verdict);
    host.setOutput('wait-seconds', String(Math.round(watched.result.elapsedMs / 1000)));
    await reportRollout({ host, cluster, service, imageUri: image.uri, watched });
}
/** Strategy task-definition pins a digest: the pushed one, else the one ECR stores for the tag. */
async function digestToPin(ctx, settings, aws, published, registry) {
    const { uri, digest } = published;
    if (!aws || !settings.roll || settings.strategy !== 'task-definition')
        return digest;
    if (digest || uri === undefined)
        return digest;
    return resolveTagDigest({
        host: ctx.host,
        region: aws.region,
        image: uri,
        knownRegistry: registry,
        fromInput: settings.image !== undefined,
    });
}
/** Post step: log out of the registry this run logged in to. */
async function post(ctx) {
    await logoutOfSavedRegistry(ctx.host);
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
