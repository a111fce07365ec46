import { COMMAND_NAMES } from '../commands/registry.js';
import { cancellationSignal } from '../github/signals.js';
import { runCommand } from '../run-command.js';
import { errorMessage } from '../util/errors.js';
import { parseCliArgs } from './args.js';
import { TerminalHost, type TerminalStreams } from './terminal-host.js';

const USAGE = `usage: tofu-aws-action <command> [--<input-name> <value>]... [--comment-file <path>] [--no-summary]

commands: ${COMMAND_NAMES.join(', ')}
flags are the inputs of action.yml, e.g.
  tofu-aws-action plan --working-directory infra/envs/staging
  tofu-aws-action plan --plan-json plan.json --plan-text plan.txt --comment-file comment.md
`;

export async function runCli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  streams: TerminalStreams = {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
  },
): Promise<number> {
  let args;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    streams.stderr(`error: ${errorMessage(error)}\n`);
    return 1;
  }
  if (args.help || args.command === undefined) {
    streams.stdout(USAGE);
    return args.help ? 0 : 1;
  }
  const host = new TerminalHost(
    args.inputs,
    { ...env },
    cwd,
    cancellationSignal(),
    streams,
    args.commentFile,
  );
  const ok = (await runCommand(host, 'main')) && (await runCommand(host, 'post'));
  host.printEpilogue({ summary: args.showSummary });
  return ok ? 0 : 1;
}
