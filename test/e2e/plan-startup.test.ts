import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from './run-action.js';

// What `plan` loads to render a plan from files when it has nothing to post: its start-up is
// benchmarked against bare Node, and these are the modules that would cost it most.
const root = resolve(import.meta.dirname, '../..');
const HEAVY = ['zlib', 'crypto', 'child_process', 'http', 'https', 'stream'];

/** A preload that writes the built-in modules a process loaded to $RECORD_MODULES_TO. */
function recorder(): string {
  const preload = join(mkdtempSync(join(tmpdir(), 'plan-startup-')), 'record-modules.mjs');
  writeFileSync(
    preload,
    `import { writeFileSync } from 'node:fs';\n` +
      `process.on('exit', () => writeFileSync(process.env.RECORD_MODULES_TO, process.moduleLoadList.join('\\n')));\n`,
  );
  return preload;
}

function builtinsLoaded(list: string): string[] {
  return readFileSync(list, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('NativeModule '))
    .map((line) => line.slice('NativeModule '.length));
}

/** What Node itself loads with the same preload, running an empty module. */
function baseline(preload: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'plan-startup-bare-'));
  const empty = join(dir, 'empty.mjs');
  writeFileSync(empty, '');
  const list = join(dir, 'modules.txt');
  spawnSync(process.execPath, [`--import=${preload}`, empty], {
    env: { PATH: process.env.PATH, RECORD_MODULES_TO: list },
  });
  return builtinsLoaded(list);
}

describe('plan start-up', () => {
  it('renders a plan from files without loading zlib, crypto, child processes or HTTP', async () => {
    const preload = recorder();
    const list = join(mkdtempSync(join(tmpdir(), 'plan-startup-run-')), 'modules.txt');
    const run = await runAction({
      inputs: {
        command: 'plan',
        'plan-json': join(root, 'examples/plan/plan.json'),
        'plan-text': join(root, 'examples/plan/plan.txt'),
        comment: 'false',
      },
      env: { NODE_OPTIONS: `--import=${preload}`, RECORD_MODULES_TO: list },
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    const bare = baseline(preload);
    const loaded = builtinsLoaded(list);
    expect(loaded).toContain('fs');
    for (const name of HEAVY.filter((n) => !bare.includes(n)))
      expect(loaded, name).not.toContain(name);
    // The change set still reaches the result file, for the step that posts the comment.
    const result = JSON.parse(readFileSync(run.outputs['result-file']!, 'utf8')) as {
      changeSet?: { version: number; resources: unknown[] };
    };
    expect(result.changeSet?.version).toBe(1);
    expect(result.changeSet?.resources.length).toBeGreaterThan(0);
  });
});
