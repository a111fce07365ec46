import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

/**
 * Where the state and its lock live, for the S3 backend: enough to read the lock entry
 * directly (the DynamoDB lock table item `<bucket>/<key>`, or the S3 lockfile `<key>.tflock`).
 *
 * Sources, first match wins per setting:
 * 1. `.terraform/terraform.tfstate` written by `tofu init` (the merged backend configuration);
 * 2. the `-backend-config` values given to the action (key=value lines or files);
 * 3. the `backend "s3" { ... }` block of the working directory (literal values only).
 */
export interface S3BackendConfig {
  type: 's3';
  bucket: string;
  /** The state object's key for the selected workspace. */
  stateKey: string;
  region?: string;
  dynamodbTable?: string;
  useLockfile: boolean;
  dynamodbEndpoint?: string;
  s3Endpoint?: string;
  usePathStyle: boolean;
  /** Which sources were read, for the log. */
  source: string;
}

export type BackendConfigResult =
  | { kind: 's3'; config: S3BackendConfig }
  | { kind: 'other'; type: string }
  | { kind: 'unknown'; reason: string };

type Settings = Record<string, unknown>;

function initState(dataDir: string): { type: string; config: Settings } | undefined {
  const file = join(dataDir, 'terraform.tfstate');
  if (!existsSync(file)) return undefined;
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as {
      backend?: { type?: string; config?: Settings };
    };
    if (!state.backend?.type) return undefined;
    return { type: state.backend.type, config: state.backend.config ?? {} };
  } catch {
    return undefined;
  }
}

/** `name = "value"`, `name = true`, `name = 3` lines; nested blocks one level (endpoints). */
export function readSimpleHcl(text: string): Settings {
  const settings: Settings = {};
  let block: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)(#|\/\/).*$/, '').trim();
    if (!line) continue;
    const open = /^([A-Za-z_][\w-]*)\s*=?\s*\{$/.exec(line);
    if (open) {
      block = open[1];
      settings[block as string] = {};
      continue;
    }
    if (line === '}') {
      block = undefined;
      continue;
    }
    const m = /^([A-Za-z_][\w-]*)\s*=\s*(.+)$/.exec(line);
    if (!m) continue;
    const value = literal(m[2] as string);
    if (value === undefined) continue;
    if (block) (settings[block] as Settings)[m[1] as string] = value;
    else settings[m[1] as string] = value;
  }
  return settings;
}

function literal(text: string): string | boolean | number | undefined {
  const t = text.trim().replace(/,$/, '');
  const q = /^"((?:[^"\\]|\\.)*)"$/.exec(t);
  if (q) {
    const inner = q[1] as string;
    return inner.includes('${') ? undefined : inner.replace(/\\(.)/g, '$1');
  }
  if (t === 'true' || t === 'false') return t === 'true';
  if (/^\d+$/.test(t)) return Number(t);
  return undefined;
}

/** The `backend "<type>" { ... }` block of the root module's .tf files, literal values only. */
export function backendBlock(dir: string): { type: string; config: Settings } | undefined {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => /\.(tf|tofu)$/.test(f));
  } catch {
    return undefined;
  }
  for (const file of files.sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    const m = /backend\s+"([^"]+)"\s*\{/.exec(text);
    if (!m) continue;
    let depth = 1;
    let i = m.index + m[0].length;
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}') depth--;
    }
    return {
      type: m[1] as string,
      config: readSimpleHcl(text.slice(m.index + m[0].length, i - 1)),
    };
  }
  return undefined;
}

/** `-backend-config` values: `key=value` pairs or files of `key = "value"` lines. */
export function backendConfigValues(values: readonly string[], dir: string): Settings {
  const settings: Settings = {};
  for (const value of values) {
    const pair = /^([A-Za-z_][\w-]*)\s*=\s*(.*)$/.exec(value);
    if (pair) {
      const v = pair[2] as string;
      settings[pair[1] as string] = literal(v) ?? v;
      continue;
    }
    const file = isAbsolute(value) ? value : join(dir, value);
    if (existsSync(file)) Object.assign(settings, readSimpleHcl(readFileSync(file, 'utf8')));
  }
  return settings;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function bool(v: unknown): boolean {
  return v === true || v === 'true';
}

export function readBackendConfig(options: {
  workingDirectory: string;
  backendConfig: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
}): BackendConfigResult {
  const { workingDirectory, env } = options;
  const dataDir = env.TF_DATA_DIR
    ? isAbsolute(env.TF_DATA_DIR)
      ? env.TF_DATA_DIR
      : join(workingDirectory, env.TF_DATA_DIR)
    : join(workingDirectory, '.terraform');
  const fromInit = initState(dataDir);
  const block = backendBlock(workingDirectory);
  const type = fromInit?.type ?? block?.type;
  if (!type) {
    return {
      kind: 'unknown',
      reason: `no backend block in ${workingDirectory} and no ${join(dataDir, 'terraform.tfstate')}`,
    };
  }
  if (type !== 's3') return { kind: 'other', type };
  const sources: string[] = [];
  const merged: Settings = {};
  if (block?.type === 's3') {
    Object.assign(merged, block.config);
    sources.push('backend block');
  }
  const given = backendConfigValues(options.backendConfig, workingDirectory);
  if (Object.keys(given).length) {
    Object.assign(merged, given);
    sources.push('backend-config');
  }
  if (fromInit) {
    for (const [k, v] of Object.entries(fromInit.config)) if (v !== null) merged[k] = v;
    sources.push('.terraform/terraform.tfstate');
  }
  const bucket = str(merged.bucket);
  const key = str(merged.key);
  if (!bucket || !key) {
    return { kind: 'unknown', reason: 'the s3 backend settings do not name both bucket and key' };
  }
  const workspace = env.TF_WORKSPACE;
  const prefix = str(merged.workspace_key_prefix) ?? 'env:';
  const stateKey = workspace && workspace !== 'default' ? `${prefix}/${workspace}/${key}` : key;
  const endpoints = (merged.endpoints ?? {}) as Settings;
  const config: S3BackendConfig = {
    type: 's3',
    bucket,
    stateKey,
    useLockfile: bool(merged.use_lockfile),
    usePathStyle: bool(merged.use_path_style) || bool(merged.force_path_style),
    source: sources.join(' + '),
  };
  const region = str(merged.region);
  if (region) config.region = region;
  const table = str(merged.dynamodb_table);
  if (table) config.dynamodbTable = table;
  const ddb = str(endpoints.dynamodb) ?? str(merged.dynamodb_endpoint);
  if (ddb) config.dynamodbEndpoint = ddb;
  const s3 = str(endpoints.s3) ?? str(merged.endpoint);
  if (s3) config.s3Endpoint = s3;
  return { kind: 's3', config };
}
