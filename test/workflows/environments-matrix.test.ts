import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './workflow-files.js';

const script = join(root, '.github/scripts/environments-matrix.mjs');

/** Runs the script as the workflows do: inputs through env:, outputs to GITHUB_OUTPUT. */
function run(env: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'env-matrix-'));
  const output = join(dir, 'output');
  try {
    const result = spawnSync(process.execPath, [script], {
      env: { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: output, ...env },
      encoding: 'utf8',
    });
    let outputs: Record<string, string> = {};
    try {
      outputs = Object.fromEntries(
        readFileSync(output, 'utf8')
          .trim()
          .split('\n')
          .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
      );
    } catch {
      outputs = {};
    }
    return { status: result.status, stdout: result.stdout, outputs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const roles = JSON.stringify({
  staging: 'arn:aws:iam::111111111111:role/tofu-plan',
  production: 'arn:aws:iam::222222222222:role/tofu-plan',
});

describe('environments-matrix.mjs', () => {
  it('builds the matrix in the order given, filling {environment}', () => {
    const { status, outputs } = run({
      ENVIRONMENTS: '["staging", "production"]',
      ROLE_ARNS: roles,
      VAR_FILES: 'common.tfvars\n{environment}.tfvars',
      ALLOWED_ACCOUNT_IDS:
        '{"staging":"111111111111","production":["222222222222","333333333333"]}',
    });
    expect(status).toBe(0);
    const matrix = JSON.parse(outputs.matrix ?? '{}') as { include: Record<string, string>[] };
    expect(matrix.include.map((e) => e.environment)).toEqual(['staging', 'production']);
    expect(matrix.include[1]).toEqual({
      environment: 'production',
      'working-directory': 'infra/envs/production',
      'role-arn': 'arn:aws:iam::222222222222:role/tofu-plan',
      'var-files': 'common.tfvars\nproduction.tfvars',
      'backend-config': '',
      'allowed-account-ids': '222222222222,333333333333',
    });
    expect(outputs['first-working-directory']).toBe('infra/envs/staging');
  });

  it.each([
    [
      'environments not JSON',
      { ENVIRONMENTS: 'staging, production' },
      'environments',
      /expected a JSON list/,
    ],
    [
      'environments not a list',
      { ENVIRONMENTS: '{"staging":1}' },
      'environments',
      /expected a JSON list/,
    ],
    ['environments empty', { ENVIRONMENTS: '[]' }, 'environments', /expected a JSON list/],
    [
      'a bad environment name',
      { ENVIRONMENTS: '["staging","prod uction"]' },
      'environments',
      /not an environment name/,
    ],
    [
      'a role missing',
      { ENVIRONMENTS: '["staging","production","qa"]' },
      'role-arns',
      /no role ARN for the listed environment qa/,
    ],
    [
      'role-arns not an object',
      { ENVIRONMENTS: '["staging"]', ROLE_ARNS: '["arn"]' },
      'role-arns',
      /expected a JSON object/,
    ],
    [
      'a role that is not a role ARN',
      { ENVIRONMENTS: '["staging"]', ROLE_ARNS: '{"staging":"arn:aws:iam::1:user/x"}' },
      'role-arns',
      /is not an IAM role ARN/,
    ],
    [
      'an account ID that is not one',
      { ENVIRONMENTS: '["staging"]', ALLOWED_ACCOUNT_IDS: '{"staging":"12"}' },
      'allowed-account-ids',
      /12-digit/,
    ],
    [
      'a working directory outside the repository',
      { ENVIRONMENTS: '["staging"]', WORKING_DIRECTORY: '../elsewhere/{environment}' },
      'working-directory',
      /inside the repository/,
    ],
  ])('refuses %s with one line naming the input', (_what, env, input, message) => {
    const { status, stdout, outputs } = run({ ROLE_ARNS: roles, ...env });
    expect(status).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(`^::error title=Invalid workflow input::Input '${input}' has value `),
    );
    expect(lines[0]).toMatch(message);
    expect(outputs).toEqual({});
  });
});
