import { describe, expect, it } from 'vitest';
import { MemoryHost } from '../src/github/memory-host.js';
import { runCommand } from '../src/run-command.js';

describe('runCommand', () => {
  it('rejects an unknown command with one line listing the allowed ones', async () => {
    const host = new MemoryHost({ command: 'destroy' });
    expect(await runCommand(host, 'main')).toBe(false);
    expect(host.failed).toBe(
      `Input 'command' has value "destroy": allowed values are fmt, validate, plan, comment, apply, output, assume-role, image.`,
    );
  });

  it('requires a command', async () => {
    const host = new MemoryHost({});
    await runCommand(host, 'main');
    expect(host.failed).toMatch(/^Input 'command' is required: allowed values are fmt, validate/);
  });

  it('fails once per run on a bad command: the post step, with nothing saved, does nothing', async () => {
    const host = new MemoryHost({ command: 'destroy' });
    expect(await runCommand(host, 'main')).toBe(false);
    const failed = host.failed;
    const post = new MemoryHost({ command: 'destroy' }, { state: host.state });
    expect(await runCommand(post, 'post')).toBe(true);
    expect(post.failed).toBeUndefined();
    expect(failed).toMatch(/^Input 'command' has value "destroy"/);
  });

  it('runs the post step of the command main saved', async () => {
    const post = new MemoryHost({ command: 'destroy' }, { state: { command: 'assume-role' } });
    expect(await runCommand(post, 'post')).toBe(true);
    expect(post.failed).toBeUndefined();
  });

  it('remembers the command for the post step', async () => {
    const host = new MemoryHost({ command: 'plan', 'working-directory': '/nonexistent-dir' });
    await runCommand(host, 'main');
    expect(host.state.command).toBe('plan');
    expect(host.failed).toMatch(
      /^Input 'working-directory' has value "\/nonexistent-dir": no such directory/,
    );
  });
});
