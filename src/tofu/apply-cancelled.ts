import { ConfigurationError } from '../util/errors.js';

/** The error that ends `apply` when the job is cancelled while tofu runs. */
export function applyCancelled(environment: string, what: string): ConfigurationError {
  return new ConfigurationError(
    `The job was cancelled during ${what} in ${environment}; tofu was interrupted and asked to stop cleanly.`,
  );
}
