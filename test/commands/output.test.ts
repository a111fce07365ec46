import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/commands/output.js';
import { readGitHubContext } from '../../src/github/context.js';
import { realClock } from '../../src/github/host.js';
import { Inputs } from '../../src/github/inputs.js';
import { MemoryHost } from '../../src/github/memory-host.js';

const OUTPUTS = {
  ecr_endpoint: {
    sensitive: false,
    type: 'string',
    value: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
  },
  ecr_repository_name: { sensitive: false, type: 'string', value: 'web' },
  ecs_cluster_name: { sensitive: false, type: 'string', value: 'staging' },
  ecs_service_name: { sensitive: false, type: 'string', value: 'web' },
  subnets: { sensitive: false, type: ['list', 'string'], value: ['subnet-a', 'subnet-b'] },
  cache_uri: { sensitive: true, type: 'string', value: 'rediss://:s3cr3t-token@cache:6379' },
  db: { sensitive: true, type: ['object', {}], value: { user: 'app', password: 'hunter2-long' } },
};

/** A stand-in for tofu that prints the outputs JSON (and records its arguments). */
function workspace(outputs: unknown = OUTPUTS) {
  const ws = mkdtempSync(join(tmpdir(), 'output-cmd-'));
  const dir = join(ws, 'infra');
  mkdirSync(join(dir, '.terraform'), { recursive: true });
  writeFileSync(join(ws, 'outputs.json'), JSON.stringify(outputs));
  const tofu = join(ws, 'tofu');
  writeFileSync(tofu, `#!/bin/sh\necho "$@" >> "${ws}/calls"\ncat "${ws}/outputs.json"\n`);
  chmodSync(tofu, 0o755);
  return { ws, dir, tofu };
}

async function runOutput(inputs: Record<string, string>, ws: string) {
  const host = new MemoryHost(
    { command: 'output', 'working-directory': 'infra', ...inputs },
    { workspace: ws, env: { PATH: process.env.PATH } },
  );
  let error: unknown;
  try {
    await run({ host, inputs: new Inputs(host), github: readGitHubContext({}), clock: realClock });
  } catch (e) {
    error = e;
  }
  return { host, error: error as Error | undefined };
}

