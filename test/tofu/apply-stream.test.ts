import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApplyStream, readApplyEvents, type TofuJsonEvent } from '../../src/tofu/apply-stream.js';
import { MIXED } from '../fixtures/apply-events.js';
import { renderApplySummary } from '../../src/render/apply-summary.js';

const sample = resolve(
  import.meta.dirname,
  '../../../shared/corpus/opentofu-equivalence/drift_simple.apply.json',
);
const hasSample = existsSync(sample);
if (!hasSample) console.log(`apply-stream: ${sample} is absent; the real stream test is skipped`);

export function feed(events: readonly TofuJsonEvent[], chunkSize = 17) {
  const stream = new ApplyStream();
  const text = events.map((e) => JSON.stringify(e)).join('\n') + '\n';
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += chunkSize)
    lines.push(...stream.push(text.slice(i, i + chunkSize)));
  lines.push(...stream.end());
  return { lines, result: stream.result() };
}

describe('ApplyStream', () => {
  it('turns events into one readable line each, whatever the chunking', () => {
    const { lines } = feed(MIXED, 5);
    expect(lines).toContain('✓ aws_instance.web: Creation complete after 12s [id=i-2]');
    expect(lines).toContain('✗ aws_s3_bucket.logs: Creation errored after 1s');
    expect(lines).toContain(
      'Error: creating S3 Bucket (logs): BucketAlreadyExists (aws_s3_bucket.logs)',
    );
    expect(lines.some((l) => l.includes('{'))).toBe(false);
    expect(feed(MIXED, 1).lines).toEqual(feed(MIXED, 4096).lines);
  });

  it('tracks each resource: a replacement adds both halves, failures are marked', () => {
    const { result } = feed(MIXED);
    expect(result.resources).toEqual([
      {
        address: 'aws_instance.web',
        action: 'replace',
        outcome: 'complete',
        elapsedSeconds: 16,
        id: 'i-2',
      },
      { address: 'aws_s3_bucket.logs', action: 'create', outcome: 'errored', elapsedSeconds: 1 },
    ]);
    expect(result.counts).toEqual({ add: 1, change: 0, destroy: 1, import: 0, forget: 0 });
    expect(result.diagnostics[0]?.address).toBe('aws_s3_bucket.logs');
  });

  it('passes lines that are not JSON through', () => {
    const stream = new ApplyStream();
    expect(stream.push('panic: oh no\n')).toEqual(['panic: oh no']);
    expect(stream.result().otherLines).toEqual(['panic: oh no']);
  });
});

describe.skipIf(!hasSample)('the real tofu apply -json stream (drift_simple)', () => {
  it('reads and renders it', () => {
    const events = readApplyEvents(readFileSync(sample, 'utf8'));
    const { lines, result } = feed(events);
    expect(lines).toContain(
      '✓ tfcoremock_simple_resource.drift: Modifications complete after 0s [id=f3c6ddc5-37d5-0170-64ff-518ad421385a]',
    );
    expect(result.resources).toEqual([
      {
        address: 'tfcoremock_simple_resource.drift',
        action: 'update',
        outcome: 'complete',
        elapsedSeconds: 0,
        id: 'f3c6ddc5-37d5-0170-64ff-518ad421385a',
      },
    ]);
    expect(result.counts).toEqual({ add: 0, change: 1, destroy: 0, import: 0, forget: 0 });
    const md = renderApplySummary({ environment: 'drift', outcome: 'applied', ...result });
    expect(md).toMatch(/\| `tfcoremock_simple_resource.drift` \| update \| .*done \| 0s \|/);
  });
});
