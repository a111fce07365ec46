import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('writeStdout', () => {
  it('writes everything in order to a full non-blocking pipe (EAGAIN)', async () => {
    const lines = 40_000; // about 2 MB: far more than a pipe buffer
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'write-stdout-child.ts'), String(lines)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    // Read nothing for a while, so that the pipe fills and the child meets EAGAIN.
    child.stdout.pause();
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    setTimeout(() => child.stdout.resume(), 300);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = Buffer.concat(chunks).toString('utf8').split('\n');
    expect(out).toHaveLength(lines + 1);
    for (let i = 0; i < lines; i++) expect(out[i]).toBe(`line ${i} ${'é'.repeat(i % 50)}`);
  });
});
