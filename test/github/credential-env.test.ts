import { describe, expect, it } from 'vitest';
import { savedExports } from '../../src/github/credential-env.js';

describe('savedExports', () => {
  it('keeps AWS_* names with empty values and AWS_*REGION names with any value', () => {
    const state = JSON.stringify({
      AWS_ACCESS_KEY_ID: '',
      AWS_REGION: 'eu-central-1',
      AWS_DEFAULT_REGION: '',
    });
    expect(savedExports(state)).toEqual([
      ['AWS_ACCESS_KEY_ID', ''],
      ['AWS_REGION', 'eu-central-1'],
      ['AWS_DEFAULT_REGION', ''],
    ]);
  });

  it('drops secrets, other names and non-string values', () => {
    const state = JSON.stringify({
      AWS_SECRET_ACCESS_KEY: 'leaked',
      PATH: '',
      aws_region: 'eu-west-1',
      AWS_SESSION_TOKEN: 0,
    });
    expect(savedExports(state)).toEqual([]);
  });

  it('reads no state, broken JSON and non-objects as nothing to export', () => {
    expect(savedExports(undefined)).toEqual([]);
    expect(savedExports('{not json')).toEqual([]);
    expect(savedExports('["AWS_REGION", ""]')).toEqual([]);
    expect(savedExports('null')).toEqual([]);
  });
});
