import { ConfigurationError } from '../util/errors.js';

export interface CliArgs {
  command: string | undefined;
  inputs: Record<string, string>;
  commentFile: string | undefined;
  showSummary: boolean;
  help: boolean;
}

/**
 * `tofu-aws-action plan --working-directory infra/envs/staging --comment false`: the flags are
 * the action's input names. A flag without a value is `true`. `--comment-file` and
 * `--no-summary` are the terminal's own.
 */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const inputs: Record<string, string> = {};
  let command: string | undefined;
  let commentFile: string | undefined;
  let showSummary = true;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      if (command !== undefined)
        throw new ConfigurationError(
          `Unexpected argument ${JSON.stringify(arg)}: flags are --<input-name> <value>.`,
        );
      command = arg;
      continue;
    }
    const eq = arg.indexOf('=');
    let name: string;
    let value: string;
    if (eq > 0) {
      name = arg.slice(2, eq);
      value = arg.slice(eq + 1);
    } else {
      name = arg.slice(2);
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) value = 'true';
      else {
        value = next;
        i++;
      }
    }
    if (name === 'comment-file') commentFile = value;
    else if (name === 'no-summary') showSummary = false;
    else if (inputs[name] !== undefined) inputs[name] = `${inputs[name]}\n${value}`;
    else inputs[name] = value;
  }
  if (command !== undefined) inputs.command = command;
  return { command, inputs, commentFile, showSummary, help };
}
