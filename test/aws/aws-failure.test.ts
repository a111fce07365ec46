import { describe, expect, it } from 'vitest';
import { awsFailure } from '../../src/aws/aws-failure.js';
import { ConfigurationError, isConfigurationError } from '../../src/util/errors.js';

function awsError(name: string, message: string, status?: number): Error {
  const error = new Error(message);
  error.name = name;
  if (status !== undefined) Object.assign(error, { $metadata: { httpStatusCode: status } });
  return error;
}

describe('awsFailure', () => {
  it('makes credentials errors the user’s to fix, naming the call', () => {
    const error = awsFailure('ECR GetAuthorizationToken', awsError('ExpiredToken', 'expired'));
    expect(isConfigurationError(error)).toBe(true);
    expect(error.message).toBe('ECR GetAuthorizationToken failed: ExpiredToken: expired');
  });

  it('makes any service error (one with $metadata) a configuration error', () => {
    const error = awsFailure(
      'Rolling ECS service web',
      awsError('InvalidParameterException', 'bad', 400),
    );
    expect(isConfigurationError(error)).toBe(true);
    expect(error.message).toContain('Rolling ECS service web failed: InvalidParameterException');
  });

  it('passes configuration errors through as they are', () => {
    const original = new ConfigurationError('already explained');
    expect(awsFailure('x', original)).toBe(original);
  });

  it('keeps other errors as bugs (not configuration errors)', () => {
    const bug = new TypeError('undefined is not a function');
    expect(awsFailure('x', bug)).toBe(bug);
    const wrapped = awsFailure('x', 'a string');
    expect(isConfigurationError(wrapped)).toBe(false);
    expect(wrapped.message).toBe('a string');
  });
});