describe('output', () => {
  it('sets one step output per key, complex values as JSON, and masks sensitive values first', async () => {
    const { ws, tofu } = workspace();
    const { host, error } = await runOutput({ 'tofu-binary': tofu }, ws);
    expect(error).toBeUndefined();
    expect(readFileSync(join(ws, 'calls'), 'utf8').trim()).toBe('output -json');
    expect(host.outputs.ecr_repository_name).toBe('web');
    expect(JSON.parse(host.outputs.subnets as string)).toEqual(['subnet-a', 'subnet-b']);
    expect(host.outputs.cache_uri).toBe('rediss://:s3cr3t-token@cache:6379');
    expect(host.secrets).toEqual(
      expect.arrayContaining([
        'rediss://:s3cr3t-token@cache:6379',
        'hunter2-long',
        JSON.stringify(OUTPUTS.db.value),
      ]),
    );
    const logs = host.log.join('\n');
    expect(logs).not.toContain('s3cr3t');
    expect(logs).not.toContain('hunter2');
  });

  it('masks what plan masks of a sensitive value, never booleans or short values', async () => {
    const key = '-----BEGIN KEY-----\nabcdefghijklmnop\n-----END KEY-----';
    const db = { password: 'hunter2hunter2', ssl: true, multi_az: false, port: 5432, az: 'a' };
    const { ws, tofu } = workspace({
      db: { sensitive: true, type: ['object', {}], value: db },
      key: { sensitive: true, type: 'string', value: key },
      flag: { sensitive: true, type: 'bool', value: true },
      quoted: { sensitive: true, type: 'string', value: 'pa"ss\\word' },
      enabled: { sensitive: false, type: 'bool', value: true },
    });
    const { host, error } = await runOutput(
      { 'tofu-binary': tofu, 'output-file': 'all.json', 'include-sensitive': 'true' },
      ws,
    );
    expect(error).toBeUndefined();
    for (const masked of [
      JSON.stringify(db),
      'hunter2hunter2',
      '5432',
      key,
      JSON.stringify(key).slice(1, -1),
      '-----BEGIN KEY-----',
      'abcdefghijklmnop',
      '-----END KEY-----',
      'pa"ss\\word',
      'pa\\"ss\\\\word',
    ]) {
      expect(host.secrets).toContain(masked);
    }
    for (const plain of ['true', 'false', 'a']) expect(host.secrets).not.toContain(plain);
    expect(host.outputs.enabled).toBe('true');

    // The pretty-printed file, printed to the log, shows no secret once masked.
    let file = readFileSync(join(ws, 'all.json'), 'utf8');
    for (const secret of [...host.secrets].sort((a, b) => b.length - a.length)) {
      file = file.split(secret).join('***');
    }
    for (const leak of ['hunter2', 'abcdefgh', 'BEGIN KEY', 'ss\\'])
      expect(file).not.toContain(leak);
  });

  it('writes the chosen keys atomically to output-file', async () => {
    const { ws, tofu } = workspace();
    const keys = 'ecr_endpoint, ecr_repository_name\necs_cluster_name,ecs_service_name';
    const { error } = await runOutput(
      {
        'tofu-binary': tofu,
        'output-file': 'infra/scripts/config/staging.json',
        'output-keys': keys,
      },
      ws,
    );
    expect(error).toBeUndefined();
    const dir = join(ws, 'infra/scripts/config');
    expect(JSON.parse(readFileSync(join(dir, 'staging.json'), 'utf8'))).toEqual({
      ecr_endpoint: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
      ecr_repository_name: 'web',
      ecs_cluster_name: 'staging',
      ecs_service_name: 'web',
    });
    expect(readdirSync(dir)).toEqual(['staging.json']);
  });

  it('writes every non-sensitive output by default, and sensitive ones only when asked', async () => {
    const { ws, tofu } = workspace();
    await runOutput({ 'tofu-binary': tofu, 'output-file': 'all.json' }, ws);
    const all = JSON.parse(readFileSync(join(ws, 'all.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(all).sort()).toEqual([
      'ecr_endpoint',
      'ecr_repository_name',
      'ecs_cluster_name',
      'ecs_service_name',
      'subnets',
    ]);

    const refused = await runOutput(
      { 'tofu-binary': tofu, 'output-file': 'secret.json', 'output-keys': 'cache_uri' },
      ws,
    );
    expect(refused.error?.message).toMatch(/'output-keys'.*cache_uri.*include-sensitive: true/);
    expect(existsSync(join(ws, 'secret.json'))).toBe(false);

    const allowed = await runOutput(
      {
        'tofu-binary': tofu,
        'output-file': 'secret.json',
        'output-keys': 'cache_uri',
        'include-sensitive': 'true',
      },
      ws,
    );
    expect(allowed.error).toBeUndefined();
    expect(JSON.parse(readFileSync(join(ws, 'secret.json'), 'utf8'))).toEqual({
      cache_uri: OUTPUTS.cache_uri.value,
    });
    expect(statSync(join(ws, 'secret.json')).mode & 0o077).toBe(0);
  });

  it('names the outputs that exist when a requested key does not', async () => {
    const { ws, tofu } = workspace();
    const { error } = await runOutput(
      { 'tofu-binary': tofu, 'output-file': 'x.json', 'output-keys': 'ecr_endpoint,nope' },
      ws,
    );
    expect(error?.name).toBe('ConfigurationError');
    expect(error?.message).toContain('"nope"');
    expect(error?.message).toContain(
      'ecr_endpoint, ecr_repository_name, ecs_cluster_name, ecs_service_name, subnets, cache_uri, db',
    );
    expect(existsSync(join(ws, 'x.json'))).toBe(false);
  });

  it('checks output-file and output-keys before running tofu', async () => {
    const { ws, tofu } = workspace();
    mkdirSync(join(ws, 'config'));
    writeFileSync(join(ws, 'plain'), 'x');
    for (const [inputs, message] of [
      [
        { 'output-file': 'config' },
        `Input 'output-file' has value "config": a directory; expected the JSON file to write.`,
      ],
      [
        { 'output-file': 'plain/staging.json' },
        `Input 'output-file' has value "plain/staging.json": ${join(ws, 'plain')} is a file, not a directory.`,
      ],
      [{ 'output-keys': 'ecr_endpoint' }, `Input 'output-keys' was set without 'output-file'`],
    ] as const) {
      const { error } = await runOutput({ 'tofu-binary': tofu, ...inputs }, ws);
      expect(error?.message).toContain(message);
    }
    expect(existsSync(join(ws, 'calls'))).toBe(false);
  });

  it('turns a failed write into an error naming output-file', async () => {
    const { ws, tofu } = workspace();
    // Something makes the path a directory while tofu runs.
    const racing = join(ws, 'racing-tofu');
    writeFileSync(racing, `#!/bin/sh\nmkdir -p "${ws}/late.json/inner"\nexec "${tofu}" "$@"\n`);
    chmodSync(racing, 0o755);
    const { error } = await runOutput({ 'tofu-binary': racing, 'output-file': 'late.json' }, ws);
    expect(error?.name).toBe('ConfigurationError');
    expect(error?.message).toMatch(
      /^Input 'output-file' has value "late.json": cannot write it \(E[A-Z]+\)\.$/,
    );
  });

  it('keeps an existing file when the write cannot happen', async () => {
    const { ws, tofu } = workspace({});
    writeFileSync(join(ws, 'keep.json'), '{"old":true}\n');
    const { error } = await runOutput(
      { 'tofu-binary': tofu, 'output-file': 'keep.json', 'output-keys': 'ecr_endpoint' },
      ws,
    );
    expect(error?.message).toMatch(/the state has no outputs/);
    expect(readFileSync(join(ws, 'keep.json'), 'utf8')).toBe('{"old":true}\n');
  });
});
