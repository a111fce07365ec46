import { createHash, generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The runner's OIDC token service and GitHub's token issuer in one local peer: it signs RS256
 * JWTs carrying GitHub's claim set, publishes /.well-known/openid-configuration and the JWKS
 * (which the STS peer fetches to verify signatures, as STS does), and answers the runner's
 * token request (ACTIONS_ID_TOKEN_REQUEST_URL with the bearer ACTIONS_ID_TOKEN_REQUEST_TOKEN).
 */

export interface GitHubClaims {
  jti: string;
  sub: string;
  aud: string;
  ref: string;
  sha: string;
  repository: string;
  repository_owner: string;
  repository_owner_id: string;
  run_id: string;
  run_number: string;
  run_attempt: string;
  repository_visibility: string;
  repository_id: string;
  actor_id: string;
  actor: string;
  workflow: string;
  head_ref: string;
  base_ref: string;
  event_name: string;
  ref_protected: string;
  ref_type: string;
  workflow_ref: string;
  workflow_sha: string;
  job_workflow_ref: string;
  job_workflow_sha: string;
  runner_environment: string;
  environment?: string;
  iss: string;
  nbf: number;
  exp: number;
  iat: number;
}

/** What describes the job; `sub` is derived from these as GitHub does unless given. */
export type JobClaims = Partial<Omit<GitHubClaims, 'iss' | 'nbf' | 'exp' | 'iat' | 'jti' | 'aud'>>;

export interface OidcPeerOptions {
  /** The bearer the token request must carry. Default: a random one. */
  requestToken?: string;
  claims?: JobClaims;
  /** Token lifetime. GitHub's tokens live 5 minutes. */
  lifetimeSeconds?: number;
}

export interface OidcPeer {
  issuer: string;
  /** ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN for a job using this peer. */
  env: { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string };
  /** Signs a token for `audience` with the job's claims (and overrides). */
  issue(audience: string, claims?: JobClaims & { exp?: number; iat?: number }): string;
  setClaims(claims: JobClaims): void;
  /** The next `times` token requests answer `status`. */
  failTokenRequests(times: number, status?: number): void;
  /** Every token issued through the token endpoint, in order. */
  readonly issued: string[];
  readonly counts: { tokenRequests: number; jwksRequests: number };
  close(): Promise<void>;
}

/** The sub claim GitHub builds: environment first, then pull_request, then the ref. */
export function subjectOf(claims: JobClaims): string {
  const repo = claims.repository ?? 'octo-org/infra';
  if (claims.environment) return `repo:${repo}:environment:${claims.environment}`;
  if (claims.event_name === 'pull_request' || claims.event_name === 'pull_request_target') {
    return `repo:${repo}:pull_request`;
  }
  return `repo:${repo}:ref:${claims.ref ?? 'refs/heads/main'}`;
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

export async function startOidcPeer(options: OidcPeerOptions = {}): Promise<OidcPeer> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const kid = createHash('sha256').update(der).digest('hex').slice(0, 40).toUpperCase();
  const x5t = b64url(createHash('sha1').update(der).digest());
  const requestToken = options.requestToken ?? randomUUID().replace(/-/g, '');
  const lifetime = options.lifetimeSeconds ?? 300;
  let jobClaims: JobClaims = { ...(options.claims ?? {}) };
  let failures: { times: number; status: number } = { times: 0, status: 500 };
  const issued: string[] = [];
  const counts = { tokenRequests: 0, jwksRequests: 0 };
  const plan = randomUUID();
  const job = randomUUID();
  const tokenPath = `/_apis/distributedtask/hubs/Actions/plans/${plan}/jobs/${job}/idtoken`;

  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  function claimSet(
    audience: string,
    extra: JobClaims & { exp?: number; iat?: number },
  ): GitHubClaims {
    const c = { ...jobClaims, ...extra };
    const repository = c.repository ?? 'octo-org/infra';
    const owner = repository.split('/')[0] ?? 'octo-org';
    const pr = c.event_name === undefined || c.event_name === 'pull_request';
    const eventName = c.event_name ?? 'pull_request';
    const ref = c.ref ?? (pr && !c.environment ? 'refs/pull/42/merge' : 'refs/heads/main');
    const sha = c.sha ?? 'a3f1c5e9d7b2468013579bdf2468ace013579bdf';
    const workflowRef = `${repository}/.github/workflows/tofu.yml@${ref}`;
    const iat = c.iat ?? Math.floor(Date.now() / 1000);
    const claims: GitHubClaims = {
      jti: randomUUID(),
      sub: '',
      aud: audience,
      ref,
      sha,
      repository,
      repository_owner: owner,
      repository_owner_id: '1342004',
      run_id: '9876543210',
      run_number: '17',
      run_attempt: '1',
      repository_visibility: 'private',
      repository_id: '714159265',
      actor_id: '583231',
      actor: 'octocat',
      workflow: 'tofu',
      head_ref: pr ? 'feature/cache' : '',
      base_ref: pr ? 'main' : '',
      event_name: eventName,
      ref_protected: pr ? 'false' : 'true',
      ref_type: 'branch',
      workflow_ref: workflowRef,
      workflow_sha: sha,
      job_workflow_ref: workflowRef,
      job_workflow_sha: sha,
      runner_environment: 'github-hosted',
      ...stripUndefined(c),
      iss: issuer,
      nbf: iat - 600,
      iat,
      exp: c.exp ?? iat + lifetime,
    };
    claims.sub = c.sub ?? subjectOf({ ...c, repository, event_name: eventName, ref });
    if (!claims.environment) delete claims.environment;
    return claims;
  }

  function issue(audience: string, extra: JobClaims & { exp?: number; iat?: number } = {}): string {
    const header = { typ: 'JWT', alg: 'RS256', x5t, kid };
    const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claimSet(audience, extra)))}`;
    const signature = sign('RSA-SHA256', Buffer.from(input), privateKey as KeyObject);
    return `${input}.${b64url(signature)}`;
  }

  function send(res: ServerResponse, status: number, body: unknown) {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  }

  function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', issuer);
    if (req.method !== 'GET') return send(res, 405, { message: 'Method not allowed' });
    if (url.pathname === '/.well-known/openid-configuration') {
      return send(res, 200, {
        issuer,
        jwks_uri: `${issuer}/.well-known/jwks`,
        subject_types_supported: ['public', 'pairwise'],
        response_types_supported: ['id_token'],
        claims_supported: Object.keys(claimSet('x', {})).concat('environment'),
        id_token_signing_alg_values_supported: ['RS256'],
        scopes_supported: ['openid'],
      });
    }
    if (url.pathname === '/.well-known/jwks') {
      counts.jwksRequests++;
      const jwk = publicKey.export({ format: 'jwk' });
      return send(res, 200, { keys: [{ ...jwk, kid, x5t, alg: 'RS256', use: 'sig' }] });
    }
    if (url.pathname === tokenPath) {
      counts.tokenRequests++;
      if (req.headers.authorization !== `Bearer ${requestToken}`) {
        return send(res, 401, { message: 'Unauthorized: bad or missing request token' });
      }
      if (failures.times > 0) {
        failures.times--;
        return send(res, failures.status, { message: 'Injected failure' });
      }
      const owner = (jobClaims.repository ?? 'octo-org/infra').split('/')[0];
      const token = issue(url.searchParams.get('audience') ?? `https://github.com/${owner}`);
      issued.push(token);
      return send(res, 200, { value: token });
    }
    send(res, 404, { message: 'Not found' });
  }

  return {
    issuer,
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: `${issuer}${tokenPath}?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
    },
    issue,
    setClaims(claims) {
      jobClaims = { ...claims };
    },
    failTokenRequests(times, status = 500) {
      failures = { times, status };
    },
    issued,
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
