import { describe, expect, it } from 'vitest';
import {
  checkSessionName,
  defaultSessionName,
  parseRoleDuration,
} from '../../src/aws/session-params.js';

describe('role-duration', () => {
  it.each([
    ['1h', 3600],
    ['90m', 5400],
    ['900', 900],
    ['15m', 900],
    ['12h', 43200],
    ['1h30m', 5400],
  ])('%s is %i seconds', (text, seconds) => {
    expect(parseRoleDuration('role-duration', text)).toBe(seconds);
  });

  it.each(['899', '14m59s', '12h1s', '13h', '1500ms', 'an hour', '-1h', '0'])(
    'rejects %s naming the input and the range',
    (text) => {
      expect(() => parseRoleDuration('role-duration', text)).toThrow(
        /^Input 'role-duration' has value ".*": expected a duration from 15m to 12h/,
      );
    },
  );
});

describe('role-session-name', () => {
  it('accepts what STS accepts', () => {
    expect(checkSessionName('role-session-name', 'ci_run+1=a,b.c@d-e')).toBe('ci_run+1=a,b.c@d-e');
  });

  it.each(['a', 'x'.repeat(65), 'has space', 'slash/no', 'colon:no'])('rejects %s', (name) => {
    expect(() => checkSessionName('role-session-name', name)).toThrow(/2-64 characters/);
  });

  it('defaults to the repository and run, in STS characters and 2-64 long', () => {
    expect(defaultSessionName('octo-org/infra', '9876543210', '1')).toBe(
      'GitHubActions-infra-9876543210',
    );
    expect(defaultSessionName('octo-org/infra', '9876543210', '3')).toBe(
      'GitHubActions-infra-9876543210-3',
    );
    expect(defaultSessionName('o/ünïcode repo!', '42', undefined)).toBe(
      'GitHubActions-n-code-repo-42',
    );
    expect(defaultSessionName(undefined, undefined, undefined)).toBe('GitHubActions');
    const long = defaultSessionName(`o/${'r'.repeat(100)}`, '9876543210', '2');
    expect(long).toHaveLength(64);
    expect(long.endsWith('-9876543210-2')).toBe(true);
    for (const name of [long, defaultSessionName('o/ünïcode repo!', '42', undefined)])
      expect(() => checkSessionName('role-session-name', name)).not.toThrow();
  });
});
