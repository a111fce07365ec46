/**
 * A replay `tofu`: answers like OpenTofu from a scenario folder of recorded output
 * (TOFU_REPLAY_SCENARIO, an absolute path). See README.md beside this file for the format.
 * Plain JavaScript so that it runs under any node on PATH (20 or 24) without a build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import os from 'node:os';

const DEFAULT_VERSION = '1.10.6';

// ---- flags of each subcommand (Go's flag package: parsing stops at the first non-flag) ----
const COMMON_VARS = ['var', 'var-file'];
const FLAGS = {
  version: { bool: ['json'], value: [] },
  init: {
    bool: [
      'backend',
      'input',
      'lock',
      'no-color',
      'reconfigure',
      'migrate-state',
      'upgrade',
      'get',
      'force-copy',
      'json',
    ],
    value: [
      'backend-config',
      'lock-timeout',
      'plugin-dir',
      'lockfile',
      'from-module',
      'test-directory',
      ...COMMON_VARS,
    ],
  },
  validate: { bool: ['json', 'no-color', 'no-tests'], value: ['test-directory', ...COMMON_VARS] },
  fmt: { bool: ['list', 'write', 'diff', 'check', 'recursive', 'no-color'], value: [] },
  plan: {
    bool: [
      'detailed-exitcode',
      'input',
      'lock',
      'no-color',
      'refresh',
      'refresh-only',
      'destroy',
      'compact-warnings',
      'json',
      'concise',
      'consolidate-warnings',
      'consolidate-errors',
      'show-sensitive',
    ],
    value: [
      'out',
      'lock-timeout',
      'target',
      'target-file',
      'exclude',
      'exclude-file',
      'replace',
      'parallelism',
      'generate-config-out',
      'state',
      'deprecation',
      ...COMMON_VARS,
    ],
  },
  show: { bool: ['json', 'no-color', 'show-sensitive'], value: [...COMMON_VARS] },
  apply: {
    bool: [
      'auto-approve',
      'input',
      'lock',
      'no-color',
      'refresh',
      'refresh-only',
      'destroy',
      'compact-warnings',
      'json',
      'concise',
      'show-sensitive',
    ],
    value: [
      'lock-timeout',
      'parallelism',
      'target',
      'target-file',
      'exclude',
      'exclude-file',
      'replace',
      'backup',
      'state',
      'state-out',
      'deprecation',
      ...COMMON_VARS,
    ],
  },
  output: { bool: ['json', 'raw', 'no-color', 'show-sensitive'], value: ['state', ...COMMON_VARS] },
  'force-unlock': { bool: ['force'], value: [...COMMON_VARS] },
};
const MAX_POSITIONAL = {
  version: 0,
  init: 1,
  validate: 1,
  fmt: Infinity,
  plan: 0,
  show: 1,
  apply: 1,
  output: 1,
  'force-unlock': 1,
};
const LOGGED_ENV =
  /^(TF_|AWS_REGION$|AWS_DEFAULT_REGION$|AWS_PROFILE$|AWS_ENDPOINT_URL|NO_COLOR$|CHECKPOINT_DISABLE$|CI$|GITHUB_ACTIONS$)/;
const SECRET_ENV = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'];

class Exit extends Error {
  constructor(code) {
    super(`exit ${code}`);
    this.code = code;
  }
}

// ---- output helpers ----
const out = (s) => s && process.stdout.write(s);
const err = (s) => s && process.stderr.write(s);

/** A diagnostic as tofu prints it: boxed with colour, plain with -no-color. */
function diagnostic(summary, detail, color, severity = 'Error') {
  const lines = [`${severity}: ${summary}`, ''];
  if (detail) lines.push(...detail.split('\n'));
  if (!color) return `\n${lines.join('\n')}\n\n`;
  const boxed = lines.map((l) => (l ? `│ ${l}` : '│ '));
  return `╷\n${boxed.join('\n')}\n╵\n`;
}

function usageError(sub, summary, detail, color) {
  err(diagnostic(summary, detail, color));
  err(`\nFor more help on using this command, run:\n  tofu ${sub} -help\n`);
  throw new Exit(1);
}

