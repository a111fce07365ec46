#!/usr/bin/env node
// Exports the reusable workflows' `tofu-variables` secret as TF_VAR_<name> for one environment.
// The secret arrives through env: only (TOFU_VARIABLES, never on a command line), with the
// environment of the job in ENVIRONMENT. Its JSON maps an environment name, or "*" for every
// environment, to an object of variable name -> value:
//   {"*": {"region_hint": "x"}, "staging": {"session_secret": "..."}, "production": {...}}
// The values of every environment are masked (::add-mask::) before anything else is printed or
// checked, by the action's own rule for sensitive values (see masksOf); the values are then
// appended to GITHUB_ENV with a random heredoc delimiter. Errors name the secret and the
// offending key, never a value. Node built-ins only.
import { appendFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { EOL } from 'node:os';
import { pathToFileURL } from 'node:url';

const ENV_NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;
const VARIABLE_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const FORMAT =
  'expected a JSON object mapping an environment (or "*" for every environment) to an object of variable name -> value, e.g. {"staging": {"session_secret": "..."}}';

class SecretError extends Error {}

const invalid = (what) =>
  new SecretError(`Secret 'tofu-variables' (value not shown) ${what}: ${FORMAT}.`);

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The JSON of the secret; a secret that is not a JSON object fails without showing it. */
export function parseSecret(text) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    throw invalid('is not JSON');
  }
  if (!isObject(doc)) throw invalid('is not a JSON object');
  return doc;
}

/** How a value reaches tofu: strings as they are, numbers and booleans as text, lists and
 *  objects as JSON (which OpenTofu reads as HCL for list, map and object variables). */
function asText(value) {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/*
 * What the action masks of a sensitive value (`output`: secretsOf in src/tofu/outputs.ts, over
 * sensitiveLeaves and MIN_REDACT_LENGTH in src/tofu/sensitive.ts), restated here because this
 * script runs as plain node without the action's code; test/workflows/tofu-variables.test.ts
 * checks that both give the same masks. Never booleans or null, alone or whole: `true` and `1`
 * are in every plan's text ("Plan: 1 to add"), and masking them would blank the log without
 * hiding anything.
 */
const MIN_MASK_LENGTH = 3;
const MIN_LINE_LENGTH = 8;
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPING = /["\\\u0000-\u001f\ud800-\udfff]/;

/** String and number leaves, their JSON-escaped forms and the long-enough lines of multi-line
 *  strings (trimmed). */
function leavesOf(value, out) {
  if (value === null || value === undefined) return;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) out.add(String(value));
    return;
  }
  if (typeof value === 'object') {
    for (const inner of Object.values(value)) leavesOf(inner, out);
    return;
  }
  if (typeof value !== 'string' || value === '') return;
  out.add(value);
  if (NEEDS_ESCAPING.test(value)) out.add(JSON.stringify(value).slice(1, -1));
  if (value.includes('\n')) {
    for (const line of value.split(/\r?\n/)) {
      if (line.trim().length >= MIN_LINE_LENGTH) out.add(line.trim());
    }
  }
}

/** The masks of one value: its text as exported (lists and objects as JSON) and its leaves;
 *  nothing shorter than MIN_MASK_LENGTH. */
export function masksOfValue(value) {
  const out = new Set();
  if (value !== null && value !== undefined && typeof value !== 'boolean') out.add(asText(value));
  leavesOf(value, out);
  return [...out].filter((text) => text.length >= MIN_MASK_LENGTH);
}

/** The masks of every value in the secret (all environments), for ::add-mask::. */
export function masksOf(doc) {
  const out = new Set();
  for (const vars of Object.values(doc)) {
    const values = isObject(vars) ? Object.values(vars) : [vars];
    for (const value of values) for (const mask of masksOfValue(value)) out.add(mask);
  }
  return [...out];
}

/** The variables of `environment`: "*" first, the environment's own values over them. */
export function variablesFor(doc, environment) {
  for (const [key, vars] of Object.entries(doc)) {
    if (key !== '*' && !ENV_NAME_RE.test(key)) {
      throw invalid(
        `has the key ${JSON.stringify(key)}, which is neither "*" nor an environment name`,
      );
    }
    if (!isObject(vars)) throw invalid(`holds no object of variables under ${JSON.stringify(key)}`);
    for (const [name, value] of Object.entries(vars)) {
      if (!VARIABLE_RE.test(name)) {
        throw invalid(
          `names the variable ${JSON.stringify(name)} under ${JSON.stringify(key)}, which is not a variable name ([A-Za-z_][A-Za-z0-9_]*)`,
        );
      }
      if (value === null) {
        throw invalid(`sets ${key}.${name} to null, which an environment variable cannot carry`);
      }
    }
  }
  const merged = { ...(doc['*'] ?? {}), ...(doc[environment] ?? {}) };
  return Object.entries(merged).map(([name, value]) => [name, asText(value)]);
}

function escapeCommand(text) {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** GITHUB_ENV lines for the variables, each value between a delimiter it cannot contain. */
export function envFileText(variables, delimiter = `ghadelimiter_${randomUUID()}`) {
  return variables
    .map(([name, value]) => {
      if (value.includes(delimiter)) throw new Error('a value contains the heredoc delimiter');
      return `TF_VAR_${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
    })
    .join('');
}

function main(env) {
  const out = (line) => process.stdout.write(`${line}\n`);
  try {
    const text = env.TOFU_VARIABLES ?? '';
    if (!text.trim()) {
      out('tofu-variables: not given; no TF_VAR_ variables exported.');
      return 0;
    }
    const doc = parseSecret(text);
    for (const mask of masksOf(doc)) out(`::add-mask::${escapeCommand(mask)}`);
    const environment = env.ENVIRONMENT ?? '';
    const variables = variablesFor(doc, environment);
    if (variables.length === 0) {
      out(`tofu-variables: nothing for ${environment} (no "${environment}" or "*" key).`);
      return 0;
    }
    if (!env.GITHUB_ENV) throw new Error('GITHUB_ENV is not set: run this in a workflow step');
    appendFileSync(env.GITHUB_ENV, envFileText(variables), 'utf8');
    out(
      `tofu-variables: exported ${variables.map(([name]) => `TF_VAR_${name}`).join(', ')} for ${environment}.`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof SecretError)) throw error;
    out(`::error title=Invalid workflow secret::${escapeCommand(error.message)}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.env);
}
