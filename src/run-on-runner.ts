import { ActionsHost } from './github/actions-host.js';
import { cancellationSignal } from './github/signals.js';
import { runCommand, type Phase } from './run-command.js';

/** A step on a GitHub runner: the process environment is the runner's protocol. */
export async function runOnRunner(phase: Phase): Promise<void> {
  await runCommand(new ActionsHost(process.env, cancellationSignal), phase);
}