function olderThan(version, major, minor) {
  const [a = 0, b = 0] = String(version)
    .split('.')
    .map((n) => parseInt(n, 10));
  return a < major || (a === major && b < minor);
}

// ---- argument parsing ----
function parseFlags(sub, args, color) {
  const spec = FLAGS[sub];
  const flags = {};
  const add = (name, value) => {
    if (name in flags) flags[name] = [].concat(flags[name], value);
    else flags[name] = value;
  };
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a === '-') break;
    const body = a.replace(/^--?/, '');
    const eq = body.indexOf('=');
    const name = eq >= 0 ? body.slice(0, eq) : body;
    if (name === 'help' || name === 'h') {
      out(`Usage: tofu [global options] ${sub} [options]\n`);
      throw new Exit(0);
    }
    if (spec.bool.includes(name)) {
      const v = eq >= 0 ? body.slice(eq + 1) : 'true';
      if (!/^(1|0|t|f|true|false|TRUE|FALSE|True|False)$/.test(v))
        usageError(
          sub,
          'Failed to parse command-line flags',
          `invalid boolean value "${v}" for -${name}: parse error`,
          color,
        );
      add(name, /^(1|t|true)$/i.test(v));
    } else if (spec.value.includes(name)) {
      if (eq >= 0) add(name, body.slice(eq + 1));
      else if (i + 1 < args.length) add(name, args[++i]);
      else
        usageError(
          sub,
          'Failed to parse command-line flags',
          `flag needs an argument: -${name}`,
          color,
        );
    } else {
      usageError(
        sub,
        'Failed to parse command-line flags',
        `flag provided but not defined: -${name}`,
        color,
      );
    }
  }
  const positional = args.slice(i);
  if (positional.length > MAX_POSITIONAL[sub]) {
    const detail =
      sub === 'plan'
        ? 'To specify a working directory for the plan, use the global -chdir flag.'
        : `Expected at most ${MAX_POSITIONAL[sub]} positional argument${MAX_POSITIONAL[sub] === 1 ? '' : 's'}.`;
    usageError(sub, 'Too many command line arguments', detail, color);
  }
  return { flags, positional };
}

function splitArgs(value) {
  return (value || '').trim().split(/\s+/).filter(Boolean);
}

// ---- scenario ----
function loadScenario(env, sub) {
  const dir = env.TOFU_REPLAY_SCENARIO;
  if (!dir && sub === 'version') return { dir: process.cwd(), steps: {} };
  if (!dir || !path.isAbsolute(dir)) {
    err(
      `tofu (replay): TOFU_REPLAY_SCENARIO must be the absolute path of a scenario folder, got ${JSON.stringify(dir || '')}\n`,
    );
    throw new Exit(1);
  }
  const file = path.join(dir, 'scenario.json');
  let scenario = {};
  if (fs.existsSync(file)) scenario = JSON.parse(fs.readFileSync(file, 'utf8'));
  else if (!fs.existsSync(dir)) {
    err(`tofu (replay): scenario folder ${dir} does not exist\n`);
    throw new Exit(1);
  }
  scenario.dir = dir;
  scenario.steps = scenario.steps || {};
  if (env.TOFU_REPLAY_LOCK)
    scenario.lock = { ...(scenario.lock || {}), ...JSON.parse(env.TOFU_REPLAY_LOCK) };
  return scenario;
}

function readPart(dir, entry, name) {
  if (entry[`${name}Text`] !== undefined) return Buffer.from(String(entry[`${name}Text`]));
  if (entry[name]) return fs.readFileSync(path.resolve(dir, entry[name]));
  return undefined;
}

/** The call counter of steps given as arrays: one file per working directory. */
function nextCall(stateDir, step) {
  fs.mkdirSync(stateDir, { recursive: true });
  const file = path.join(stateDir, 'calls.json');
  let calls = {};
  try {
    calls = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    calls = {};
  }
  calls[step] = (calls[step] || 0) + 1;
  fs.writeFileSync(file, JSON.stringify(calls));
  return calls[step];
}

