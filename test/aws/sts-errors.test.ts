import { describe, expect, it } from 'vitest';
import {
  classifyStsError,
  explainStsError,
  missingTokenMessage,
  stsErrorCode,
} from '../../src/aws/sts-errors.js';

/** Shaped like the SDK's STSServiceException (the real ones are exercised in sts.test.ts). */
function stsError(code: string, message: string, status = 400, className = code) {
  return Object.assign(new Error(message), {
    name: className,
    Code: code,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
  });
}

const network = (code: string) => Object.assign(new Error(`connect ${code}`), { code });

const ROLE = 'arn:aws:iam::111111111111:role/tofu-plan';
const PR_CLAIMS = {
  sub: 'repo:octo-org/infra:pull_request',
  aud: 'sts.amazonaws.com',
  iss: 'https://token.actions.githubusercontent.com',
  repository: 'octo-org/infra',
  ref: 'refs/pull/7/merge',
  job_workflow_ref: 'octo-org/infra/.github/workflows/plan.yml@refs/pull/7/merge',
};

describe('classifying STS errors', () => {
  it.each([
    stsError('Throttling', 'Rate exceeded'),
    stsError('InternalFailure', 'An internal error has occurred.', 500),
    stsError('ServiceUnavailable', 'down', 503),
    stsError('SomethingNew', 'server side', 502),
    stsError('IDPCommunicationError', 'IdP unreachable', 400, 'IDPCommunicationErrorException'),
    stsError(
      'InvalidIdentityToken',
      "Couldn't retrieve verification key from your identity provider",
    ),
    network('ECONNRESET'),
    network('ETIMEDOUT'),
    Object.assign(new Error('timed out'), { name: 'TimeoutError' }),
  ])('retries %s', (error) => {
    expect(classifyStsError(error)).toBe('retry');
  });

  it.each([
    stsError('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity', 403),
    stsError(
      'InvalidIdentityToken',
      'Incorrect token audience',
      400,
      'InvalidIdentityTokenException',
    ),
    stsError('ExpiredTokenException', 'Token expired', 400),
    stsError('ExpiredToken', 'The security token included in the request is expired'),
    stsError('ValidationError', "1 validation error detected: Value 'x y' at 'roleSessionName'"),
    stsError('IDPRejectedClaim', 'rejected', 403, 'IDPRejectedClaimException'),
    new TypeError('a bug'),
    network('ENOTFOUND'),
  ])('fails at once on %s', (error) => {
    expect(classifyStsError(error)).toBe('fail');
  });

  it('reports the code STS sent, not the SDK class name', () => {
    expect(
      stsErrorCode(stsError('IDPCommunicationError', 'x', 400, 'IDPCommunicationErrorException')),
    ).toBe('IDPCommunicationError');
    expect(stsErrorCode(new Error('plain'))).toBeUndefined();
  });
});

