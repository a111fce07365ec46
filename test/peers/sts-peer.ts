import {
  createHash,
  createHmac,
  randomBytes,
  randomUUID,
  verify,
  createPublicKey,
} from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local STS speaking the query protocol (POST form body, XML answers shaped like STS's, with
 * ErrorResponse/Error/{Type,Code,Message} and RequestId). AssumeRoleWithWebIdentity verifies
 * the token as STS does: the issuer must be a registered provider, the RS256 signature must
 * verify against the issuer's JWKS (fetched through its openid-configuration), the audience
 * must be one the role accepts, the token must not be expired, and `sub` must match the role's
 * trust condition (StringLike). AssumeRole and GetCallerIdentity require a SigV4 signature made
 * with a session this peer issued; AssumeRole also requires the target role to trust the
 * caller's role.
 */

export interface StsPeerRole {
  arn: string;
  /** StringLike patterns (`*`, `?`) the token's sub must match. Empty: no web identity. */
  subjects?: string[];
  /** Token audiences the role's provider accepts. Default: sts.amazonaws.com. */
  audiences?: string[];
  /** Role ARNs whose sessions may AssumeRole into this role (role chaining). */
  trustedRoles?: string[];
  /** IAM's MaxSessionDuration. Default: 3600, as IAM's default. */
  maxSessionDuration?: number;
}

export type InjectedFailure = 'Throttling' | 'InternalFailure' | 'IDPCommunicationError';

export interface StsCall {
  action: string;
  roleArn?: string;
  /** The assumed-role ARN of the caller (signed calls). */
  caller?: string;
  status: number;
  code?: string;
}

export interface StsPeerOptions {
  /** Issuers registered as IAM OIDC providers (the OIDC peer's issuer). */
  providers: string[];
  roles: StsPeerRole[];
}

export interface StsPeer {
  url: string;
  /** Every request, in order. */
  readonly calls: StsCall[];
  /** The next `times` requests for `action` (default: any) answer this error. */
  fail(failure: InjectedFailure, times: number, action?: string): void;
  /** Forgets the calls and the failures not yet answered. */
  reset(): void;
  close(): Promise<void>;
}

interface Session {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
  roleArn: string;
  assumedRoleArn: string;
  assumedRoleId: string;
  account: string;
}

class StsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly type: 'Sender' | 'Receiver' = status >= 500 ? 'Receiver' : 'Sender',
  ) {
    super(message);
  }
}

const NS = 'https://sts.amazonaws.com/doc/2011-06-15/';
const INJECTED: Record<InjectedFailure, StsError> = {
  Throttling: new StsError(400, 'Throttling', 'Rate exceeded'),
  InternalFailure: new StsError(500, 'InternalFailure', 'An internal error has occurred.'),
  IDPCommunicationError: new StsError(
    400,
    'IDPCommunicationError',
    'The request could not be fulfilled because the identity provider (IDP) that was asked to verify the incoming identity token could not be reached. Try the request again.',
  ),
};

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const upperAlnum = (n: number) => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  return [...randomBytes(n)].map((b) => alphabet[b % 32]).join('');
};

