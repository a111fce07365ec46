import { TRANSIENT_NETWORK_CODES } from '../util/network-errors.js';

/**
 * What an AWS API error means for a loop that polls: credentials that will not get better
 * (end now, say so), a transient failure (try again), or anything else (a real error).
 */
export type AwsErrorClass = 'credentials' | 'transient' | 'other';

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

interface AwsLikeError {
  name?: string;
  code?: string;
  $fault?: string;
  $metadata?: { httpStatusCode?: number };
}

export function classifyAwsError(error: unknown): AwsErrorClass {
  if (typeof error !== 'object' || error === null) return 'other';
  const e = error as AwsLikeError;
  const name = e.name ?? '';
  if (CREDENTIAL_ERRORS.has(name) || CREDENTIAL_ERRORS.has(e.code ?? '')) return 'credentials';
  if (TRANSIENT_ERRORS.has(name)) return 'transient';
  if (e.code && TRANSIENT_NETWORK_CODES.has(e.code)) return 'transient';
  const status = e.$metadata?.httpStatusCode;
  if (status === 429 || (status !== undefined && status >= 500) || e.$fault === 'server')
    return 'transient';
  return 'other';
}

/** `AccessDeniedException: User ... is not authorized ...` for people. */
export function describeAwsError(error: unknown): string {
  if (error instanceof Error)
    return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message;
  return String(error);
}
