import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from './run-action.js';

// How `plan` drives tofu: the arguments, the environment, the log groups and cancellation,
// read back from the replay tofu's invocation log.
const root = resolve(import.meta.dirname, '../..');
const replayTofu = join(root, 'test/peers/replay-tofu/tofu');
const scenarios = join(root, 'test/fixtures/scenarios');

interface Invocation {
  argv: string[];
  cwd: string;
  env: Record<string, string>;
  subcommand: string;
  signals?: string[];
  interrupted?: boolean;
}

function workspace(): { ws: string; dir: string; log: string } {
  const ws = mkdtempSync(join(tmpdir(), 'plan-tofu-'));
  const dir = join(ws, 'infra/envs/prod');
  cpSync(join(scenarios, 'plan-changes'), dir, { recursive: true });
  writeFileSync(join(dir, 'main.tf'), 'terraform {}\n');
  writeFileSync(join(dir, 'prod.tfvars'), 'x = 1\n');
  return { ws, dir, log: join(ws, 'replay.log') };
}

function invocations(log: string): Invocation[] {
  return readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Invocation);
}

describe('plan drives tofu like a careful person would', () => {
  it('runs init, plan, show -json and show with argument arrays, inputs passed through', async () => {
    const { ws, dir, log } = workspace();
    const run = await runAction({
      inputs: {
        command: 'plan',
        'working-directory': 'infra/envs/prod',
        'tofu-binary': replayTofu,
        'var-files': 'prod.tfvars',
        'backend-config': 'bucket=tf-state-prod\nkey=prod/terraform.tfstate',
        'plan-args': '-target=module.web\n-replace=aws_instance.a["x, y"]',
        'lock-timeout': '2m',
      },
      cwd: ws,
      env: {
        GITHUB_WORKSPACE: ws,
        TOFU_REPLAY_SCENARIO: join(scenarios, 'plan-changes'),
        TOFU_REPLAY_LOG: log,
      },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const calls = invocations(log);
    // With var-files, tofu is asked its version: init takes -var-file from OpenTofu 1.8 on.
    expect(calls.map((c) => c.subcommand)).toEqual(['version', 'init', 'plan', 'show', 'show']);
    for (const call of calls) {
      expect(call.cwd).toBe(dir);
      expect(call.env.TF_IN_AUTOMATION).toBe('1');
    }
    expect(calls[0]?.argv).toEqual(['version', '-json']);
    expect(calls[1]?.argv).toEqual([
      'init',
      '-input=false',
      '-backend-config=bucket=tf-state-prod',
      '-backend-config=key=prod/terraform.tfstate',
      '-var-file=prod.tfvars',
    ]);
    const planFile = run.outputs['plan-file'] as string;
    expect(calls[2]?.argv).toEqual([
      'plan',
      '-input=false',
      `-out=${planFile}`,
      '-detailed-exitcode',
      '-lock-timeout=120s',
      '-var-file=prod.tfvars',
      '-target=module.web',
      '-replace=aws_instance.a["x, y"]',
    ]);
    expect(calls[3]?.argv).toEqual(['show', '-json', planFile]);
    expect(calls[4]?.argv).toEqual(['show', '-no-color', planFile]);
    // The environment defaults to the directory's name; each step's output is in a log group.
    expect(JSON.parse(readFileSync(run.outputs['result-file'] as string, 'utf8')).environment).toBe(
      'prod',
    );
    expect(run.stdout).toMatch(/^::group::tofu init \(prod\)$/m);
    expect(run.stdout).toMatch(/^::group::tofu plan \(prod\)$/m);
    expect(run.stdout).toContain('OpenTofu will perform the following actions');
  });

  it('forwards a cancellation to tofu as SIGINT and waits for it to stop', async () => {
    const { ws, log } = workspace();
    let sent = false;
    const run = await runAction({
      inputs: {
        command: 'plan',
        'working-directory': 'infra/envs/prod',
        'tofu-binary': replayTofu,
      },
      cwd: ws,
      env: {
        GITHUB_WORKSPACE: ws,
        TOFU_REPLAY_SCENARIO: join(scenarios, 'plan-slow'),
        TOFU_REPLAY_LOG: log,
      },
      onSpawn: (child) => {
        child.stdout?.on('data', (chunk: Buffer) => {
          if (!sent && chunk.toString().includes('Refreshing state')) {
            sent = true;
            child.kill('SIGTERM');
          }
        });
      },
    });
    expect(sent).toBe(true);
    // The action did not die with the signal: it waited for tofu, then failed on one line.
    expect(run.signal).toBeNull();
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('Interrupt received.');
    expect(run.stdout).toMatch(/^::error::tofu plan in infra\/envs\/prod was cancelled$/m);
    const plan = invocations(log).find((c) => c.subcommand === 'plan');
    expect(plan?.signals).toEqual(['SIGINT']);
    expect(plan?.interrupted).toBe(true);
  });
});
