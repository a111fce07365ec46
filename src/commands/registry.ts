import { ConfigurationError, invalidInput } from '../util/errors.js';
import type { CommandModule } from './command.js';
import * as plan from './plan.js';

export const COMMAND_NAMES = [
  'fmt',
  'validate',
  'plan',
  'comment',
  'apply',
  'output',
  'assume-role',
  'image',
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

// Loaded lazily so that a command pays only for its own code (the AWS SDK stays out of plan).
// `plan` is bundled with the dispatcher: it is the command whose start-up is measured, and one
// chunk loads faster than several.
const LOADERS: Partial<Record<CommandName, () => Promise<CommandModule>>> = {
  plan: () => Promise.resolve(plan),
  fmt: () => import('./fmt.js'),
  validate: () => import('./validate.js'),
  comment: () => import('./comment.js'),
  'assume-role': () => import('./assume-role.js'),
  image: () => import('./image.js'),
  apply: () => import('./apply.js'),
  output: () => import('./output.js'),
};

export function parseCommandName(value: string | undefined): CommandName {
  if (value === undefined) {
    throw new ConfigurationError(
      `Input 'command' is required: allowed values are ${COMMAND_NAMES.join(', ')}.`,
    );
  }
  if (!(COMMAND_NAMES as readonly string[]).includes(value)) {
    throw invalidInput('command', value, `allowed values are ${COMMAND_NAMES.join(', ')}`);
  }
  return value as CommandName;
}

export async function loadCommand(name: CommandName): Promise<CommandModule> {
  const load = LOADERS[name];
  if (!load)
    throw invalidInput('command', name, `this build implements ${Object.keys(LOADERS).join(', ')}`);
  return load();
}