function likeToRegExp(pattern: string): RegExp {
  const body = pattern
    .split('')
    .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`);
}

function accountOf(roleArn: string): string {
  return /:(\d{12}):/.exec(roleArn)?.[1] ?? '000000000000';
}

function assumedArn(roleArn: string, sessionName: string): string {
  const [, partition] = /^arn:([^:]+):/.exec(roleArn) ?? [];
  const name = roleArn.slice(roleArn.lastIndexOf('/') + 1);
  return `arn:${partition}:sts::${accountOf(roleArn)}:assumed-role/${name}/${sessionName}`;
}

export async function startStsPeer(options: StsPeerOptions): Promise<StsPeer> {
  const roles = new Map(options.roles.map((r) => [r.arn, r]));
  const roleIds = new Map(options.roles.map((r) => [r.arn, `AROA${upperAlnum(17)}`]));
  const sessions = new Map<string, Session>();
  const calls: StsCall[] = [];
  const injected: { failure: InjectedFailure; action: string | undefined }[] = [];

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      handle(req, body)
        .then(
          ([action, xml, call]) => {
            calls.push({ action, status: 200, ...call });
            respond(res, 200, xml);
          },
          (error: unknown) => {
            const e =
              error instanceof StsError
                ? error
                : new StsError(500, 'InternalFailure', `peer bug: ${String(error)}`);
            const params = new URLSearchParams(body.toString('utf8'));
            calls.push({
              action: params.get('Action') ?? '?',
              ...(params.get('RoleArn') ? { roleArn: params.get('RoleArn') as string } : {}),
              status: e.status,
              code: e.code,
            });
            respond(res, e.status, errorXml(e));
          },
        )
        .catch(() => res.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  function respond(res: ServerResponse, status: number, template: string) {
    const requestId = randomUUID();
    const xml = template.replace('%REQUEST_ID%', requestId);
    res.writeHead(status, {
      'content-type': 'text/xml',
      'x-amzn-requestid': requestId,
      'content-length': Buffer.byteLength(xml),
    });
    res.end(xml);
  }

  function errorXml(e: StsError): string {
    return `<ErrorResponse xmlns="${NS}">\n  <Error>\n    <Type>${e.type}</Type>\n    <Code>${e.code}</Code>\n    <Message>${xmlEscape(e.message)}</Message>\n  </Error>\n  <RequestId>%REQUEST_ID%</RequestId>\n</ErrorResponse>\n`;
  }

  function resultXml(action: string, inner: string): string {
    return `<${action}Response xmlns="${NS}">\n  <${action}Result>\n${inner}  </${action}Result>\n  <ResponseMetadata>\n    <RequestId>%REQUEST_ID%</RequestId>\n  </ResponseMetadata>\n</${action}Response>\n`;
  }

  function newSession(role: StsPeerRole, sessionName: string, seconds: number): Session {
    const s: Session = {
      accessKeyId: `ASIA${upperAlnum(16)}`,
      secretAccessKey: randomBytes(30).toString('base64'),
      sessionToken: `IQoJb3JpZ2luX2VjE${randomBytes(300).toString('base64')}`,
      expiration: new Date(Math.floor(Date.now() / 1000 + seconds) * 1000),
      roleArn: role.arn,
      assumedRoleArn: assumedArn(role.arn, sessionName),
      assumedRoleId: `${roleIds.get(role.arn)}:${sessionName}`,
      account: accountOf(role.arn),
    };
    sessions.set(s.accessKeyId, s);
    return s;
  }

  function sessionXml(s: Session): string {
    return [
      `    <Credentials>`,
      `      <AccessKeyId>${s.accessKeyId}</AccessKeyId>`,
      `      <SecretAccessKey>${xmlEscape(s.secretAccessKey)}</SecretAccessKey>`,
      `      <SessionToken>${xmlEscape(s.sessionToken)}</SessionToken>`,
      `      <Expiration>${s.expiration.toISOString().replace('.000Z', 'Z')}</Expiration>`,
      `    </Credentials>`,
      `    <AssumedRoleUser>`,
      `      <AssumedRoleId>${xmlEscape(s.assumedRoleId)}</AssumedRoleId>`,
      `      <Arn>${xmlEscape(s.assumedRoleArn)}</Arn>`,
      `    </AssumedRoleUser>`,
    ].join('\n');
  }

  function commonParams(params: URLSearchParams, chained: boolean) {
    const roleArn = params.get('RoleArn') ?? '';
    const sessionName = params.get('RoleSessionName') ?? '';
    const seconds = Number(params.get('DurationSeconds') ?? '3600');
    if (!/^[\w+=,.@-]{2,64}$/.test(sessionName)) {
      throw new StsError(
        400,
        'ValidationError',
        `1 validation error detected: Value '${sessionName}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`,
      );
    }
    if (!/^arn:[\w-]+:iam::\d{12}:role\/.+/.test(roleArn) || roleArn.length > 2048) {
      throw new StsError(400, 'ValidationError', `${roleArn} is invalid`);
    }
    if (!Number.isInteger(seconds) || seconds < 900 || seconds > 43200) {
      throw new StsError(
        400,
        'ValidationError',
        `1 validation error detected: Value '${seconds}' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 43200`,
      );
    }
    const role = roles.get(roleArn);
    if (role && chained && seconds > 3600) {
      throw new StsError(
        400,
        'ValidationError',
        'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
      );
    }
    if (role && seconds > (role.maxSessionDuration ?? 3600)) {
      throw new StsError(
        400,
        'ValidationError',
        'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
      );
    }
    return { roleArn, role, sessionName, seconds };
  }

  async function verifyWebIdentity(token: string, role: StsPeerRole | undefined) {
    const parts = token.split('.');
    if (parts.length !== 3) {
      throw new StsError(
        400,
        'InvalidIdentityToken',
        'The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)',
      );
    }
    const [h, p, s] = parts as [string, string, string];
    let header: { alg?: string; kid?: string };
    let claims: Record<string, unknown>;
    try {
      header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8'));
      claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8'));
    } catch {
      throw new StsError(400, 'InvalidIdentityToken', 'The ID Token provided is not a valid JWT.');
    }
    const iss = String(claims.iss ?? '');
    if (!options.providers.includes(iss)) {
      throw new StsError(
        400,
        'InvalidIdentityToken',
        `No OpenIDConnect provider found in your account for ${iss}`,
      );
    }
    let keys: { kid?: string }[];
    try {
      const config = (await (await fetch(`${iss}/.well-known/openid-configuration`)).json()) as {
        jwks_uri: string;
      };
      keys = ((await (await fetch(config.jwks_uri)).json()) as { keys: { kid?: string }[] }).keys;
    } catch {
      throw new StsError(
        400,
        'InvalidIdentityToken',
        "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements",
      );
    }
    const jwk = keys.find((k) => k.kid === header.kid);
    const valid =
      header.alg === 'RS256' &&
      jwk !== undefined &&
      verify(
        'RSA-SHA256',
        Buffer.from(`${h}.${p}`),
        createPublicKey({ key: jwk as never, format: 'jwk' }),
        Buffer.from(s, 'base64url'),
      );
    if (!valid)
      throw new StsError(
        400,
        'InvalidIdentityToken',
        'The web identity token that was passed could not be validated by AWS. Get a new identity token from the identity provider and then retry the request.',
      );
    const now = Date.now() / 1000;
    if (typeof claims.exp !== 'number' || claims.exp < now) {
      throw new StsError(
        400,
        'ExpiredTokenException',
        'Token expired: current date/time must be before the expiration date/time',
      );
    }
    const aud = String(claims.aud ?? '');
    if (role && !(role.audiences ?? ['sts.amazonaws.com']).includes(aud)) {
      throw new StsError(400, 'InvalidIdentityToken', 'Incorrect token audience');
    }
    return claims;
  }

  /** SigV4 with a session this peer issued: returns the caller's session. */
  function verifySignature(req: IncomingMessage, body: Buffer): Session {
    const auth = req.headers.authorization ?? '';
    const m =
      /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/sts\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(
        auth,
      );
    if (!m)
      throw new StsError(
        403,
        'MissingAuthenticationToken',
        'Request is missing Authentication Token',
      );
    const [, keyId, date, region, signedHeaders, signature] = m as unknown as string[];
    const session = sessions.get(keyId as string);
    if (!session || req.headers['x-amz-security-token'] !== session.sessionToken) {
      throw new StsError(
        403,
        'InvalidClientTokenId',
        'The security token included in the request is invalid.',
      );
    }
    if (session.expiration.getTime() < Date.now()) {
      throw new StsError(
        400,
        'ExpiredToken',
        'The security token included in the request is expired',
      );
    }
    const url = new URL(req.url ?? '/', 'http://x');
    const query = [...url.searchParams]
      .map(([k, v]) => `${enc(k)}=${enc(v)}`)
      .sort()
      .join('&');
    const headerLines = (signedHeaders as string).split(';').map((name) => {
      const raw = req.headers[name];
      const value = Array.isArray(raw) ? raw.join(',') : (raw ?? '');
      return `${name}:${value.trim().replace(/\s+/g, ' ')}\n`;
    });
    const payloadHash =
      (req.headers['x-amz-content-sha256'] as string | undefined) ??
      createHash('sha256').update(body).digest('hex');
    const canonical = [
      req.method,
      url.pathname,
      query,
      headerLines.join(''),
      signedHeaders,
      payloadHash,
    ].join('\n');
    const amzDate = String(req.headers['x-amz-date'] ?? '');
    const scope = `${date}/${region}/sts/aws4_request`;
    const toSign = [
      'AWS4-HMAC-SHA256',
      amzDate,
      scope,
      createHash('sha256').update(canonical).digest('hex'),
    ].join('\n');
    let key: Buffer = Buffer.from(`AWS4${session.secretAccessKey}`);
    for (const part of [date as string, region as string, 'sts', 'aws4_request'])
      key = createHmac('sha256', key).update(part).digest();
    const expected = createHmac('sha256', key).update(toSign).digest('hex');
    if (expected !== signature) {
      throw new StsError(
        403,
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided.',
      );
    }
    return session;
  }

  async function handle(
    req: IncomingMessage,
    body: Buffer,
  ): Promise<[string, string, Partial<StsCall>]> {
    const params = new URLSearchParams(body.toString('utf8'));
    const action = params.get('Action') ?? '';
    if (req.method !== 'POST') throw new StsError(400, 'InvalidAction', 'Could not find operation');
    if (params.get('Version') !== '2011-06-15')
      throw new StsError(400, 'InvalidAction', 'Version is missing or wrong');
    const queued = injected.findIndex((i) => i.action === undefined || i.action === action);
    if (queued >= 0) {
      const [hit] = injected.splice(queued, 1);
      throw INJECTED[(hit as { failure: InjectedFailure }).failure];
    }

    if (action === 'AssumeRoleWithWebIdentity') {
      const { roleArn, role, sessionName, seconds } = commonParams(params, false);
      const claims = await verifyWebIdentity(params.get('WebIdentityToken') ?? '', role);
      const sub = String(claims.sub ?? '');
      if (!role || !(role.subjects ?? []).some((p) => likeToRegExp(p).test(sub))) {
        throw new StsError(
          403,
          'AccessDenied',
          'Not authorized to perform sts:AssumeRoleWithWebIdentity',
        );
      }
      const s = newSession(role, sessionName, seconds);
      const inner = `    <SubjectFromWebIdentityToken>${xmlEscape(sub)}</SubjectFromWebIdentityToken>\n    <Audience>${xmlEscape(String(claims.aud))}</Audience>\n${sessionXml(s)}\n    <Provider>${xmlEscape(String(claims.iss).replace(/^https?:\/\//, ''))}</Provider>\n`;
      return [action, resultXml(action, inner), { roleArn }];
    }
    if (action === 'AssumeRole') {
      const caller = verifySignature(req, body);
      const { roleArn, role, sessionName, seconds } = commonParams(params, true);
      if (!role || !(role.trustedRoles ?? []).includes(caller.roleArn)) {
        throw new StsError(
          403,
          'AccessDenied',
          `User: ${caller.assumedRoleArn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
        );
      }
      const s = newSession(role, sessionName, seconds);
      return [
        action,
        resultXml(action, `${sessionXml(s)}\n    <PackedPolicySize>6</PackedPolicySize>\n`),
        { roleArn, caller: caller.assumedRoleArn },
      ];
    }
    if (action === 'GetCallerIdentity') {
      const caller = verifySignature(req, body);
      const inner = `    <Arn>${xmlEscape(caller.assumedRoleArn)}</Arn>\n    <UserId>${xmlEscape(caller.assumedRoleId)}</UserId>\n    <Account>${caller.account}</Account>\n`;
      return [action, resultXml(action, inner), { caller: caller.assumedRoleArn }];
    }
    throw new StsError(
      400,
      'InvalidAction',
      `Could not find operation ${action} for version 2011-06-15`,
    );
  }

  return {
    url,
    calls,
    fail(failure, times, action) {
      for (let i = 0; i < times; i++) injected.push({ failure, action });
    },
    reset() {
      calls.length = 0;
      injected.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function enc(s: string): string {
  return encodeURIComponent(s).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
