import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import * as tofuVariables from '../../.github/scripts/tofu-variables.mjs';
import { secretsOf } from '../../src/tofu/outputs.js';
import { MIN_REDACT_LENGTH, sensitiveLeaves } from '../../src/tofu/sensitive.js';
import { root } from './workflow-files.js';

const script = join(root, '.github/scripts/tofu-variables.mjs');
const { envFileText, masksOf, masksOfValue, parseSecret, variablesFor } = tofuVariables as {
  envFileText: (variables: [string, string][], delimiter?: string) => string;
  masksOf: (doc: unknown) => string[];
  masksOfValue: (value: unknown) => string[];
  parseSecret: (text: string) => unknown;
  variablesFor: (doc: unknown, environment: string) => [string, string][];
};

/** Runs the script as the workflows do: the secret through env:, variables to GITHUB_ENV. */
function run(secret: string | undefined, environment = 'staging') {
  const dir = mkdtempSync(join(tmpdir(), 'tofu-variables-'));
  const envFile = join(dir, 'env');
  writeFileSync(envFile, '');
  try {
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      GITHUB_ENV: envFile,
      ENVIRONMENT: environment,
    };
    if (secret !== undefined) env.TOFU_VARIABLES = secret;
    const result = spawnSync(process.execPath, [script], { env, encoding: 'utf8' });
    return {
      status: result.status,
      stdout: result.stdout,
      stderr: result.stderr,
      envFile: readFileSync(envFile, 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** GITHUB_ENV as the runner reads it: NAME=value lines and NAME<<DELIMITER heredocs. */
function readEnvFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (!heredoc) continue;
    const [, name, delimiter] = heredoc as unknown as [string, string, string];
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] as string);
    expect(lines[i], `heredoc of ${name} is closed`).toBe(delimiter);
    out[name] = value.join('\n');
  }
  return out;
}

const SECRET = JSON.stringify({
  '*': { region_hint: 'shared-value-123', session_secret: 'default-secret-should-be-overridden' },
  staging: {
    session_secret: 's3cr3t-staging-0123456789abcdef0123456789',
    google_client_secret: 'line one is long\nline two is long\nshort',
  },
  production: { session_secret: 'p-r-o-d-secret-0123456789abcdef0123456789' },
});

