import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distDir } from './dist-dir.js';

export interface ActionRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  env: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  /** The runner's files, to hand to a post step. */
  files: {
    output: string;
    env: string;
    state: string;
    summary: string;
    path: string;
    temp: string;
  };
}

export interface RunActionOptions {
  phase?: 'main' | 'post';
  inputs?: Record<string, string>;
  env?: Record<string, string | undefined>;
  event?: { name: string; payload: unknown };
  /** Reuse the files of an earlier run (post step after main). */
  files?: ActionRun['files'];
  /** Called with the child once it runs (to send signals). */
  onSpawn?: (child: import('node:child_process').ChildProcess) => void;
  cwd?: string;
}

/** Parses `name<<delimiter\nvalue\ndelimiter` entries of GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE. */
export function parseFileCommands(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const name = m[1] as string;
    const delimiter = m[2] as string;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] as string);
    result[name] = value.join('\n');
  }
  return result;
}

function read(path: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

/** Runs dist/<phase>/index.js as a process, speaking the runner's protocol. */
export async function runAction(options: RunActionOptions = {}): Promise<ActionRun> {
  const phase = options.phase ?? 'main';
  const dir = mkdtempSync(join(tmpdir(), 'tofu-aws-action-e2e-'));
  const files = options.files ?? {
    output: join(dir, 'output'),
    env: join(dir, 'env'),
    state: join(dir, 'state'),
    summary: join(dir, 'summary.md'),
    path: join(dir, 'path'),
    temp: dir,
  };
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_PATH: files.path,
    RUNNER_TEMP: files.temp,
    GITHUB_ACTIONS: 'true',
  };
  if (options.event) {
    const eventPath = join(dir, 'event.json');
    writeFileSync(eventPath, JSON.stringify(options.event.payload));
    env.GITHUB_EVENT_NAME = options.event.name;
    env.GITHUB_EVENT_PATH = eventPath;
  }
  if (phase === 'post') {
    for (const [name, value] of Object.entries(parseFileCommands(read(files.state))))
      env[`STATE_${name}`] = value;
  }
  for (const [name, value] of Object.entries(options.inputs ?? {}))
    env[`INPUT_${name.toUpperCase()}`] = value;
  Object.assign(env, options.env ?? {});
  const child = spawn(process.execPath, [join(distDir, phase, 'index.js')], {
    cwd: options.cwd ?? dir,
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  options.onSpawn?.(child);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on('close', (code, sig) => resolve([code, sig])),
  );
  return {
    exitCode,
    signal,
    stdout,
    stderr,
    outputs: parseFileCommands(read(files.output)),
    env: parseFileCommands(read(files.env)),
    state: parseFileCommands(read(files.state)),
    summary: read(files.summary),
    files,
  };
}
