import { describe, expect, it } from 'vitest';
import { lockLine, renderApplySummary } from '../../src/render/apply-summary.js';
import { ApplyStream } from '../../src/tofu/apply-stream.js';
import { MIXED } from '../fixtures/apply-events.js';

function feed() {
  const stream = new ApplyStream();
  for (const e of MIXED) stream.handle(e);
  return { result: stream.result() };
}

describe('renderApplySummary', () => {
  it('tables resources with durations and never shows sensitive values', () => {
    const { result } = feed();
    const md = renderApplySummary({
      environment: 'staging',
      outcome: 'failed',
      resources: result.resources,
      counts: result.counts,
      outputs: result.outputs,
      firstError: 'creating S3 Bucket (logs): BucketAlreadyExists',
    });
    expect(md).toContain('### Apply: staging: apply failed');
    expect(md).toContain('1 added, 0 changed, 1 destroyed');
    expect(md).toMatch(/\| `aws_instance.web` \| replace \| .*done \| 16s \|/);
    expect(md).toMatch(/\| `aws_s3_bucket.logs` \| create \| .*failed \| 1s \|/);
    expect(md).toContain('| `url` | https://a\\|b |');
    expect(md).toContain('| `password` | (sensitive) |');
  });
});

describe('lockLine', () => {
  it('says who holds the lock, for what, how long and its ID', () => {
    const line = lockLine(
      {
        id: 'abc-123',
        who: 'alice@laptop',
        operation: 'OperationTypePlan',
        created: '2025-01-01 10:00:00 +0000 UTC',
        createdAt: new Date('2025-01-01T10:00:00Z'),
        path: 'b/k',
      },
      Date.parse('2025-01-01T10:12:30Z'),
    );
    expect(line).toBe(
      'The state is locked by alice@laptop for plan for 12m 30s (since 2025-01-01 10:00:00 +0000 UTC) on b/k; lock ID abc-123',
    );
  });
});
