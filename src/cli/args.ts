import { ConfigurationError } from '../util/errors.js';
import { closestName } from './closest-name.js';
import { INPUT_KINDS, inputKind } from './input-kinds.js';

export interface CliArgs {
  command: string | undefined;
  inputs: Record<string, string>;
  commentFile: string | undefined;
  showSummary: boolean;
  help: boolean;
}

/** The terminal's own flags: switches take no value, --comment-file takes one. */
const SWITCHES = ['no-summary', 'help'] as const;
const COMMENT_FILE = 'comment-file';
const TERMINAL_FLAGS = [COMMENT_FILE, ...SWITCHES];
// The words Inputs.bool accepts: after a boolean flag such a word is its value, anything else
// is the next argument.
const BOOLEAN_WORD = /^(true|yes|on|1|false|no|off|0)$/i;

const flagsHint = `the flags are the inputs of action.yml and --${TERMINAL_FLAGS.join(', --')} (tofu-aws-action --help lists them)`;

function unknownFlag(name: string): ConfigurationError {
  const guess = closestName(name, [...Object.keys(INPUT_KINDS), ...TERMINAL_FLAGS]);
  return new ConfigurationError(
    `Unknown flag --${name}${guess ? ` (did you mean --${guess}?)` : ''}: ${flagsHint}.`,
  );
}

/**
 * `tofu-aws-action plan --working-directory infra/envs/staging --comment false`: the flags are
 * the action's input names, as `--name value` or `--name=value`. A boolean input given bare
 * (`--fix`) is true; every other input needs a value, and only inputs read one per line may be
 * given more than once (each adds a line). `--comment-file` and `--no-summary` are the
 * terminal's own.
 */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const inputs: Record<string, string> = {};
  let command: string | undefined;
  let commentFile: string | undefined;
  let showSummary = true;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-h') {
      help = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      if (command !== undefined)
        throw new ConfigurationError(
          `Unexpected argument ${JSON.stringify(arg)}: the command comes first, then flags --<input-name> <value>.`,
        );
      command = arg;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;

    if ((SWITCHES as readonly string[]).includes(name)) {
      if (inline !== undefined)
        throw new ConfigurationError(`Flag --${name} takes no value (given ${arg}).`);
      if (name === 'help') help = true;
      else showSummary = false;
      continue;
    }
    if (name === 'command') {
      throw new ConfigurationError(
        '--command is not a flag: give the command as the first argument (tofu-aws-action plan ...).',
      );
    }
    const kind = name === COMMENT_FILE ? 'value' : inputKind(name);
    if (kind === undefined) throw unknownFlag(name);

    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (kind === 'boolean') {
        value = next !== undefined && BOOLEAN_WORD.test(next) ? next : 'true';
        if (value === next) i++;
      } else if (next === undefined || next.startsWith('--')) {
        throw new ConfigurationError(
          `Flag --${name} needs a value: --${name} <value>, or --${name}=<value> for a value that starts with --.`,
        );
      } else {
        value = next;
        i++;
      }
    }

    if (name === COMMENT_FILE) {
      if (commentFile !== undefined) throw givenTwice(name);
      commentFile = value;
    } else if (inputs[name] === undefined) {
      inputs[name] = value;
    } else if (kind === 'lines') {
      inputs[name] = `${inputs[name]}\n${value}`;
    } else {
      throw givenTwice(name);
    }
  }
  if (command !== undefined) inputs.command = command;
  return { command, inputs, commentFile, showSummary, help };
}

function givenTwice(name: string): ConfigurationError {
  const repeatable = Object.keys(INPUT_KINDS).filter((n) => INPUT_KINDS[n] === 'lines');
  return new ConfigurationError(
    `Flag --${name} was given twice: it takes one value (only ${repeatable.join(', ')} may be repeated, one line each).`,
  );
}
