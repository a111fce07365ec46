import type { CommandContext } from './commands/command.js';
import { loadCommand, parseCommandName } from './commands/registry.js';
import { readGitHubContext } from './github/context.js';
import { realClock, type Clock, type Host } from './github/host.js';
import { Inputs } from './github/inputs.js';
import { errorMessage, isConfigurationError, oneLine } from './util/errors.js';

export type Phase = 'main' | 'post';

/**
 * The one code path every host goes through: read `command`, load it, run it, and turn a
 * failure into exactly one setFailed. Configuration errors are one line; bugs keep their
 * stack in the debug log. The post step runs the post of the command main saved, or nothing.
 */
export async function runCommand(
  host: Host,
  phase: Phase,
  clock: Clock = realClock,
): Promise<boolean> {
  try {
    const inputs = new Inputs(host);
    const saved = host.getState('command');
    // Nothing saved: main failed before it had a command (a bad `command`) and said so.
    if (phase === 'post' && saved === undefined) return true;
    const name = parseCommandName(phase === 'post' ? saved : inputs.string('command'));
    const ctx: CommandContext = { host, inputs, github: readGitHubContext(host.env), clock };
    const command = await loadCommand(name);
    if (phase === 'main') {
      host.saveState('command', name);
      await command.run(ctx);
    } else if (command.post) {
      await command.post(ctx);
    }
    return true;
  } catch (error) {
    if (isConfigurationError(error)) {
      host.setFailed(oneLine(error.message));
    } else {
      if (error instanceof Error && error.stack) host.debug(error.stack);
      host.setFailed(
        `Unexpected error (a bug in tofu-aws-action): ${oneLine(errorMessage(error))}`,
      );
    }
    return false;
  }
}