function selectEntry(scenario, step, stateDir) {
  const raw = scenario.steps[step];
  if (Array.isArray(raw)) {
    const call = nextCall(stateDir, step);
    return { entry: raw[Math.min(call, raw.length) - 1] || {}, call, defined: true };
  }
  return { entry: raw || {}, call: 1, defined: raw !== undefined };
}

function planHasChanges(json) {
  try {
    const plan = JSON.parse(json);
    const changed = (c) =>
      c && Array.isArray(c.actions) && !(c.actions.length === 1 && c.actions[0] === 'no-op');
    return (
      (plan.resource_changes || []).some((rc) => changed(rc.change)) ||
      Object.values(plan.output_changes || {}).some(changed)
    );
  } catch {
    return undefined;
  }
}

// ---- default output of a step with nothing recorded ----
function defaults(step, version) {
  switch (step) {
    case 'version':
      return `OpenTofu v${version}\non ${process.platform}_${process.arch === 'x64' ? 'amd64' : process.arch}\n`;
    case 'version-json':
      return (
        JSON.stringify(
          { terraform_version: version, platform: 'linux_amd64', provider_selections: {} },
          null,
          2,
        ) + '\n'
      );
    case 'init':
      return '\nInitializing the backend...\n\nInitializing provider plugins...\n\nOpenTofu has been successfully initialized!\n';
    case 'validate':
      return 'Success! The configuration is valid.\n\n';
    case 'validate-json':
      return (
        JSON.stringify(
          { format_version: '1.0', valid: true, error_count: 0, warning_count: 0, diagnostics: [] },
          null,
          2,
        ) + '\n'
      );
    case 'plan':
      return '\nNo changes. Your infrastructure matches the configuration.\n\nOpenTofu has compared your real infrastructure against your configuration\nand found no differences, so no changes are needed.\n';
    case 'apply':
      return '\nApply complete! Resources: 0 added, 0 changed, 0 destroyed.\n\n';
    case 'output-json':
      return '{}\n';
    case 'force-unlock':
      return 'OpenTofu state has been successfully unlocked!\n\nThe state has been unlocked, and OpenTofu commands should now be able to\nobtain a new lock on the remote state.\n';
    case 'show-state-json':
      return JSON.stringify({ format_version: '1.0' }) + '\n';
    default:
      return '';
  }
}

// ---- the lock hook (DynamoDB lock table, as the s3 backend writes it) ----
function goTime(iso) {
  // time.Time.String(): 2026-11-19 14:02:11.512345678 +0000 UTC
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(\.\d+)?Z$/.exec(iso || '');
  if (!m) return String(iso);
  const frac = m[3] ? m[3].replace(/0+$/, '') : '';
  return `${m[1]} ${m[2]}${frac === '.' ? '' : frac} +0000 UTC`;
}

function lockErrorDetail(backendError, info) {
  return [
    `Error message: ${backendError}`,
    'Lock Info:',
    `  ID:        ${info.ID}`,
    `  Path:      ${info.Path}`,
    `  Operation: ${info.Operation}`,
    `  Who:       ${info.Who}`,
    `  Version:   ${info.Version}`,
    `  Created:   ${goTime(info.Created)}`,
    `  Info:      ${info.Info || ''}`,
    '',
    '',
    'OpenTofu acquires a state lock to protect the state from being written',
    'by multiple users at the same time. Please resolve the issue above and try',
    'again. For most commands, you can disable locking with the "-lock=false"',
    'flag, but this is not recommended.',
  ].join('\n');
}

