import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryHost } from '../../src/github/memory-host.js';
import { planFiles } from '../../src/tofu/plan-files.js';

const mode = (path: string) => statSync(path).mode & 0o777;

describe('planFiles', () => {
  it('on a runner: RUNNER_TEMP/tofu-aws-action/<environment>, the same on every call', () => {
    const temp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
    const host = new MemoryHost({}, { env: { RUNNER_TEMP: temp } });
    const files = planFiles(host, 'prod/eu west');
    expect(files.dir).toBe(join(temp, 'tofu-aws-action', 'prod-eu-west'));
    expect(files.planJsonFile).toBe(join(files.dir, 'plan.json'));
    expect(planFiles(host, 'prod/eu west').dir).toBe(files.dir);
    expect(mode(files.dir)).toBe(0o700);
  });

  it('elsewhere: a new directory only this user can enter, never a predictable one', () => {
    const host = new MemoryHost({}, { env: {} });
    const first = planFiles(host, 'staging');
    const second = planFiles(host, 'staging');
    expect(first.dir).not.toBe(second.dir);
    expect(dirname(dirname(first.dir))).toBe(tmpdir());
    expect(first.dir).not.toBe(join(tmpdir(), 'tofu-aws-action', 'staging'));
    expect(mode(first.dir)).toBe(0o700);
    expect(mode(dirname(first.dir))).toBe(0o700);
  });

  it('keeps "." and ".." environments inside the private directory', () => {
    const host = new MemoryHost({}, { env: {} });
    for (const environment of ['.', '..']) {
      const { dir } = planFiles(host, environment);
      expect(dirname(dir)).toMatch(/tofu-aws-action-/);
      expect(dirname(dirname(dir))).toBe(tmpdir());
    }
  });
});
