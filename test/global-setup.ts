import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every temporary file of a test run, the test workers' and their child processes' (which
 * inherit TMPDIR), goes under one directory that is removed when the run ends, so tests
 * that make a directory per case need not each remember to remove it.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'tofu-aws-action-tests-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
