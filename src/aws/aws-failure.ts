import { ConfigurationError } from '../util/errors.js';
import { classifyAwsError, describeAwsError } from './aws-error-class.js';

/**
 * An AWS error of the image command as the user sees it: credentials and service (client)
 * errors are the user's to fix (a ConfigurationError naming the call); anything else is a bug.
 */
export function awsFailure(what: string, error: unknown): Error {
  if (error instanceof ConfigurationError) return error;
  const kind = classifyAwsError(error);
  const isServiceError = typeof error === 'object' && error !== null && '$metadata' in error;
  if (kind === 'credentials' || isServiceError) {
    return new ConfigurationError(`${what} failed: ${describeAwsError(error)}`);
  }
  return error instanceof Error ? error : new Error(String(error));
}