describe('tofu-variables.mjs', () => {
  it('exports the environment\'s variables, over the "*" ones, as TF_VAR_ with heredocs', () => {
    const { status, envFile, stdout } = run(SECRET, 'staging');
    expect(status).toBe(0);
    expect(readEnvFile(envFile)).toEqual({
      TF_VAR_region_hint: 'shared-value-123',
      TF_VAR_session_secret: 's3cr3t-staging-0123456789abcdef0123456789',
      TF_VAR_google_client_secret: 'line one is long\nline two is long\nshort',
    });
    expect(envFile).toMatch(/^TF_VAR_region_hint<<ghadelimiter_[0-9a-f-]{36}\n/);
    expect(stdout).toMatch(
      /exported TF_VAR_region_hint, TF_VAR_session_secret, TF_VAR_google_client_secret for staging/,
    );
  });

  it('masks every value of every environment, and each long line of a multi-line one, before anything else', () => {
    const { stdout } = run(SECRET, 'staging');
    const lines = stdout.trim().split('\n');
    const masks = lines.filter((l) => l.startsWith('::add-mask::'));
    expect(lines.slice(0, masks.length)).toEqual(masks);
    const masked = masks.map((l) => l.slice('::add-mask::'.length));
    for (const value of [
      'shared-value-123',
      'default-secret-should-be-overridden',
      's3cr3t-staging-0123456789abcdef0123456789',
      'p-r-o-d-secret-0123456789abcdef0123456789',
      'line one is long',
      'line two is long',
      'line one is long%0Aline two is long%0Ashort',
    ]) {
      expect(masked).toContain(value);
    }
    // a line under 8 characters alone would blank that word everywhere in the log
    expect(masked).not.toContain('short');
    // nothing after the masks shows a value
    const rest = lines.slice(masks.length).join('\n');
    for (const value of ['s3cr3t', 'p-r-o-d', 'line one', 'shared-value'])
      expect(rest).not.toContain(value);
  });

  it('gives lists, maps, numbers and booleans to tofu as JSON text', () => {
    const doc = parseSecret(
      '{"*": {"ids": ["a","b"], "sizes": {"web": 2}, "count": 3, "on": true}}',
    );
    expect(variablesFor(doc, 'staging')).toEqual([
      ['ids', '["a","b"]'],
      ['sizes', '{"web":2}'],
      ['count', '3'],
      ['on', 'true'],
    ]);
    expect(new Set(masksOf(doc))).toEqual(new Set(['["a","b"]', '{"web":2}']));
  });

  it('masks no boolean and nothing under 3 characters, but still exports them', () => {
    const { status, stdout, envFile } = run(
      '{"*": {"replicas": 1, "enable_waf": true, "region": "eu", "port": 8080, "cidrs": ["10.0.0.0/16"]}}',
    );
    expect(status).toBe(0);
    const masked = stdout
      .split('\n')
      .filter((l) => l.startsWith('::add-mask::'))
      .map((l) => l.slice('::add-mask::'.length));
    // "Plan: 1 to add", `true` and `eu` stay readable in the plan and apply logs
    for (const shown of ['1', 'true', 'eu']) expect(masked).not.toContain(shown);
    expect(new Set(masked)).toEqual(new Set(['8080', '["10.0.0.0/16"]', '10.0.0.0/16']));
    expect(readEnvFile(envFile)).toEqual({
      TF_VAR_replicas: '1',
      TF_VAR_enable_waf: 'true',
      TF_VAR_region: 'eu',
      TF_VAR_port: '8080',
      TF_VAR_cidrs: '["10.0.0.0/16"]',
    });
  });

  // The script restates the action's rule (it cannot import src/): the same masks as `output`
  // gives a sensitive value (secretsOf, over sensitiveLeaves), for every kind of value.
  const SAMPLES: [string, unknown][] = [
    ['a long string', 's3cr3t-0123456789'],
    ['a 3-character string', 'abc'],
    ['a 2-character string', 'ab'],
    ['an empty string', ''],
    ['quotes and backslashes', 'pa"ss\\word'],
    ['a tab', 'tab\there'],
    ['a lone surrogate', 'x\ud800yz'],
    [
      'a multi-line value',
      '-----BEGIN KEY-----\nMIIEvQIBADANBgkq\nab\n  indented line  \n-----END KEY-----\n',
    ],
    ['CRLF lines', 'first line here\r\nsecond line here'],
    ['a short line and a long one', 'short\nlonger line'],
    ['true', true],
    ['false', false],
    ['null', null],
    ['a one-digit number', 1],
    ['a two-digit number', 42],
    ['a long number', 8080],
    ['a negative fraction', -0.125],
    ['a huge number', 1e21],
    ['an empty list', []],
    ['an empty object', {}],
    ['a list of short strings', ['a', 'b']],
    ['a list of mixed leaves', [1, true, null, 'xyz', 123456]],
    ['an object of booleans', { on: true, off: false }],
    [
      'a nested object',
      { web: { count: 2, secret: 'inner "quoted" secret', lines: 'aaaaaaaaaa\nbbbbbbbbbb' } },
    ],
  ];

  it.each(SAMPLES)('masks %s as the action masks a sensitive value', (_what, value) => {
    const script = masksOfValue(value);
    expect(new Set(script)).toEqual(new Set(secretsOf(value)));
    for (const leaf of sensitiveLeaves(value)) {
      if (leaf.length >= MIN_REDACT_LENGTH) expect(script).toContain(leaf);
      else expect(script).not.toContain(leaf);
    }
    for (const mask of script) expect(mask.length).toBeGreaterThanOrEqual(MIN_REDACT_LENGTH);
    expect(masksOf({ '*': { v: value } })).toEqual(script);
  });

  it('exports nothing for an environment without values, and nothing without the secret', () => {
    expect(run('{"production": {"x": "1"}}', 'staging')).toMatchObject({ status: 0, envFile: '' });
    const none = run(undefined);
    expect(none).toMatchObject({ status: 0, envFile: '' });
    expect(none.stdout).toMatch(/not given/);
  });

  it.each([
    ['not JSON', 'session_secret=hunter2-secret', /is not JSON/],
    ['not an object', '["hunter2-secret"]', /is not a JSON object/],
    [
      'a flat object of variables',
      '{"session_secret": "hunter2-secret"}',
      /no object of variables under "session_secret"/,
    ],
    [
      'a bad variable name',
      '{"staging": {"session-secret": "hunter2-secret"}}',
      /variable "session-secret" under "staging", which is not a variable name/,
    ],
    [
      'a name that would set another variable',
      '{"*": {"X=1\\nPATH": "hunter2-secret"}}',
      /is not a variable name/,
    ],
    ['a bad environment key', '{"stag ing": {"a": "hunter2-secret"}}', /key "stag ing"/],
    ['a null value', '{"staging": {"a": null, "b": "hunter2-secret"}}', /sets staging\.a to null/],
  ])('refuses %s in one line that shows no value, after masking it', (_what, secret, message) => {
    const { status, stdout, envFile } = run(secret);
    expect(status).toBe(1);
    const lines = stdout.trim().split('\n');
    const errors = lines.filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^::error title=Invalid workflow secret::Secret 'tofu-variables' \(value not shown\) /,
    );
    expect(errors[0]).toMatch(message);
    expect(errors[0]).not.toContain('hunter2');
    expect(lines[lines.length - 1]).toBe(errors[0]);
    expect(envFile).toBe('');
  });

  it('never writes a value that holds its delimiter', () => {
    expect(() => envFileText([['a', 'x\nEOF\ny']], 'EOF')).toThrow(/delimiter/);
    expect(envFileText([['a', 'v']], 'D')).toMatch(/^TF_VAR_a<<D\r?\nv\r?\nD\r?\n$/);
  });
});
