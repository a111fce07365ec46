import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryHost } from '../../src/github/memory-host.js';
import { runTofu } from '../../src/tofu/run-tofu.js';

/** A stand-in for tofu: a Node script run through a shebang, with its own arguments. */
function fakeTofu(body: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'fake-tofu-'));
  const file = join(dir, 'tofu');
  writeFileSync(file, `#!${process.execPath}\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

describe('runTofu', () => {
  it('writes stdout straight into stdoutFile, keeping none of it, stderr still captured', async () => {
    const binary = fakeTofu(
      "process.stdout.write(JSON.stringify({ args: process.argv.slice(2), pad: 'x'.repeat(200000) })); process.stderr.write('warned')",
    );
    const file = join(mkdtempSync(join(tmpdir(), 'show-json-')), 'plan.json');
    writeFileSync(file, 'an older plan that is longer than nothing'.repeat(10000));
    const host = new MemoryHost({}, { env: { PATH: process.env.PATH } });
    const result = await runTofu({
      binary,
      args: ['show', '-json', 'plan.tfplan'],
      cwd: tmpdir(),
      host,
      stream: false,
      stdoutFile: file,
    });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('warned');
    const written = JSON.parse(readFileSync(file, 'utf8')) as { args: string[]; pad: string };
    expect(written.args).toEqual(['show', '-json', 'plan.tfplan']);
    expect(written.pad).toHaveLength(200000);
  });

  it('leaves no file descriptor open when Node refuses to start tofu', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'refused-'));
    const host = new MemoryHost({}, { env: { PATH: process.env.PATH } });
    const open = () => readdirSync('/proc/self/fd').length;
    const before = open();
    for (let i = 0; i < 5; i++) {
      // A NUL byte in the executable's name: spawn throws before any process exists.
      await expect(
        runTofu({
          binary: 'to\0fu',
          args: ['show', '-json'],
          cwd: tmpdir(),
          host,
          stream: false,
          stdoutFile: join(dir, 'plan.json'),
          outputDir: dir,
        }),
      ).rejects.toThrow();
    }
    expect(open()).toBe(before);
  });

  it('does not hand the action its inputs or the runtime token, and keeps the rest', async () => {
    const binary = fakeTofu(
      'process.stdout.write(JSON.stringify(Object.keys(process.env).filter((k) => /^(INPUT_|ACTIONS_|KEEP|TF_IN)/.test(k)).sort()))',
    );
    const host = new MemoryHost(
      {},
      {
        env: {
          PATH: process.env.PATH,
          'INPUT_GITHUB-TOKEN': 'ghs_secret',
          INPUT_COMMAND: 'apply',
          ACTIONS_RUNTIME_TOKEN: 'runtime',
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
          KEEP_ME: '1',
        },
      },
    );
    const result = await runTofu({ binary, args: ['version'], cwd: tmpdir(), host, stream: false });
    expect(JSON.parse(result.stdout)).toEqual([
      'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
      'KEEP_ME',
      'TF_IN_AUTOMATION',
    ]);
  });

  it('starts tofu in its own process group and says its process id', async () => {
    const binary = fakeTofu(
      "const stat = require('node:fs').readFileSync('/proc/self/stat', 'utf8'); process.stdout.write(stat.slice(stat.lastIndexOf(')') + 2).split(' ').slice(2, 4).join(' ') + ' ' + process.pid)",
    );
    const pids: number[] = [];
    const host = new MemoryHost({}, { env: { PATH: process.env.PATH } });
    const result = await runTofu({
      binary,
      args: ['version'],
      cwd: tmpdir(),
      host,
      stream: false,
      onSpawn: (pid) => pids.push(pid),
    });
    const [group, session, pid] = result.stdout.split(' ').map(Number);
    expect(group).toBe(pid);
    expect(session).toBe(pid);
    expect(pids).toEqual([pid]);
  });

  it('through files: streams and captures both outputs, multi-byte text split across reads included, and removes the files', async () => {
    const binary = fakeTofu(`
      const big = '€'.repeat(40000) + '😀';
      process.stdout.write('first line\\n');
      setTimeout(() => {
        process.stdout.write(big.slice(0, 1) + big.slice(1));
        process.stderr.write('warning: é\\n');
        process.stdout.write('\\nlast\\n');
        process.exitCode = 2;
      }, 250);
    `);
    const outputDir = mkdtempSync(join(tmpdir(), 'tofu-out-'));
    const host = new MemoryHost({}, { env: { PATH: process.env.PATH } });
    const seen: string[] = [];
    const result = await runTofu({
      binary,
      args: ['apply'],
      cwd: tmpdir(),
      host,
      outputDir,
      onStdout: (chunk) => seen.push(chunk),
    });
    const expected = `first line\n${'€'.repeat(40000)}😀\nlast\n`;
    expect(result.exitCode).toBe(2);
    expect(seen.join('')).toBe(expected);
    expect(result.stdout).toBe(expected);
    expect(result.stderr).toBe('warning: é\n');
    // Streamed as it came: the first line before the process ended.
    expect(seen.length).toBeGreaterThan(1);
    expect(readdirSync(outputDir)).toEqual([]);
  });

  it('through files: tofu outlives this process (a pipe would end it with SIGPIPE)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outlive-'));
    const done = join(dir, 'done');
    const binary = fakeTofu(`
      process.on('SIGPIPE', () => {});
      const fs = require('node:fs');
      let n = 0;
      const tick = setInterval(() => {
        try { fs.writeSync(1, 'still writing ' + n + '\\n'); } catch (e) { fs.writeFileSync(${JSON.stringify(done)}, 'write failed: ' + e.code); process.exit(1); }
        if (++n === 8) { clearInterval(tick); fs.writeFileSync(${JSON.stringify(done)}, 'state written'); }
      }, 100);
    `);
    // The parent runs runTofu with output through files, and is killed while tofu runs.
    const parent = join(dir, 'parent.mts');
    writeFileSync(
      parent,
      `import { runTofu } from ${JSON.stringify(join(import.meta.dirname, '../../src/tofu/run-tofu.ts'))};
       import { MemoryHost } from ${JSON.stringify(join(import.meta.dirname, '../../src/github/memory-host.ts'))};
       const host = new MemoryHost({}, { env: { PATH: process.env.PATH } });
       await runTofu({ binary: ${JSON.stringify(binary)}, args: ['apply'], cwd: ${JSON.stringify(dir)}, host, outputDir: ${JSON.stringify(dir)}, onSpawn: () => console.log('spawned') });`,
    );
    // Node itself with tsx as a loader, so that the killed process is the one reading tofu.
    const child = spawn(process.execPath, ['--import', 'tsx', parent], {
      cwd: join(import.meta.dirname, '../..'),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve) => child.stdout.on('data', () => resolve()));
    await new Promise((resolve) => setTimeout(resolve, 250));
    child.kill('SIGKILL');
    const { readFileSync, existsSync } = await import('node:fs');
    for (let i = 0; i < 50 && !existsSync(done); i++) await new Promise((r) => setTimeout(r, 100));
    expect(readFileSync(done, 'utf8')).toBe('state written');
  });
});
