import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isProcessAlive } from '../../src/tofu/process-alive.js';

const exited = (child: ReturnType<typeof spawn>) =>
  new Promise<void>((resolve) => child.once('exit', () => resolve()));

describe('isProcessAlive', () => {
  it('is true for a running process and false once it has exited and been reaped', async () => {
    expect(isProcessAlive(process.pid)).toBe(true);
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 200)']);
    expect(isProcessAlive(child.pid as number)).toBe(true);
    await exited(child);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(isProcessAlive(child.pid as number)).toBe(false);
  });

  it.skipIf(!existsSync('/proc/self/stat'))(
    'counts a zombie (exited, not reaped) as gone',
    async () => {
      // A shell that starts a short child and then replaces itself with a long sleep, which
      // never reaps it: the child stays a zombie.
      const parent = spawn('sh', ['-c', 'sleep 0.1 & echo $!; exec sleep 5'], {
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      const pid = await new Promise<number>((resolve) =>
        parent.stdout.once('data', (d: Buffer) => resolve(Number(d.toString().trim()))),
      );
      await new Promise((resolve) => setTimeout(resolve, 400));
      try {
        expect(() => process.kill(pid, 0)).not.toThrow();
        expect(isProcessAlive(pid)).toBe(false);
      } finally {
        parent.kill('SIGKILL');
      }
    },
  );
});