describe('explaining STS errors', () => {
  it('prints the claims and the trust condition when the trust policy refuses the token', () => {
    const { summary, details } = explainStsError(
      stsError('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity', 403),
      { kind: 'web-identity', roleArn: ROLE, claims: PR_CLAIMS },
      1,
    );
    expect(summary).toContain('AccessDenied');
    expect(summary).toContain('sub "repo:octo-org/infra:pull_request"');
    expect(summary).not.toContain('\n');
    const text = details.join('\n');
    for (const line of [
      '  sub: repo:octo-org/infra:pull_request',
      '  aud: sts.amazonaws.com',
      '  repository: octo-org/infra',
      '  ref: refs/pull/7/merge',
      '  job_workflow_ref: octo-org/infra/.github/workflows/plan.yml@refs/pull/7/merge',
      '"Federated": "arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com"',
      '"token.actions.githubusercontent.com:sub": "repo:octo-org/infra:pull_request"',
      '"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"',
      'repo:octo-org/infra:environment:NAME',
    ])
      expect(text).toContain(line);
  });

  const refused = (claims: Record<string, unknown>) =>
    explainStsError(
      stsError('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity', 403),
      { kind: 'web-identity', roleArn: ROLE, claims },
      1,
    ).details.join('\n');

  it('lists every sub form, the environment one first because it wins', () => {
    const text = refused({ ...PR_CLAIMS, sub: 'repo:octo-org/infra:environment:production' });
    const forms = [
      'repo:octo-org/infra:environment:NAME',
      'repo:octo-org/infra:pull_request',
      'repo:octo-org/infra:ref:refs/heads/BRANCH',
      'repo:octo-org/infra:ref:refs/tags/TAG',
    ].map((form) => text.indexOf(form));
    expect(forms.every((at) => at >= 0)).toBe(true);
    expect([...forms].sort((a, b) => a - b)).toEqual(forms);
    expect(text).toMatch(/environment:NAME .*wins over the forms below, on pull requests too/);
    expect(text).not.toContain("not in GitHub's default form");
  });

  it("spells the sub forms as the token does, GitHub's immutable owner@id/repo@id form too", () => {
    const text = refused({
      ...PR_CLAIMS,
      sub: 'repo:octo-org@1342004/infra@714159265:ref:refs/heads/main',
    });
    expect(text).toContain('repo:octo-org@1342004/infra@714159265:environment:NAME');
    expect(text).toContain('repo:octo-org@1342004/infra@714159265:pull_request');
    expect(text).not.toContain("not in GitHub's default form");
  });

  it('says when the sub was customised', () => {
    const sub = 'repository_owner:octo-org:repository_visibility:private';
    const text = refused({ ...PR_CLAIMS, sub });
    expect(text).toContain(`customised its OIDC subject template`);
    expect(text).toContain(`"${sub}"`);
  });

  it("explains a reusable workflow's job_workflow_ref and how to pin it", () => {
    const shared = 'octo-org/shared/.github/workflows/deploy.yml@refs/heads/main';
    const text = refused({
      ...PR_CLAIMS,
      sub: 'repo:octo-org/infra:environment:production',
      workflow_ref: 'octo-org/infra/.github/workflows/release.yml@refs/heads/main',
      job_workflow_ref: shared,
    });
    expect(text).toContain(`  job_workflow_ref: ${shared}`);
    expect(text).toContain(`This job runs the reusable workflow ${shared}`);
    expect(text).toContain(
      `repo:octo-org/infra:CONTEXT:job_workflow_ref:${shared}) and match that form`,
    );
    // Not for a job of the workflow itself, nor once the sub pins the workflow already.
    const own = 'octo-org/infra/.github/workflows/plan.yml@refs/pull/7/merge';
    expect(refused({ ...PR_CLAIMS, workflow_ref: own, job_workflow_ref: own })).not.toContain(
      'reusable workflow',
    );
    const pinned = refused({
      ...PR_CLAIMS,
      sub: `repo:octo-org/infra:environment:production:job_workflow_ref:${shared}`,
      workflow_ref: own,
      job_workflow_ref: shared,
    });
    expect(pinned).not.toContain('This job runs the reusable workflow');
    expect(pinned).toContain('customised its OIDC subject template');
  });

  it('points at the region, the endpoint and the proxy when STS does not resolve', () => {
    const { summary } = explainStsError(
      network('ENOTFOUND'),
      { kind: 'web-identity', roleArn: ROLE, claims: PR_CLAIMS },
      1,
    );
    expect(summary).toMatch(/ENOTFOUND.*check aws-region.*AWS_ENDPOINT_URL_STS.*HTTPS_PROXY/);
  });

  it('names the provider and audience on an audience mismatch', () => {
    const { summary } = explainStsError(
      stsError('InvalidIdentityToken', 'Incorrect token audience'),
      { kind: 'web-identity', roleArn: ROLE, claims: { ...PR_CLAIMS, aud: 'my-aud' } },
      1,
    );
    expect(summary).toContain('does not list the token\'s audience "my-aud"');
    expect(summary).toContain(
      'https://token.actions.githubusercontent.com in account 111111111111',
    );
  });

  it('names the missing OIDC provider', () => {
    const { summary } = explainStsError(
      stsError(
        'InvalidIdentityToken',
        'No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com',
      ),
      { kind: 'web-identity', roleArn: ROLE, claims: PR_CLAIMS },
      1,
    );
    expect(summary).toContain(
      'Account 111111111111 needs an IAM OpenID Connect provider for https://token.actions.githubusercontent.com',
    );
  });

  it('says which two policies a refused chain step needs', () => {
    const next = 'arn:aws:iam::222222222222:role/spoke';
    const { summary, details } = explainStsError(
      stsError(
        'AccessDenied',
        `User: x is not authorized to perform: sts:AssumeRole on resource: ${next}`,
        403,
      ),
      { kind: 'chain', roleArn: next, fromRoleArn: ROLE },
      1,
    );
    expect(summary).toContain(
      `permissions policy of ${ROLE} must allow sts:AssumeRole (and sts:TagSession`,
    );
    expect(summary).toContain(`trust policy of ${next} must trust ${ROLE}`);
    expect(details.join('\n')).toContain(`"Principal": { "AWS": "${ROLE}" }`);
  });

  it('says a transient failure outlived its retries', () => {
    const { summary } = explainStsError(
      stsError('Throttling', 'Rate exceeded'),
      { kind: 'caller-identity' },
      6,
    );
    expect(summary).toMatch(/Throttling: Rate exceeded \(still failing after 6 attempts/);
  });

  it('points at role-duration when the role cannot give that long a session', () => {
    const { summary } = explainStsError(
      stsError(
        'ValidationError',
        'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
      ),
      { kind: 'web-identity', roleArn: ROLE, claims: PR_CLAIMS },
      1,
    );
    expect(summary).toContain('Lower role-duration');
  });

  it('explains a missing token: the permission, and forks', () => {
    expect(missingTokenMessage(undefined)).toMatch(
      /permissions: id-token: write.*forks never get a token/,
    );
    expect(missingTokenMessage('mallory/infra')).toContain('the fork mallory/infra');
    expect(missingTokenMessage('mallory/infra')).toContain('permissions: id-token: write');
  });
});
