import { describe, expect, it } from 'vitest';
import { classifyApplyFailure } from '../../src/tofu/apply-failure.js';
import type { TofuDiagnostic } from '../../src/tofu/apply-stream.js';
import { ConfigurationError } from '../../src/util/errors.js';

const run = (over: { diagnostics?: TofuDiagnostic[]; stderr?: string; otherLines?: string[] }) => ({
  diagnostics: [],
  stderr: '',
  otherLines: [],
  exitCode: 1,
  ...over,
});

describe('classifyApplyFailure', () => {
  it('asks for a re-plan when tofu says the saved plan is stale', () => {
    const f = classifyApplyFailure(
      run({ diagnostics: [{ severity: 'error', summary: 'Saved plan is stale', detail: 'x' }] }),
      'prod',
    );
    expect(f.line).toMatch(/^Saved plan is stale/);
    expect(f.error).toBeInstanceOf(ConfigurationError);
    expect(f.error.message).toMatch(/saved plan for prod is stale.*A re-plan is needed/);
  });

  it('asks for a re-plan when tofu cannot read the plan file', () => {
    const f = classifyApplyFailure(
      run({ stderr: 'Error: Failed to load "x.tfplan" as a plan file' }),
      'prod',
    );
    expect(f.line).toBe('tofu could not read the saved plan.');
    expect(f.error.message).toMatch(
      /could not read the saved plan for prod: .*A re-plan is needed/,
    );
  });

  it('names the first error diagnostic with its address', () => {
    const f = classifyApplyFailure(
      run({
        diagnostics: [
          { severity: 'warning', summary: 'Deprecated' },
          {
            severity: 'error',
            summary: 'creating bucket: AccessDenied',
            address: 'aws_s3_bucket.a',
          },
          { severity: 'error', summary: 'second' },
        ],
      }),
      'dev',
    );
    expect(f.line).toBe('aws_s3_bucket.a: creating bucket: AccessDenied');
    expect(f.error.message).toBe(
      'tofu apply failed in dev: aws_s3_bucket.a: creating bucket: AccessDenied',
    );
  });

  it('falls back to stderr, then to the exit code', () => {
    expect(classifyApplyFailure(run({ stderr: 'Error: boom\n' }), 'dev').line).toMatch(/boom/);
    expect(classifyApplyFailure(run({}), 'dev').line).toBe('tofu apply exited with 1');
  });
});
