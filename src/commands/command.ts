import type { GitHubContext } from '../github/context.js';
import type { Clock, Host } from '../github/host.js';
import type { Inputs } from '../github/inputs.js';

/** What every command is given: typed inputs, the host, the run's context and a clock. */
export interface CommandContext {
  host: Host;
  inputs: Inputs;
  github: GitHubContext;
  clock: Clock;
}

export interface CommandModule {
  run(ctx: CommandContext): Promise<void>;
  /** Cleanup in the post step (state saved by run tells it what to do). */
  post?(ctx: CommandContext): Promise<void>;
}
