import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_AWS_ENV, startDynalite, type LocalDynamoDb } from './lock-backends.js';

const here = dirname(fileURLToPath(import.meta.url));
const TOFU = join(here, 'replay-tofu/tofu');
const SCENARIOS = resolve(here, '../fixtures/scenarios');
const INTERRUPT =
  '\nInterrupt received.\nPlease wait for OpenTofu to exit or data loss may occur.\nGracefully shutting down...\n';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let work: string;
let log: string;
const temps: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};

function start(args: string[], scenario: string, env: Record<string, string> = {}) {
  const child = spawn(TOFU, args, {
    cwd: work,
    env: {
      PATH: process.env.PATH ?? '',
      // Node 24 under npx is first on PATH; the launcher runs under whichever node is there.
      TOFU_REPLAY_SCENARIO: scenario,
      TOFU_REPLAY_LOG: log,
      ...env,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const done = new Promise<Run>((res) =>
    child.on('close', (code) => res({ code, stdout, stderr })),
  );
  const waitFor = (text: string) =>
    new Promise<void>((res) => {
      const check = () => (stdout.includes(text) ? res() : setTimeout(check, 10));
      check();
    });
  return { child, done, waitFor };
}

const tofu = (args: string[], scenario: string, env: Record<string, string> = {}) =>
  start(args, scenario, env).done;

const logLines = () =>
  existsSync(log)
    ? readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>)
    : [];

function scenarioDir(spec: object, files: Record<string, string> = {}): string {
  const dir = tempDir('replay-scenario-');
  writeFileSync(join(dir, 'scenario.json'), JSON.stringify(spec));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const fixture = (name: string) => join(SCENARIOS, name);
const read = (scenario: string, file: string) =>
  readFileSync(join(fixture(scenario), file), 'utf8');

beforeEach(() => {
  work = tempDir('replay-work-');
  log = join(tempDir('replay-log-'), 'calls.jsonl');
});

describe('the executable', () => {
  it('is a committed node script with mode 755', () => {
    expect(readFileSync(TOFU, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(TOFU).mode & 0o777).toBe(0o755);
  });

  it('prints its version without a scenario', async () => {
    const run = await tofu(['version'], '');
    expect(run).toMatchObject({ code: 0, stdout: expect.stringMatching(/^OpenTofu v1\.10\.6\n/) });
    const json = await tofu(['version', '-json'], fixture('plan-changes'));
    expect(JSON.parse(json.stdout).terraform_version).toBe('1.10.6');
  });
});

describe('exit codes', () => {
  it('plan -detailed-exitcode: 2 with changes, 0 without, 1 on error', async () => {
    const args = ['plan', '-input=false', '-detailed-exitcode'];
    const changes = await tofu(args, fixture('plan-changes'));
    expect(changes.code).toBe(2);
    expect(changes.stdout).toBe(read('plan-changes', 'plan.stdout.txt'));
    expect((await tofu(['plan', '-input=false'], fixture('plan-changes'))).code).toBe(0);
    expect((await tofu(args, fixture('plan-no-changes'))).code).toBe(0);
    expect((await tofu(args, fixture('plan-destroy'))).code).toBe(2);
    const failed = await tofu(args, fixture('plan-error'));
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('│ Error: Reference to undeclared local value');
    const plain = await tofu([...args, '-no-color'], fixture('plan-error'));
    expect(plain.stderr).toMatch(/^\nError: Reference to undeclared local value\n/);
  });

  it('init-error exits 1 with the backend diagnostic', async () => {
    const run = await tofu(['init', '-input=false'], fixture('init-error'));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Initializing the backend...');
    expect(run.stderr).toContain(
      'S3 bucket "tf-state-myproject-staging-123456789012" does not exist',
    );
  });

  it('apply-lock-held exits 1 with the recorded lock error', async () => {
    const run = await tofu(['apply', '-auto-approve', '-no-color'], fixture('apply-lock-held'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Error: Error acquiring the state lock');
  });

  it('unknown flags and commands fail like tofu', async () => {
    const flag = await tofu(['plan', '-bogus'], fixture('plan-changes'));
    expect(flag.code).toBe(1);
    expect(flag.stderr).toContain('│ Error: Failed to parse command-line flags');
    expect(flag.stderr).toContain('flag provided but not defined: -bogus');
    expect(flag.stderr).toContain('tofu plan -help');
    const missing = await tofu(['plan', '-out'], fixture('plan-changes'));
    expect(missing.stderr).toContain('flag needs an argument: -out');
    const positional = await tofu(['plan', 'somewhere'], fixture('plan-changes'));
    expect(positional.stderr).toContain('Too many command line arguments');
    const command = await tofu(['destroy-everything'], fixture('plan-changes'));
    expect(command.code).toBe(1);
    expect(command.stderr).toContain('OpenTofu has no command named "destroy-everything".');
  });

  it('init and validate take -var-file from OpenTofu 1.8 on, as tofu does', async () => {
    const old = scenarioDir({ version: '1.7.3' });
    for (const sub of ['init', 'validate']) {
      const refused = await tofu([sub, '-var-file=a.tfvars'], old);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('flag provided but not defined: -var-file');
      expect(
        (await tofu([sub, '-var-file=a.tfvars'], scenarioDir({ version: '1.8.0' }))).code,
      ).toBe(0);
    }
    expect((await tofu(['plan', '-var-file=a.tfvars'], old)).code).toBe(0);
  });
});

describe('plan files, show and apply', () => {
  it('plan -out writes a plan that show -json / show / apply use', async () => {
    const plan = await tofu(['plan', '-out=tfplan', '-detailed-exitcode'], fixture('plan-changes'));
    expect(plan.code).toBe(2);
    expect(existsSync(join(work, 'tfplan'))).toBe(true);
    const json = await tofu(['show', '-json', 'tfplan'], fixture('plan-changes'));
    expect(json.stdout).toBe(read('plan-changes', 'plan.json'));
    const text = await tofu(['show', '-no-color', 'tfplan'], fixture('plan-changes'));
    expect(text.stdout).toBe(read('plan-changes', 'show.stdout.txt'));
    const apply = await tofu(['apply', '-auto-approve', 'tfplan'], fixture('plan-changes'));
    expect(apply.code).toBe(0);
    expect(apply.stdout).toContain('Apply complete! Resources: 0 added, 1 changed, 0 destroyed.');
    const applied = logLines().find((l) => l.subcommand === 'apply');
    expect(applied?.appliedPlan).toMatchObject({
      scenario: fixture('plan-changes'),
      changes: true,
    });
  });

  it('show of a missing plan file, and apply of one, fail like tofu', async () => {
    const show = await tofu(['show', '-json', 'nope'], fixture('plan-changes'));
    expect(show.code).toBe(1);
    expect(show.stderr).toContain('Failed to read the given file as a state or plan file');
    const apply = await tofu(['apply', 'nope'], fixture('plan-changes'));
    expect(apply.code).toBe(1);
    expect(apply.stderr).toContain('Failed to load "nope" as a plan file');
  });

  it('an errored plan is saved when the scenario says so', async () => {
    const plan = await tofu(['plan', '-out=tfplan'], fixture('plan-error'));
    expect(plan.code).toBe(1);
    const show = await tofu(['show', '-json', 'tfplan'], fixture('plan-error'));
    expect(JSON.parse(show.stdout).errored).toBe(true);
  });

  it('successive calls of a step use successive entries; each plan shows its own JSON', async () => {
    const dir = scenarioDir(
      {
        steps: {
          plan: [
            { stdoutText: 'first\n', showJson: 'a.json' },
            { stdoutText: 'second\n', showJson: 'b.json' },
          ],
          apply: [{ stderrText: 'boom\n', exitCode: 1 }, { stdoutText: 'Apply complete!\n' }],
        },
      },
      { 'a.json': '{"plan":"a"}\n', 'b.json': '{"plan":"b"}\n' },
    );
    expect((await tofu(['plan', '-out=p1'], dir)).stdout).toBe('first\n');
    expect((await tofu(['plan', '-out=p2'], dir)).stdout).toBe('second\n');
    expect((await tofu(['plan'], dir)).stdout).toBe('second\n');
    expect((await tofu(['show', '-json', 'p1'], dir)).stdout).toBe('{"plan":"a"}\n');
    expect((await tofu(['show', '-json', 'p2'], dir)).stdout).toBe('{"plan":"b"}\n');
    expect((await tofu(['apply'], dir)).code).toBe(1);
    expect((await tofu(['apply'], dir)).code).toBe(0);
  });

  it('output -json, output NAME and output -raw NAME', async () => {
    const scenario = fixture('plan-no-changes');
    expect(JSON.parse((await tofu(['output', '-json'], scenario)).stdout)).toEqual({
      bucket_name: { sensitive: false, type: 'string', value: 'tf-state-example-staging' },
    });
    expect((await tofu(['output', '-raw', 'bucket_name'], scenario)).stdout).toBe(
      'tf-state-example-staging',
    );
    expect((await tofu(['output', 'bucket_name'], scenario)).stdout).toBe(
      '"tf-state-example-staging"\n',
    );
    const missing = await tofu(['output', '-raw', 'nope'], scenario);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Output "nope" not found');
  });

  it('writes the files a step declares, relative to -chdir', async () => {
    const dir = scenarioDir(
      { steps: { fmt: { files: { 'main.tf': 'formatted.tf' } } } },
      {
        'formatted.tf': 'a = 1\n',
      },
    );
    const sub = mkdtempSync(join(work, 'infra-'));
    const run = await tofu([`-chdir=${sub}`, 'fmt', '-recursive'], dir);
    expect(run.code).toBe(0);
    expect(readFileSync(join(sub, 'main.tf'), 'utf8')).toBe('a = 1\n');
  });
});

describe('the log', () => {
  it('records argv, cwd, selected env and the exit code, one JSON line per call', async () => {
    await tofu(['plan', '-input=false', '-lock-timeout=5m'], fixture('plan-changes'), {
      TF_IN_AUTOMATION: '1',
      TF_CLI_ARGS_plan: '-parallelism=3',
      AWS_SECRET_ACCESS_KEY: 'very-secret',
      UNRELATED: 'x',
    });
    await tofu(['plan', '-bogus'], fixture('plan-changes'));
    const [first, second] = logLines();
    expect(first).toMatchObject({
      argv: ['plan', '-input=false', '-lock-timeout=5m'],
      cwd: work,
      subcommand: 'plan',
      flags: { input: false, 'lock-timeout': '5m', parallelism: '3' },
      env: { TF_IN_AUTOMATION: '1', AWS_SECRET_ACCESS_KEY: '<set>' },
      exitCode: 0,
    });
    expect(JSON.stringify(first)).not.toContain('very-secret');
    expect((first?.env as Record<string, string>).UNRELATED).toBeUndefined();
    expect(second).toMatchObject({ argv: ['plan', '-bogus'], exitCode: 1 });
  });
});

describe('signals', () => {
  const slowPlan = () =>
    scenarioDir(
      {
        steps: {
          plan: {
            stdoutText: 'Plan: 1 to add, 0 to change, 0 to destroy.\n',
            showJson: 'plan.json',
            delayMs: 60_000,
            progress: [{ afterMs: 0, stdout: 'aws_s3_bucket.b: Refreshing state...\n' }],
            interrupt: { stderrText: '\nError: execution halted\n\n' },
          },
        },
      },
      { 'plan.json': '{"format_version":"1.2","resource_changes":[]}\n' },
    );

  it('on SIGINT says so, finishes the step (plan file written) and exits 1', async () => {
    const p = start(['plan', '-out=tfplan', '-detailed-exitcode'], slowPlan());
    await p.waitFor('Refreshing state...');
    p.child.kill('SIGINT');
    const run = await p.done;
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(INTERRUPT);
    expect(run.stdout).not.toContain('Plan: 1 to add');
    expect(run.stderr).toContain('execution halted');
    const stub = JSON.parse(readFileSync(join(work, 'tfplan'), 'utf8'));
    expect(stub.interrupted).toBe(true);
    expect(logLines()[0]).toMatchObject({ signals: ['SIGINT'], interrupted: true, exitCode: 1 });
  });

  it('treats SIGTERM like SIGINT', async () => {
    const p = start(['plan', '-out=tfplan'], slowPlan());
    await p.waitFor('Refreshing state...');
    p.child.kill('SIGTERM');
    const run = await p.done;
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Gracefully shutting down...');
    expect(existsSync(join(work, 'tfplan'))).toBe(true);
  });

  it('a second SIGINT exits at once, leaving nothing written', async () => {
    const dir = scenarioDir({
      steps: {
        plan: {
          delayMs: 60_000,
          progress: [{ afterMs: 0, stdout: 'working\n' }],
          interrupt: { finishMs: 60_000 },
        },
      },
    });
    const p = start(['plan', '-out=tfplan'], dir);
    await p.waitFor('working');
    p.child.kill('SIGINT');
    await p.waitFor('Gracefully shutting down...');
    p.child.kill('SIGINT');
    const run = await p.done;
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'Two interrupts received. Exiting immediately. Note that data loss may have occurred.',
    );
    expect(existsSync(join(work, 'tfplan'))).toBe(false);
  });
});

describe('the lock hook (dynalite)', () => {
  let ddb: LocalDynamoDb;
  const TABLE = 'tf-locks';
  const lockId = 'tf-state-acme/staging/terraform.tfstate';
  const lockEnv = () => ({
    ...LOCAL_AWS_ENV,
    AWS_ENDPOINT_URL_DYNAMODB: ddb.endpoint,
    TOFU_REPLAY_LOCK: JSON.stringify({
      table: TABLE,
      bucket: 'tf-state-acme',
      key: 'staging/terraform.tfstate',
      who: 'runner@replay',
    }),
  });
  const item = async () =>
    (
      await ddb.client.send(
        new GetItemCommand({
          TableName: TABLE,
          Key: { LockID: { S: lockId } },
          ConsistentRead: true,
        }),
      )
    ).Item;

  beforeAll(async () => {
    ddb = await startDynalite();
    await ddb.createLockTable(TABLE);
  });
  afterAll(async () => {
    await ddb?.close();
  });

  it("holds a lock item of tofu's shape while apply runs and releases it after, even on SIGINT", async () => {
    const dir = scenarioDir({
      steps: {
        apply: {
          delayMs: 60_000,
          progress: [{ afterMs: 0, stdout: 'aws_s3_bucket.b: Modifying...\n' }],
        },
      },
    });
    const p = start(['apply', '-auto-approve'], dir, lockEnv());
    await p.waitFor('Modifying...');
    const held = await item();
    expect(held?.LockID?.S).toBe(lockId);
    const info = JSON.parse(held?.Info?.S ?? '{}');
    expect(Object.keys(info).sort()).toEqual([
      'Created',
      'ID',
      'Info',
      'Operation',
      'Path',
      'Version',
      'Who',
    ]);
    expect(info).toMatchObject({
      Operation: 'OperationTypeApply',
      Who: 'runner@replay',
      Version: '1.10.6',
      Path: lockId,
    });
    expect(info.ID).toMatch(/^[0-9a-f-]{36}$/);
    p.child.kill('SIGINT');
    const run = await p.done;
    expect(run.code).toBe(1);
    expect(await item()).toBeUndefined();
    expect(logLines()[0]).toMatchObject({ lockId: info.ID });
  });

  it("fails with tofu's lock error naming the holder, and force-unlock releases it", async () => {
    const holder = {
      ID: '8c5f2b1e-3d4a-4b6c-9e7f-0a1b2c3d4e5f',
      Operation: 'OperationTypeApply',
      Info: '',
      Who: 'someone@elsewhere',
      Version: '1.10.5',
      Created: '2026-11-19T14:02:11.512345678Z',
      Path: lockId,
    };
    await ddb.client.send(
      new PutItemCommand({
        TableName: TABLE,
        Item: { LockID: { S: lockId }, Info: { S: JSON.stringify(holder) } },
      }),
    );
    const dir = scenarioDir({ steps: {} });
    const blocked = await tofu(
      ['apply', '-auto-approve', '-lock-timeout=1s', '-no-color'],
      dir,
      lockEnv(),
    );
    expect(blocked.code).toBe(1);
    expect(blocked.stdout).toContain('Acquiring state lock. This may take a few moments...');
    expect(blocked.stderr).toMatch(/^\nError: Error acquiring the state lock\n/);
    expect(blocked.stderr).toContain(
      'ConditionalCheckFailedException: The conditional request failed',
    );
    expect(blocked.stderr).toContain(`  ID:        ${holder.ID}\n`);
    expect(blocked.stderr).toContain('  Who:       someone@elsewhere\n');
    expect(blocked.stderr).toContain('  Created:   2026-11-19 14:02:11.512345678 +0000 UTC\n');
    expect(await item()).toBeDefined();

    const wrong = await tofu(['force-unlock', '-force', 'not-the-id'], dir, lockEnv());
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('Failed to unlock state');
    const unlock = await tofu(['force-unlock', '-force', holder.ID], dir, lockEnv());
    expect(unlock.code).toBe(0);
    expect(unlock.stdout).toContain('OpenTofu state has been successfully unlocked!');
    expect(await item()).toBeUndefined();

    const free = await tofu(['apply', '-auto-approve'], dir, lockEnv());
    expect(free.code).toBe(0);
    expect(await item()).toBeUndefined();
  });

  it('-lock=false skips the lock', async () => {
    const dir = scenarioDir({ steps: {} });
    const run = await tofu(['plan', '-lock=false'], dir, lockEnv());
    expect(run.code).toBe(0);
    expect(logLines()[0]?.lockId).toBeUndefined();
  });
});

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});
