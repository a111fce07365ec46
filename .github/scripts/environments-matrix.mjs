#!/usr/bin/env node
// Turns the reusable workflows' environment inputs into a job matrix, failing with a one-line
// error that names the input when one is wrong. Inputs arrive through env: only (never ${{ }}
// inside a script): ENVIRONMENTS, ROLE_ARNS, WORKING_DIRECTORY, VAR_FILES, BACKEND_CONFIG,
// ALLOWED_ACCOUNT_IDS. Writes `matrix`, `environments` and `first-working-directory` to
// GITHUB_OUTPUT (or prints them when it is unset). Node built-ins only: it runs on the bare
// runner before anything is installed.
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { pathToFileURL } from 'node:url';

const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;
const ROLE_ARN_RE = /^arn:aws(-cn|-us-gov)?:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const ACCOUNT_RE = /^\d{12}$/;

class InputError extends Error {}

function invalid(name, value, allowed) {
  return new InputError(`Input '${name}' has value ${JSON.stringify(value)}: ${allowed}.`);
}

function parseJson(name, text, allowed) {
  try {
    return JSON.parse(text);
  } catch {
    throw invalid(name, text, allowed);
  }
}

function fill(template, environment) {
  return template.replaceAll('{environment}', environment);
}

/** The matrix for the given inputs (an object of the workflow's input names). */
export function buildMatrix(inputs) {
  const envText = (inputs.environments ?? '').trim();
  const listAllowed = 'expected a JSON list of environment names, e.g. ["staging","production"]';
  const environments = parseJson('environments', envText, listAllowed);
  if (!Array.isArray(environments) || environments.length === 0) {
    throw invalid('environments', envText, listAllowed);
  }
  const seen = new Set();
  for (const env of environments) {
    if (typeof env !== 'string' || !NAME_RE.test(env)) {
      throw invalid(
        'environments',
        envText,
        `${JSON.stringify(env)} is not an environment name (letters, digits, _ . -)`,
      );
    }
    if (seen.has(env)) throw invalid('environments', envText, `${env} is listed twice`);
    seen.add(env);
  }

  const rolesText = (inputs['role-arns'] ?? '').trim();
  const mapAllowed = 'expected a JSON object mapping each environment to its role ARN';
  const roles = rolesText ? parseJson('role-arns', rolesText, mapAllowed) : {};
  if (typeof roles !== 'object' || roles === null || Array.isArray(roles)) {
    throw invalid('role-arns', rolesText, mapAllowed);
  }
  for (const env of environments) {
    const arn = roles[env];
    if (typeof arn !== 'string' || !arn) {
      throw invalid('role-arns', rolesText, `no role ARN for the listed environment ${env}`);
    }
    if (!ROLE_ARN_RE.test(arn)) {
      throw invalid(
        'role-arns',
        rolesText,
        `${JSON.stringify(arn)} (for ${env}) is not an IAM role ARN such as arn:aws:iam::123456789012:role/tofu-plan`,
      );
    }
  }

  const accountsText = (inputs['allowed-account-ids'] ?? '').trim();
  const accountsAllowed =
    'expected a JSON object mapping environments to an account ID or a list of them';
  const accounts = accountsText
    ? parseJson('allowed-account-ids', accountsText, accountsAllowed)
    : {};
  if (typeof accounts !== 'object' || accounts === null || Array.isArray(accounts)) {
    throw invalid('allowed-account-ids', accountsText, accountsAllowed);
  }
  for (const [env, ids] of Object.entries(accounts)) {
    const list = Array.isArray(ids) ? ids : [ids];
    if (!seen.has(env)) {
      throw invalid('allowed-account-ids', accountsText, `${env} is not one of the environments`);
    }
    if (list.length === 0 || !list.every((id) => typeof id === 'string' && ACCOUNT_RE.test(id))) {
      throw invalid('allowed-account-ids', accountsText, `account IDs are 12-digit strings`);
    }
  }

  const dirTemplate = (inputs['working-directory'] ?? '').trim() || 'infra/envs/{environment}';
  if (dirTemplate.split(/[\\/]/).includes('..') || dirTemplate.startsWith('/')) {
    throw invalid('working-directory', dirTemplate, 'expected a path inside the repository');
  }
  const include = environments.map((environment) => {
    const accountIds = accounts[environment];
    return {
      environment,
      'working-directory': fill(dirTemplate, environment),
      'role-arn': roles[environment],
      'var-files': fill(inputs['var-files'] ?? '', environment),
      'backend-config': fill(inputs['backend-config'] ?? '', environment),
      'allowed-account-ids': Array.isArray(accountIds) ? accountIds.join(',') : (accountIds ?? ''),
    };
  });
  return {
    matrix: { include },
    environments,
    firstWorkingDirectory: include[0]['working-directory'],
  };
}

function writeOutputs(result, env) {
  const lines = [
    `matrix=${JSON.stringify(result.matrix)}`,
    `environments=${JSON.stringify(result.environments)}`,
    `first-working-directory=${result.firstWorkingDirectory}`,
  ];
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, lines.join(EOL) + EOL, 'utf8');
  else process.stdout.write(`${lines.join('\n')}\n`);
}

function main(env) {
  try {
    const result = buildMatrix({
      environments: env.ENVIRONMENTS,
      'role-arns': env.ROLE_ARNS,
      'working-directory': env.WORKING_DIRECTORY,
      'var-files': env.VAR_FILES,
      'backend-config': env.BACKEND_CONFIG,
      'allowed-account-ids': env.ALLOWED_ACCOUNT_IDS,
    });
    writeOutputs(result, env);
    for (const entry of result.matrix.include) {
      process.stdout.write(
        `${entry.environment}: ${entry['working-directory']} as ${entry['role-arn']}\n`,
      );
    }
    return 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    // one line, as a workflow error annotation; '%', CR and LF escaped as the runner expects
    const escaped = error.message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    process.stdout.write(`::error title=Invalid workflow input::${escaped}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.env);
}
