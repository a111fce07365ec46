import { COMMAND_NAMES, parseCommandName } from '../commands/registry.js';
import { cancellationSignal } from '../github/signals.js';
import { runCommand } from '../run-command.js';
import { errorMessage } from '../util/errors.js';
import { parseCliArgs } from './args.js';
import { checkCommentFile } from './comment-file.js';
import { INPUT_KINDS } from './input-kinds.js';
import { TerminalHost, type TerminalStreams } from './terminal-host.js';

function wrap(words: readonly string[], indent: string, width = 96): string {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && indent.length + line.length + word.length + 1 > width) {
      lines.push(line);
      line = '';
    }
    line += line ? ` ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join('\n');
}

const USAGE = `usage: tofu-aws-action <command> [--<input-name> <value>]... [--comment-file <path>] [--no-summary]

commands: ${COMMAND_NAMES.join(', ')}
flags are the inputs of action.yml (a boolean one given bare is true; those marked * may be
repeated, one line each), e.g.
  tofu-aws-action plan --working-directory infra/envs/staging
  tofu-aws-action plan --plan-json plan.json --plan-text plan.txt --comment-file comment.md
inputs:
${wrap(
  Object.entries(INPUT_KINDS).map(([name, kind]) => `--${name}${kind === 'lines' ? '*' : ''}`),
  '  ',
)}
terminal flags: --comment-file <path> (write the comment there instead of stdout),
  --no-summary (do not print the step summary), --help
github-token defaults to the GITHUB_TOKEN environment variable.
`;

export async function runCli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  streams: TerminalStreams = {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
  },
  cancellation: AbortSignal = cancellationSignal(),
): Promise<number> {
  let args;
  try {
    args = parseCliArgs(argv);
    if (!args.help && args.command !== undefined) {
      parseCommandName(args.command);
      if (args.commentFile !== undefined) checkCommentFile(args.commentFile, cwd);
    }
  } catch (error) {
    streams.stderr(`error: ${errorMessage(error)}\n`);
    return 1;
  }
  if (args.help || args.command === undefined) {
    streams.stdout(USAGE);
    return args.help ? 0 : 1;
  }
  // A token given as a flag shows in ps and the shell history; the environment does not.
  const inputs = { ...args.inputs };
  if (inputs['github-token'] === undefined && env.GITHUB_TOKEN)
    inputs['github-token'] = env.GITHUB_TOKEN;
  const host = new TerminalHost(inputs, { ...env }, cwd, cancellation, streams, args.commentFile);
  if (inputs['github-token']) host.setSecret(inputs['github-token']);
  // The post step runs whatever main did, as the runner's post-if: always() does: it is where
  // a cancelled apply's lock is released and a docker login is undone.
  const main = await runCommand(host, 'main');
  const post = await runCommand(host, 'post');
  host.printEpilogue({ summary: args.showSummary });
  return main && post ? 0 : 1;
}
