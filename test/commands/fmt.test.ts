import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run as fmt } from '../../src/commands/fmt.js';
import { MemoryHost } from '../../src/github/memory-host.js';
import { runCommand } from '../fixtures/command-context.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A repository whose infra/ holds the given files, on a runner with no tofu on PATH. */
function repo(files: Record<string, string>) {
  dir = mkdtempSync(join(tmpdir(), 'fmt-cmd-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, 'repo', path, '..'), { recursive: true });
    writeFileSync(join(dir, 'repo', path), text);
  }
  mkdirSync(join(dir, 'empty-path'));
  return new MemoryHost(
    { 'working-directory': 'infra' },
    {
      workspace: join(dir, 'repo'),
      env: { PATH: join(dir, 'empty-path'), RUNNER_TEMP: join(dir, 'temp') },
    },
  );
}

describe('fmt: which tofu', () => {
  it('with no version anywhere, says what to do for fmt', async () => {
    const host = repo({ 'infra/envs/staging/main.tf': 'terraform {}\n' });
    const error = await runCommand(fmt, host);
    expect(error?.message).toMatch(
      /^tofu was not found on PATH, and no version is named for fmt: set the input tofu-version .*a required_version constraint in the working directory or a directory below it/,
    );
  });

  it('formats a directory whose .tf files are symlinks (it gets as far as looking for tofu)', async () => {
    const host = repo({ 'shared/main.tf': 'terraform {}\n' });
    mkdirSync(join(dir, 'repo/infra'));
    symlinkSync('../shared/main.tf', join(dir, 'repo/infra/main.tf'));
    const error = await runCommand(fmt, host);
    expect(error?.message).toMatch(/^tofu was not found on PATH/);
  });
});
