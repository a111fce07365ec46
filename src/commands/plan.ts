import type { CommandContext } from './command.js';

export async function run(ctx: CommandContext): Promise<void> {
  ctx.host.info('plan');
}
