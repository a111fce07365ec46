import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isStateLockError,
  operationName,
  parseGoTime,
  parseLockError,
} from '../../src/tofu/lock-error.js';

const corpus = resolve(import.meta.dirname, '../../../shared/corpus/opentofu-lock');
const hasCorpus = existsSync(corpus);
if (!hasCorpus) console.log(`lock-error: ${corpus} is absent; the corpus samples are skipped`);

const EXPLANATION = [
  'OpenTofu acquires a state lock to protect the state from being written',
  'by multiple users at the same time. Please resolve the issue above and try',
  'again. For most commands, you can disable locking with the "-lock=false"',
  'flag, but this is not recommended.',
];

function plain(backendError: string[], info: Record<string, string>): string {
  return [
    '',
    'Error: Error acquiring the state lock',
    '',
    `Error message: ${backendError.join('\n')}`,
    'Lock Info:',
    ...Object.entries(info).map(([k, v]) => `  ${`${k}:`.padEnd(10)} ${v}`),
    '',
    ...EXPLANATION,
    '',
  ].join('\n');
}

function boxed(text: string, colour: boolean): string {
  const red = colour ? '\u001b[31m' : '';
  const reset = colour ? '\u001b[0m' : '';
  const body = text
    .trim()
    .split('\n')
    .map(
      (l) =>
        `${red}│${reset} ${l.replace(/^Error: /, `${colour ? '\u001b[1m' : ''}Error: ${reset}`)}`,
    );
  return [`${red}╷${reset}`, ...body, `${red}╵${reset}`, ''].join('\n');
}

const INFO = {
  ID: 'b1e3a3f0-1111-4c2d-8e9f-00aa11bb22cc',
  Path: 'my-state-bucket/envs/staging/terraform.tfstate',
  Operation: 'OperationTypeApply',
  Who: 'runner@fv-az99-123',
  Version: '1.10.6',
  Created: '2025-03-04 05:06:07.123456789 +0000 UTC',
  Info: '',
};
const WRAPPED = [
  'operation error DynamoDB: PutItem, https response error',
  'StatusCode: 400, RequestID:',
  'ABCDEF0123456789, ConditionalCheckFailedException: The conditional request',
  'failed',
];

describe('parseLockError', () => {
  it('reads every field of a plain (-no-color) lock error, unwrapping the backend error', () => {
    const lock = parseLockError(plain(WRAPPED, INFO));
    expect(lock).toEqual({
      id: INFO.ID,
      path: INFO.Path,
      operation: INFO.Operation,
      who: INFO.Who,
      version: INFO.Version,
      created: INFO.Created,
      createdAt: new Date('2025-03-04T05:06:07.123Z'),
      backendError: WRAPPED.join(' '),
    });
  });

  it('reads the boxed form with and without ANSI colour the same way', () => {
    const expected = parseLockError(plain(WRAPPED, INFO));
    expect(parseLockError(boxed(plain(WRAPPED, INFO), false))).toEqual(expected);
    expect(parseLockError(boxed(plain(WRAPPED, INFO), true))).toEqual(expected);
  });

  it('keeps a non-empty Info and treats an empty one as absent', () => {
    expect(parseLockError(plain(WRAPPED, { ...INFO, Info: 'deploy #42' }))?.info).toBe(
      'deploy #42',
    );
    expect(parseLockError(plain(WRAPPED, INFO))).not.toHaveProperty('info');
  });

  it('reads the detail of a -json diagnostic (CRLF line ends too)', () => {
    const detail = `Error message: ${WRAPPED.join('\n')}\nLock Info:\n  ID:        ${INFO.ID}\n  Who:       ${INFO.Who}\n  Created:   ${INFO.Created}\n\n${EXPLANATION.join('\n')}`;
    const text = `Error: Error acquiring the state lock\n\n${detail}`.replace(/\n/g, '\r\n');
    expect(parseLockError(text)).toMatchObject({ id: INFO.ID, who: INFO.Who });
  });

  it('never guesses an ID: missing, empty, odd or duplicated IDs give undefined', () => {
    const { ID: _id, ...noId } = INFO;
    expect(parseLockError(plain(WRAPPED, noId))).toBeUndefined();
    expect(parseLockError(plain(WRAPPED, { ...INFO, ID: '' }))).toBeUndefined();
    expect(parseLockError(plain(WRAPPED, { ...INFO, ID: 'two words' }))).toBeUndefined();
    const twice = plain(WRAPPED, INFO).replace(
      'Lock Info:\n',
      `Lock Info:\n  ID:        other-id\n`,
    );
    expect(parseLockError(twice)).toBeUndefined();
    expect(parseLockError(plain(WRAPPED, INFO).replace('Lock Info:', 'Lock:'))).toBeUndefined();
  });

  it('says nothing about other errors', () => {
    const other = 'Error: Saved plan is stale\n\nThe given plan file can no longer be applied.';
    expect(isStateLockError(other)).toBe(false);
    expect(parseLockError(other)).toBeUndefined();
  });
});

describe('parseGoTime', () => {
  it('reads Go default format and RFC 3339', () => {
    expect(parseGoTime('2026-11-20 08:45:03.000981 +0000 UTC')?.toISOString()).toBe(
      '2026-11-20T08:45:03.000Z',
    );
    expect(parseGoTime('2026-11-20 10:45:03 +0200 CEST')?.toISOString()).toBe(
      '2026-11-20T08:45:03.000Z',
    );
    expect(parseGoTime('2026-11-20T08:45:03.5Z')?.toISOString()).toBe('2026-11-20T08:45:03.500Z');
    expect(parseGoTime('yesterday')).toBeUndefined();
  });
  it('names operations for people', () => {
    expect(operationName('OperationTypePlan')).toBe('plan');
    expect(operationName(undefined)).toBe('an unknown operation');
  });
});

describe.skipIf(!hasCorpus)('parseLockError on the corpus samples', () => {
  it('reads the DynamoDB sample (plain)', () => {
    const text = readFileSync(join(corpus, 'dynamodb-no-color.stderr.txt'), 'utf8');
    expect(parseLockError(text)).toMatchObject({
      id: '8c5f2b1e-3d4a-4b6c-9e7f-0a1b2c3d4e5f',
      path: 'tf-state-myproject-staging-123456789012/state/terraform.tfstate',
      operation: 'OperationTypeApply',
      who: 'runner@fv-az1234-567',
      version: '1.10.6',
      createdAt: new Date('2026-11-19T14:02:11.512Z'),
    });
    expect(parseLockError(text)?.backendError).toMatch(/PutItem.*ConditionalCheckFailedException/);
  });

  it('reads the S3 lockfile sample (boxed)', () => {
    const text = readFileSync(join(corpus, 's3-lockfile-color.stderr.txt'), 'utf8');
    const lock = parseLockError(text);
    expect(lock).toMatchObject({
      id: '0f9e8d7c-6b5a-4938-8271-6a5b4c3d2e1f',
      operation: 'OperationTypePlan',
      who: 'alice@laptop.local',
      createdAt: new Date('2026-11-20T08:45:03.000Z'),
    });
    expect(lock?.backendError).toMatch(/PreconditionFailed: At least one of the pre-conditions/);
  });
});
