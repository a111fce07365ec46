import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { tofuWords } from '../tofu/error-text.js';
import {
  NotOutputJsonError,
  outputText,
  parseOutputJson,
  secretsOf,
  writeFileAtomic,
  type TofuOutputs,
} from '../tofu/outputs.js';
import { earlyVarFileArgs, initArgs } from '../tofu/plan-pipeline.js';
import { runTofu } from '../tofu/run-tofu.js';
import { readTofuSettings, resolveTofuBinary, type TofuSettings } from '../tofu/settings.js';
import { ConfigurationError, errorMessage, invalidInput } from '../util/errors.js';
import type { CommandContext } from './command.js';
import { pathKind } from '../util/path-input.js';

/**
 * `tofu output -json` → one step output per key (complex values as JSON), every sensitive
 * value masked before anything else happens; optionally the chosen keys written to a JSON
 * file (the deploy config) through a temporary file and a rename.
 */
export async function run(ctx: CommandContext): Promise<void> {
  const { host, inputs } = ctx;
  const settings = readTofuSettings(inputs, host);
  // Every input is checked before tofu is looked for (which may download it) and run.
  const outputFile = inputs.string('output-file');
  const outputPath =
    outputFile === undefined ? undefined : outputFilePath(outputFile, host.workspace);
  const requested = inputs.list('output-keys');
  const includeSensitive = inputs.bool('include-sensitive', false);
  if (!outputFile && requested.length) {
    throw new ConfigurationError(
      "Input 'output-keys' was set without 'output-file': set output-file to the JSON file to write.",
    );
  }
  settings.binary = await resolveTofuBinary(ctx, settings);

  const outputs = await readOutputs(ctx, settings);
  // Mask first: nothing below may print a sensitive value before the runner knows it.
  for (const output of Object.values(outputs)) {
    if (output.sensitive) for (const secret of secretsOf(output.value)) host.setSecret(secret);
  }

  const names = Object.keys(outputs);
  for (const name of names) {
    host.setOutput(name, outputText((outputs[name] as { value: unknown }).value));
  }
  const sensitive = names.filter((n) => outputs[n]?.sensitive);
  host.info(
    `${names.length} output(s) exported as step outputs${sensitive.length ? ` (${sensitive.length} sensitive, masked: ${sensitive.join(', ')})` : ''}.`,
  );

  if (outputFile === undefined || outputPath === undefined) return;
  const keys = chooseKeys(outputs, requested, includeSensitive);
  const config: Record<string, unknown> = {};
  for (const key of keys) config[key] = (outputs[key] as { value: unknown }).value;
  const withSecrets = keys.some((k) => outputs[k]?.sensitive);
  try {
    writeFileAtomic(
      outputPath,
      `${JSON.stringify(config, null, 2)}\n`,
      withSecrets ? 0o600 : 0o644,
    );
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? errorMessage(error);
    throw invalidInput('output-file', outputFile, `cannot write it (${code})`);
  }
  host.info(
    `Wrote ${keys.length} output(s) to ${outputFile}: ${keys.join(', ') || '(none)'}${withSecrets ? ' (includes sensitive values; file mode 600)' : ''}.`,
  );
}

/** output-file as a path: a file (new or existing) under anything but a file. */
function outputFilePath(value: string, workspace: string): string {
  const path = resolve(workspace, value);
  if (pathKind(path) === 'directory') {
    throw invalidInput('output-file', value, 'a directory; expected the JSON file to write');
  }
  for (let dir = dirname(path); dir !== dirname(dir); dir = dirname(dir)) {
    const kind = pathKind(dir);
    if (kind !== undefined && kind !== 'directory')
      throw invalidInput('output-file', value, `${dir} is a file, not a directory`);
    if (kind) break;
  }
  return path;
}

export function chooseKeys(
  outputs: TofuOutputs,
  requested: readonly string[],
  includeSensitive: boolean,
): string[] {
  const names = Object.keys(outputs);
  if (!requested.length) {
    return names.filter((n) => includeSensitive || !outputs[n]?.sensitive);
  }
  const missing = requested.filter((k) => !(k in outputs));
  if (missing.length) {
    throw invalidInput(
      'output-keys',
      missing.join(', '),
      names.length
        ? `no such output; the outputs are ${names.join(', ')}`
        : 'no such output; the state has no outputs (has apply run?)',
    );
  }
  const secret = requested.filter((k) => outputs[k]?.sensitive);
  if (secret.length && !includeSensitive) {
    throw invalidInput(
      'output-keys',
      secret.join(', '),
      'sensitive output(s) are written to output-file only with include-sensitive: true',
    );
  }
  return [...new Set(requested)];
}

async function readOutputs(ctx: CommandContext, settings: TofuSettings): Promise<TofuOutputs> {
  const { host } = ctx;
  const dataDir = host.env.TF_DATA_DIR ?? '.terraform';
  const initialised = existsSync(
    isAbsolute(dataDir) ? dataDir : join(settings.workingDirectory, dataDir),
  );
  if (!initialised) {
    const varFileArgs = await earlyVarFileArgs(settings, host);
    const init = await host.group(`tofu init (${settings.environment})`, () =>
      runTofu({
        binary: settings.binary,
        args: initArgs(settings, { backend: true, varFileArgs }),
        cwd: settings.workingDirectory,
        host,
      }),
    );
    if (init.exitCode !== 0 || init.cancelled) {
      throw new ConfigurationError(
        `tofu init failed in ${settings.workingDirectoryRelative}: ${tofuWords(init.stderr || init.stdout, 500)}`,
      );
    }
  }
  // Not streamed: the JSON holds sensitive values in clear text.
  const result = await runTofu({
    binary: settings.binary,
    args: ['output', '-json'],
    cwd: settings.workingDirectory,
    host,
    stream: false,
  });
  if (result.exitCode !== 0 || result.cancelled) {
    throw new ConfigurationError(
      `tofu output failed in ${settings.workingDirectoryRelative}: ${tofuWords(result.stderr, 500) || `exit code ${result.exitCode}`}`,
    );
  }
  try {
    return parseOutputJson(result.stdout);
  } catch (error) {
    if (error instanceof NotOutputJsonError) {
      throw new ConfigurationError(
        `tofu output -json in ${settings.workingDirectoryRelative} did not print outputs (${error.message}); is tofu-binary OpenTofu?`,
      );
    }
    throw error;
  }
}