async function lockTable(lock, env) {
  const { DynamoDBClient, PutItemCommand, GetItemCommand, DeleteItemCommand } =
    await import('@aws-sdk/client-dynamodb');
  const endpoint = lock.endpoint || env.AWS_ENDPOINT_URL_DYNAMODB || env.AWS_ENDPOINT_URL;
  const credentials =
    env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
      ? undefined
      : { accessKeyId: 'replay', secretAccessKey: 'replay' };
  const client = new DynamoDBClient({
    region: lock.region || env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1',
    ...(endpoint ? { endpoint } : {}),
    ...(credentials ? { credentials } : {}),
    maxAttempts: 2,
  });
  const lockId = lock.bucket ? `${lock.bucket}/${lock.key}` : lock.key;
  const Key = { LockID: { S: lockId } };
  return {
    lockId,
    async put(info) {
      await client.send(
        new PutItemCommand({
          TableName: lock.table,
          Item: { LockID: { S: lockId }, Info: { S: JSON.stringify(info) } },
          ConditionExpression: 'attribute_not_exists(LockID)',
        }),
      );
    },
    async get() {
      const res = await client.send(
        new GetItemCommand({ TableName: lock.table, Key, ConsistentRead: true }),
      );
      const s = res.Item && res.Item.Info && res.Item.Info.S;
      return s ? JSON.parse(s) : undefined;
    },
    async del() {
      await client.send(new DeleteItemCommand({ TableName: lock.table, Key }));
    },
    destroy() {
      client.destroy();
    },
  };
}

function durationMs(text) {
  if (!text) return 0;
  let total = 0;
  const re = /(\d+(?:\.\d+)?)(ms|h|m|s)/g;
  let m;
  while ((m = re.exec(text)))
    total += Number(m[1]) * { ms: 1, s: 1000, m: 60000, h: 3600000 }[m[2]];
  return total;
}

