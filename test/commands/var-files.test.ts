import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as apply } from '../../src/commands/apply.js';
import { run as output } from '../../src/commands/output.js';
import { run as plan } from '../../src/commands/plan.js';
import { run as validate } from '../../src/commands/validate.js';
import { Inputs } from '../../src/github/inputs.js';
import { MemoryHost } from '../../src/github/memory-host.js';
import { rememberVersion } from '../../src/tofu/install/path-version.js';
import { earlyVarFileArgs } from '../../src/tofu/plan-pipeline.js';
import { readTofuSettings } from '../../src/tofu/settings.js';
import { runCommand } from '../fixtures/command-context.js';

// var-files reach init and validate too: OpenTofu 1.8 evaluates variables there (module
// sources, backend settings). A tofu before 1.8 rejects the flag there and runs without it.
const replayTofu = resolve(import.meta.dirname, '../peers/replay-tofu/tofu');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'var-files-'));
  const noChanges = resolve(import.meta.dirname, '../fixtures/scenarios/plan-no-changes');
  const steps = {
    'show-json': { stdout: join(noChanges, 'plan.json') },
    show: { stdout: join(noChanges, 'show.stdout.txt') },
  };
  for (const version of ['1.10.6', '1.7.3']) {
    mkdirSync(join(dir, `tofu-${version}`));
    writeFileSync(join(dir, `tofu-${version}/scenario.json`), JSON.stringify({ version, steps }));
  }
  mkdirSync(join(dir, 'repo/envs/staging'), { recursive: true });
  writeFileSync(join(dir, 'repo/envs/staging/main.tf'), 'terraform {}\n');
  writeFileSync(join(dir, 'repo/envs/staging/staging.tfvars'), 'x = 1\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Call {
  argv: string[];
  exitCode: number;
}

/** `onPath`: the replay tofu is found on PATH (no tofu-binary input). */
function host(version: string, inputs: Record<string, string>, onPath = false) {
  const id = `${version}-${Math.random().toString(36).slice(2)}`;
  const log = join(dir, `${id}.log`);
  const bin = join(dir, `bin-${id}`);
  if (onPath) {
    mkdirSync(bin);
    symlinkSync(replayTofu, join(bin, 'tofu'));
  }
  const h = new MemoryHost(
    {
      ...(onPath ? {} : { 'tofu-binary': replayTofu }),
      'working-directory': 'envs/staging',
      comment: 'false',
      ...inputs,
    },
    {
      workspace: join(dir, 'repo'),
      env: {
        PATH: onPath ? `${bin}:${process.env.PATH}` : process.env.PATH,
        RUNNER_TEMP: join(dir, `runner-temp-${id}`),
        TOFU_REPLAY_SCENARIO: join(dir, `tofu-${version}`),
        TOFU_REPLAY_STATE_DIR: join(dir, `state-${id}`),
        TOFU_REPLAY_LOG: log,
        TF_DATA_DIR: join(dir, `no-data-dir-${id}`),
      },
    },
  );
  const calls = () =>
    readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Call);
  const argvOf = (sub: string) => calls().find((c) => c.argv[0] === sub)?.argv;
  return { host: h, calls, argvOf };
}

describe('var-files on init and validate', () => {
  it('validate passes them to init and validate on OpenTofu 1.8 and later', async () => {
    const t = host('1.10.6', { 'var-files': 'staging.tfvars' });
    expect(await runCommand(validate, t.host)).toBeUndefined();
    expect(t.argvOf('init')).toEqual([
      'init',
      '-input=false',
      '-backend=false',
      '-var-file=staging.tfvars',
    ]);
    expect(t.argvOf('validate')).toEqual(['validate', '-json', '-var-file=staging.tfvars']);
  });

  it('validate leaves them out, saying why, where tofu (before 1.8) rejects them', async () => {
    const t = host('1.7.3', { 'var-files': 'staging.tfvars' });
    expect(await runCommand(validate, t.host)).toBeUndefined();
    expect(t.argvOf('init')).toEqual(['init', '-input=false', '-backend=false']);
    expect(t.argvOf('validate')).toEqual(['validate', '-json']);
    expect(t.host.log.join('\n')).toContain(
      'OpenTofu 1.7.3 takes var-files on plan only (init and validate take them from 1.8)',
    );
  });

  it('asks tofu nothing more without var-files', async () => {
    const t = host('1.10.6', {});
    expect(await runCommand(validate, t.host)).toBeUndefined();
    expect(t.calls().map((c) => c.argv[0])).toEqual(['init', 'validate']);
  });

  it("plan's init gets them too, and plan keeps them on every version", async () => {
    for (const [version, init] of [
      ['1.10.6', ['init', '-input=false', '-var-file=staging.tfvars']],
      ['1.7.3', ['init', '-input=false']],
    ] as const) {
      const t = host(version, { 'var-files': 'staging.tfvars' });
      expect(await runCommand(plan, t.host)).toBeUndefined();
      expect(t.argvOf('init')).toEqual(init);
      expect(t.argvOf('plan')).toContain('-var-file=staging.tfvars');
      expect(t.calls().every((c) => c.exitCode === 0)).toBe(true);
    }
  });

  it("output's init (in a directory not initialised yet) gets them", async () => {
    const t = host('1.10.6', { 'var-files': 'staging.tfvars' });
    expect(await runCommand(output, t.host)).toBeUndefined();
    expect(t.argvOf('init')).toEqual(['init', '-input=false', '-var-file=staging.tfvars']);
  });

  it("apply's init before showing a saved plan-file gets them", async () => {
    const stub = join(dir, 'saved.tfplan');
    const showJson = resolve(
      import.meta.dirname,
      '../fixtures/scenarios/plan-no-changes/plan.json',
    );
    writeFileSync(stub, JSON.stringify({ 'tofu-replay-plan': 1, showJson }));
    const t = host('1.10.6', {
      'var-files': 'staging.tfvars',
      'plan-file': stub,
      'check-reviewed-plan': 'false',
    });
    await runCommand(apply, t.host);
    expect(t.argvOf('init')).toEqual(['init', '-input=false', '-var-file=staging.tfvars']);
    expect(t.argvOf('show')).toEqual(['show', '-json', stub]);
  });

  it('asks tofu its version once per run: the PATH check and init share the answer', async () => {
    const t = host('1.10.6', { 'var-files': 'staging.tfvars', 'tofu-version': '~> 1.10' }, true);
    expect(await runCommand(validate, t.host)).toBeUndefined();
    expect(t.calls().map((c) => c.argv[0])).toEqual(['version', 'init', 'validate']);
    expect(t.argvOf('validate')).toEqual(['validate', '-json', '-var-file=staging.tfvars']);
  });

  it('asks a release it installed nothing: its version is known', async () => {
    const t = host('1.10.6', { 'var-files': 'staging.tfvars' });
    const missing = join(dir, 'installed/tofu');
    rememberVersion(t.host, missing, '1.7.3');
    const settings = { ...readTofuSettings(new Inputs(t.host), t.host), binary: missing };
    // Run, the missing executable would say nothing, and var-files would be passed.
    expect(await earlyVarFileArgs(settings, t.host)).toEqual([]);
  });
});
