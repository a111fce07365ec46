import { renderFmtSummary, type FmtSummaryFile } from '../render/fmt-summary.js';
import { hasFormattableFiles } from '../tofu/config-files.js';
import { tofuWords } from '../tofu/error-text.js';
import { parseFmtDiff } from '../tofu/fmt-diff.js';
import { repoPath } from '../tofu/repo-path.js';
import { runTofu } from '../tofu/run-tofu.js';
import { readTofuSettings, resolveTofuBinary, type TofuSettings } from '../tofu/settings.js';
import { parseTextDiagnostics } from '../tofu/text-diagnostics.js';
import type { Host } from '../github/host.js';
import { ConfigurationError } from '../util/errors.js';
import type { CommandContext } from './command.js';

/**
 * `tofu fmt -check -diff -recursive`: one annotation per unformatted file at its first changed
 * line, the diff in the step summary. `fix: true` rewrites the files instead and lists them.
 */
export async function run(ctx: CommandContext): Promise<void> {
  const { host, inputs } = ctx;
  const settings = readTofuSettings(inputs, host);
  const fix = inputs.bool('fix', false);
  const failOnUnformatted = inputs.bool('fail-on-unformatted', true);
  if (!hasFormattableFiles(settings.workingDirectory)) {
    throw new ConfigurationError(
      `Input 'working-directory' is ${JSON.stringify(settings.workingDirectoryRelative)}: it holds no OpenTofu files (.tf, .tofu, .tfvars, .tftest.hcl) in it or below it, so there is nothing to format.`,
    );
  }

  settings.binary = await resolveTofuBinary(ctx, settings, { versionFromDirectoriesBelow: true });

  const args = fix ? ['fmt', '-recursive', '-diff'] : ['fmt', '-check', '-diff', '-recursive'];
  const result = await host.group(`tofu ${args.join(' ')}`, () =>
    runTofu({ binary: settings.binary, args, cwd: settings.workingDirectory, host }),
  );
  if (result.cancelled) throw new ConfigurationError('tofu fmt was cancelled.');
  const unformatted = !fix && result.exitCode === 3;
  if (result.exitCode !== 0 && !unformatted) failWithTofuWords(host, settings, result);

  const files: FmtSummaryFile[] = parseFmtDiff(result.stdout).map((f) => ({
    path: repoPath(settings, f.path) ?? f.path,
    firstChangedLine: f.firstChangedLine,
    diff: f.diff,
  }));
  if (unformatted && files.length === 0) {
    // exit 3 always comes with the list; keep the verdict even if the output was lost.
    files.push({ path: settings.workingDirectoryRelative, firstChangedLine: 1, diff: '' });
  }

  for (const file of files) {
    const props = { title: 'tofu fmt', file: file.path, startLine: file.firstChangedLine };
    if (fix)
      host.notice(`Rewritten by tofu fmt (first change at line ${file.firstChangedLine}).`, props);
    else {
      const message = `Not formatted: tofu fmt changes this file from line ${file.firstChangedLine}. Run \`tofu fmt -recursive\` to fix it.`;
      if (failOnUnformatted) host.error(message, props);
      else host.warning(message, props);
    }
  }
  if (fix) {
    host.info(
      files.length
        ? `tofu fmt rewrote ${files.length} file(s):\n${files.map((f) => `  ${f.path}`).join('\n')}`
        : 'tofu fmt: every file was already formatted.',
    );
  }

  host.setOutput('unformatted-files', JSON.stringify(files.map((f) => f.path)));
  host.setOutput('formatted', String(files.length === 0));
  await host.appendSummary(
    renderFmtSummary({ workingDirectory: settings.workingDirectoryRelative, files, fixed: fix }),
  );

  if (!fix && files.length > 0 && failOnUnformatted) {
    const names = files.map((f) => f.path);
    const shown =
      names.slice(0, 10).join(', ') + (names.length > 10 ? `, and ${names.length - 10} more` : '');
    throw new ConfigurationError(
      `${names.length} file(s) not formatted: ${shown}. Run tofu fmt -recursive, set fix: true, or set fail-on-unformatted: false.`,
    );
  }
}

/** tofu fmt itself failed (a syntax error, a missing diff program): annotate and show its words. */
function failWithTofuWords(
  host: Host,
  settings: TofuSettings,
  result: { exitCode: number; stdout: string; stderr: string },
): never {
  const output = result.stderr.trim() ? result.stderr : result.stdout;
  for (const d of parseTextDiagnostics(output)) {
    const file = d.file === undefined ? undefined : repoPath(settings, d.file);
    if (!file) continue;
    const props = { title: `tofu fmt: ${d.summary}`, file, startLine: d.line };
    if (d.severity === 'error') host.error(d.detail || d.summary, props);
    else host.warning(d.detail || d.summary, props);
  }
  throw new ConfigurationError(
    `tofu fmt failed (exit ${result.exitCode}): ${tofuWords(output) || 'no output'}`,
  );
}