// ---- main ----
async function main() {
  const env = process.env;
  const argv = process.argv.slice(2);
  const record = {
    time: new Date().toISOString(),
    pid: process.pid,
    argv: [...argv],
    cwd: process.cwd(),
    env: {},
  };
  for (const [k, v] of Object.entries(env)) if (LOGGED_ENV.test(k)) record.env[k] = v;
  for (const k of SECRET_ENV) if (env[k]) record.env[k] = '<set>';

  const state = {
    interrupted: 0,
    finish: undefined,
    lock: undefined,
    lockHeld: false,
    client: undefined,
  };
  const writeLog = () => {
    if (!env.TOFU_REPLAY_LOG) return;
    try {
      fs.appendFileSync(env.TOFU_REPLAY_LOG, JSON.stringify(record) + '\n');
    } catch {
      /* the log is best effort */
    }
  };

  const onSignal = (signal) => {
    state.interrupted++;
    (record.signals = record.signals || []).push(signal);
    if (state.interrupted === 1) {
      out(
        '\nInterrupt received.\nPlease wait for OpenTofu to exit or data loss may occur.\nGracefully shutting down...\n',
      );
      if (state.finish) state.finish();
      return;
    }
    err('\nTwo interrupts received. Exiting immediately. Note that data loss may have occurred.\n');
    record.exitCode = 1;
    record.interrupted = true;
    writeLog();
    process.exit(1);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  let code = 0;
  try {
    code = await run(argv, env, record, state);
  } catch (e) {
    if (e instanceof Exit) code = e.code;
    else {
      err(`tofu (replay) crashed: ${(e && e.stack) || e}\n`);
      code = 11;
    }
  } finally {
    if (state.client) state.client.destroy();
  }
  record.exitCode = code;
  if (state.interrupted) record.interrupted = true;
  writeLog();
  process.exitCode = code;
}

async function run(argv, env, record, state) {
  const args = [...argv];
  let chdir;
  while (args.length && args[0].startsWith('-')) {
    const a = args.shift();
    const m = /^--?chdir(?:=(.*))?$/.exec(a);
    if (m) chdir = m[1] !== undefined ? m[1] : args.shift();
    else if (/^--?(version|v)$/.test(a)) args.unshift('version');
    else if (/^--?(help|h)$/.test(a)) {
      out('Usage: tofu [global options] <subcommand> [args]\n');
      return 0;
    } else {
      err(`Unsupported global option ${JSON.stringify(a)}.\n`);
      return 1;
    }
  }
  const sub = args.shift();
  if (!sub) {
    out('Usage: tofu [global options] <subcommand> [args]\n');
    return 1;
  }
  record.subcommand = sub;
  if (!FLAGS[sub]) {
    err(
      `OpenTofu has no command named "${sub}".\n\nTo see all of OpenTofu's top-level commands, run:\n  tofu -help\n\n`,
    );
    return 1;
  }
  // TF_CLI_ARGS and TF_CLI_ARGS_<sub> go right after the subcommand, as in tofu.
  args.unshift(
    ...splitArgs(env.TF_CLI_ARGS),
    ...splitArgs(env[`TF_CLI_ARGS_${sub.replace(/-/g, '_')}`]),
  );
  const color = !args.includes('-no-color') && !args.includes('--no-color');

  const workdir = chdir ? path.resolve(chdir) : process.cwd();
  if (chdir) {
    record.chdir = chdir;
    if (!fs.existsSync(workdir)) {
      err(
        diagnostic(
          'Invalid -chdir option',
          `The specified directory ${chdir} does not exist.`,
          color,
        ),
      );
      return 1;
    }
  }
  const { flags, positional } = parseFlags(sub, args, color);
  record.flags = flags;
  record.positional = positional;

  const scenario = loadScenario(env, sub);
  const version = scenario.version || DEFAULT_VERSION;
  // -var and -var-file arrived on init and validate in OpenTofu 1.8.
  if ((sub === 'init' || sub === 'validate') && olderThan(version, 1, 8)) {
    const early = COMMON_VARS.find((name) => name in flags);
    if (early)
      usageError(
        sub,
        'Failed to parse command-line flags',
        `flag provided but not defined: -${early}`,
        color,
      );
  }
  const stateDir = env.TOFU_REPLAY_STATE_DIR || path.join(workdir, '.terraform', 'tofu-replay');

  let step = sub;
  if (['version', 'validate', 'output'].includes(sub) && flags.json) step = `${sub}-json`;
  if (sub === 'show') step = flags.json ? 'show-json' : 'show';
  if (sub === 'output' && !flags.json && (flags.raw || positional.length)) step = 'output-json';
  if (
    (sub === 'plan' || sub === 'apply' || sub === 'init') &&
    flags.json &&
    scenario.steps[`${sub}-json`] !== undefined
  )
    step = `${sub}-json`;
  record.step = step;

  // A saved plan given to show/apply.
  let stub;
  const planArg = (sub === 'show' || sub === 'apply') && positional[0];
  if (planArg) {
    const file = path.resolve(workdir, planArg);
    if (!fs.existsSync(file)) {
      if (sub === 'show')
        err(
          diagnostic(
            'Failed to read the given file as a state or plan file',
            `State read error: Error loading statefile: open ${planArg}: no such file or directory\n\nPlan read error: open ${planArg}: no such file or directory`,
            color,
          ),
        );
      else
        err(
          diagnostic(
            `Failed to load "${planArg}" as a plan file`,
            `Error: stat ${planArg}: no such file or directory`,
            color,
          ),
        );
      return 1;
    }
    try {
      const parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (parsed && parsed['tofu-replay-plan'] === 1) stub = parsed;
    } catch {
      stub = undefined;
    }
    record.planFile = { path: planArg, ...(stub || { stub: false }) };
  }
  if (sub === 'show' && !planArg) step = flags.json ? 'show-state-json' : 'show-state';

  const { entry, call } = selectEntry(scenario, step, stateDir);
  record.call = call;
  const dir = scenario.dir;

  let stdout = (!color && readPart(dir, entry, 'stdoutNoColor')) || readPart(dir, entry, 'stdout');
  let stderr = (!color && readPart(dir, entry, 'stderrNoColor')) || readPart(dir, entry, 'stderr');
  let exitCode = entry.exitCode || 0;

  // show of a saved plan: the plan that plan -out recorded, else the scenario's show step.
  if (sub === 'show' && stub) {
    const kind = flags.json ? 'showJson' : 'showText';
    if (stub[kind]) stdout = fs.readFileSync(stub[kind]);
  }
  if (stdout === undefined && stderr === undefined && !scenario.steps[step]) {
    if ((step === 'show-json' || step === 'show') && !stub) {
      err(`tofu (replay): scenario ${dir} has no "${step}" step\n`);
      return 1;
    }
    stdout = Buffer.from(defaults(step, version));
  }

  // output NAME / output -raw NAME: picked from the output -json document.
  if (sub === 'output' && (flags.raw || positional.length) && !flags.json) {
    const doc = JSON.parse((stdout || '{}').toString() || '{}');
    const name = positional[0];
    const o = name !== undefined ? doc[name] : undefined;
    if (!name) {
      err(
        diagnostic(
          'Output name required',
          'You must give the name of a single output value when using the -raw option.',
          color,
        ),
      );
      return 1;
    }
    if (!o) {
      err(
        diagnostic(
          `Output "${name}" not found`,
          "The output variable requested could not be found in the state file. If you recently\nadded this to your configuration, be sure to run `tofu apply`, since the state\nwon't be updated with new output variables until that command is run.",
          color,
        ),
      );
      return 1;
    }
    if (flags.raw) {
      if (o.value !== null && typeof o.value === 'object') {
        err(
          diagnostic(
            'Unsupported value for raw output',
            `The -raw option only supports strings, numbers, and boolean values, but output value "${name}" is ${Array.isArray(o.value) ? 'list' : 'object'}.\n\nUse the -json option for machine-readable representations of output values that have complex types.`,
            color,
          ),
        );
        return 1;
      }
      stdout = Buffer.from(String(o.value));
    } else stdout = Buffer.from(`${JSON.stringify(o.value, null, 2)}\n`);
  }

  // ---- the lock (plan/apply with a lock declared) ----
  const lock = scenario.lock;
  const lockOps = (lock && lock.operations) || ['plan', 'apply'];
  const locking = lock && lock.table && lock.key && lockOps.includes(sub) && flags.lock !== false;
  if (locking) {
    state.lock = await lockTable(lock, process.env);
    state.client = state.lock;
    const info = {
      ID: randomUUID(),
      Operation: sub === 'apply' ? 'OperationTypeApply' : 'OperationTypePlan',
      Info: '',
      Who: lock.who || `${os.userInfo().username}@${os.hostname()}`,
      Version: version,
      Created: new Date().toISOString().replace(/(\.\d{3})Z$/, '$1000000Z'),
      Path: state.lock.lockId,
    };
    const deadline =
      Date.now() +
      durationMs(
        Array.isArray(flags['lock-timeout']) ? flags['lock-timeout'].at(-1) : flags['lock-timeout'],
      );
    let told = false;
    for (;;) {
      try {
        await state.lock.put(info);
        state.lockHeld = info;
        record.lockId = info.ID;
        break;
      } catch (e) {
        if (!e || e.name !== 'ConditionalCheckFailedException') throw e;
        if (Date.now() < deadline && !state.interrupted) {
          if (!told) out('Acquiring state lock. This may take a few moments...\n');
          told = true;
          await new Promise((r) => setTimeout(r, 200));
          continue;
        }
        const holder = (await state.lock.get()) || {};
        const requestId = (e.$metadata && e.$metadata.requestId) || 'unknown';
        const backend = `operation error DynamoDB: PutItem, https response error StatusCode: 400, RequestID: ${requestId}, ConditionalCheckFailedException: The conditional request failed`;
        record.lockHeldBy = holder.ID;
        err(diagnostic('Error acquiring the state lock', lockErrorDetail(backend, holder), color));
        return 1;
      }
    }
  }

  // ---- the step, with its delay and progress lines, interruptible ----
  const delayMs = Number(entry.delayMs || 0);
  const progress = Array.isArray(entry.progress) ? entry.progress : [];
  const timers = [];
  await new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      for (const t of timers) clearTimeout(t);
      resolve();
    };
    for (const p of progress) {
      timers.push(
        setTimeout(
          () => {
            if (!state.interrupted) out(p.stdout || '');
            if (!state.interrupted) err(p.stderr || '');
          },
          Number(p.afterMs || 0),
        ),
      );
    }
    const interruptible = delayMs > 0 || progress.length > 0;
    const total = Math.max(delayMs, ...progress.map((p) => Number(p.afterMs || 0) + 1), 0);
    state.finish = () => {
      // Graceful stop: the operation winds down, then the step is finished (files, lock).
      for (const t of timers) clearTimeout(t);
      const wind = Number((entry.interrupt && entry.interrupt.finishMs) ?? 50);
      timers.push(setTimeout(finish, wind));
    };
    if (state.interrupted) state.finish();
    else if (interruptible) timers.push(setTimeout(finish, total));
    else finish();
  });
  state.finish = undefined;

  const interrupted = state.interrupted > 0;
  const interruptSpec = entry.interrupt || {};

  // ---- files the step leaves behind: the plan file, and any declared files ----
  if (sub === 'plan' && flags.out && (!exitCode || exitCode === 2 || entry.writePlanOnError)) {
    const outPath = path.resolve(workdir, Array.isArray(flags.out) ? flags.out.at(-1) : flags.out);
    const json = entry.showJson ? path.resolve(dir, entry.showJson) : undefined;
    const text = entry.showText ? path.resolve(dir, entry.showText) : undefined;
    const fallback = (name) => {
      const s = scenario.steps[name];
      const e = Array.isArray(s) ? s[0] : s;
      return e && e.stdout ? path.resolve(dir, e.stdout) : undefined;
    };
    const showJson = json || fallback('show-json');
    let changes = entry.changes;
    if (changes === undefined && entry.exitCode === 2) changes = true;
    if (changes === undefined && showJson)
      changes = planHasChanges(fs.readFileSync(showJson, 'utf8'));
    if (changes === undefined) changes = !/No changes\./.test((stdout || '').toString());
    const planStub = {
      'tofu-replay-plan': 1,
      scenario: dir,
      step: 'plan',
      call,
      changes,
      showJson,
      showText: text || fallback('show'),
      interrupted,
      createdAt: new Date().toISOString(),
    };
    fs.mkdirSync(path.dirname(outPath), { recursive: true });
    fs.writeFileSync(outPath, JSON.stringify(planStub, null, 2) + '\n');
    record.planOut = outPath;
    entry.__changes = changes;
  }
  for (const [rel, source] of Object.entries(entry.files || {})) {
    const target = path.resolve(workdir, rel);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(path.resolve(dir, source), target);
  }

  // force-unlock against the lock table when one is declared.
  if (sub === 'force-unlock') {
    const id = positional[0];
    if (!id) usageError(sub, 'Lock ID required', 'Expected a single argument: LOCK_ID', color);
    if (lock && lock.table && lock.key && scenario.steps['force-unlock'] === undefined) {
      state.lock = await lockTable(lock, process.env);
      state.client = state.lock;
      const holder = await state.lock.get();
      if (!holder || holder.ID !== id) {
        const why = holder
          ? `lock ID "${id}" does not match existing lock ID "${holder.ID}"`
          : `failed to retrieve lock info for lock ID "${id}": no lock found`;
        err(diagnostic('Failed to unlock state', `${why}`, color));
        return 1;
      }
      await state.lock.del();
      record.unlocked = id;
    }
  }

  // Release our lock (not after an immediate exit, nor when the scenario leaves it behind).
  if (state.lockHeld && !(lock && lock.leave)) {
    const holder = await state.lock.get();
    if (holder && holder.ID === state.lockHeld.ID) await state.lock.del();
    state.lockHeld = false;
  }

  if (interrupted) {
    out(readPart(dir, interruptSpec, 'stdout'));
    err(readPart(dir, interruptSpec, 'stderr'));
    return interruptSpec.exitCode !== undefined ? interruptSpec.exitCode : 1;
  }

  out(stdout);
  err(stderr);

  if (sub === 'plan') {
    if (exitCode && exitCode !== 2) return exitCode;
    let changes = entry.__changes;
    if (changes === undefined) {
      changes = entry.changes;
      if (changes === undefined && exitCode === 2) changes = true;
      if (changes === undefined) changes = !/No changes\./.test((stdout || '').toString());
    }
    return flags['detailed-exitcode'] && changes ? 2 : 0;
  }
  if (sub === 'apply' && stub) record.appliedPlan = stub;
  return exitCode;
}

main();
