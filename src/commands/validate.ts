import type { AnnotationProps } from '../github/host.js';
import { renderValidateSummary, type ValidateSummaryRow } from '../render/validate-summary.js';
import { tofuWords } from '../tofu/error-text.js';
import { earlyVarFileArgs, initArgs } from '../tofu/plan-pipeline.js';
import { repoPath } from '../tofu/repo-path.js';
import { runTofu } from '../tofu/run-tofu.js';
import {
  hasTofuFiles,
  readTofuSettings,
  resolveTofuBinary,
  type TofuSettings,
} from '../tofu/settings.js';
import {
  NotValidateJsonError,
  parseValidateJson,
  type ValidateDiagnostic,
  type ValidateResult,
} from '../tofu/validate-diagnostics.js';
import { ConfigurationError } from '../util/errors.js';
import type { CommandContext } from './command.js';

/**
 * `tofu init -backend=false`, then `tofu validate -json` (both with var-files, where tofu takes
 * them): one annotation per diagnostic at its file, line and column; counts as outputs; a
 * table in the step summary.
 */
export async function run(ctx: CommandContext): Promise<void> {
  const { host, inputs } = ctx;
  const settings = readTofuSettings(inputs, host);
  if (!hasTofuFiles(settings.workingDirectory)) {
    throw new ConfigurationError(
      `Input 'working-directory' is ${JSON.stringify(settings.workingDirectoryRelative)}: it holds no OpenTofu configuration (.tf, .tofu or .tf.json files), so there is nothing to validate.`,
    );
  }
  settings.binary = await resolveTofuBinary(ctx, settings);
  const tofu = (args: string[], stream: boolean) =>
    host.group(`tofu ${args.join(' ')}`, () =>
      runTofu({ binary: settings.binary, args, cwd: settings.workingDirectory, host, stream }),
    );

  const varFileArgs = await earlyVarFileArgs(settings, host);
  const init = await tofu(initArgs(settings, { backend: false, varFileArgs }), true);
  if (init.cancelled) throw new ConfigurationError('tofu init was cancelled.');
  if (init.exitCode !== 0) {
    throw new ConfigurationError(
      `tofu init -backend=false failed (exit ${init.exitCode}): ${tofuWords(init.stderr || init.stdout) || 'no output'}`,
    );
  }

  // The JSON is not streamed (it is one blob); its diagnostics become annotations instead.
  const validate = await tofu(['validate', '-json', ...varFileArgs], false);
  if (validate.cancelled) throw new ConfigurationError('tofu validate was cancelled.');
  if (validate.stderr.trim()) host.write(validate.stderr);
  let result: ValidateResult;
  try {
    result = parseValidateJson(validate.stdout);
  } catch (error) {
    if (!(error instanceof NotValidateJsonError)) throw error;
    const words = tofuWords(`${validate.stderr}\n${validate.stdout}`);
    throw new ConfigurationError(
      `tofu validate -json did not print its JSON result (exit ${validate.exitCode}): ${words || 'no output'}`,
    );
  }

  const rows: ValidateSummaryRow[] = [];
  for (const d of result.diagnostics) {
    const { props, location } = annotationFor(settings, d);
    const message = annotationMessage(d, props.file === undefined ? location : '');
    if (d.severity === 'error') host.error(message, props);
    else host.warning(message, props);
    rows.push({ severity: d.severity, summary: d.summary, location, detail: d.detail });
  }

  host.setOutput('valid', String(result.valid));
  host.setOutput('error-count', String(result.errorCount));
  host.setOutput('warning-count', String(result.warningCount));
  await host.appendSummary(
    renderValidateSummary({
      workingDirectory: settings.workingDirectoryRelative,
      valid: result.valid,
      errorCount: result.errorCount,
      warningCount: result.warningCount,
      rows,
    }),
  );
  host.info(
    result.valid
      ? `tofu validate: the configuration is valid (${result.warningCount} warning(s)).`
      : `tofu validate: ${result.errorCount} error(s), ${result.warningCount} warning(s).`,
  );
  if (!result.valid) {
    const first = result.diagnostics.find((d) => d.severity === 'error');
    throw new ConfigurationError(
      `tofu validate found ${result.errorCount} error(s) in ${settings.workingDirectoryRelative}${first ? `, the first: ${first.summary}` : ''} (see the annotations).`,
    );
  }
}

function annotationFor(
  settings: TofuSettings,
  d: ValidateDiagnostic,
): { props: AnnotationProps; location: string } {
  const props: AnnotationProps = { title: d.summary || 'tofu validate' };
  if (!d.range) return { props, location: '' };
  const file = repoPath(settings, d.range.filename);
  const location = `${file ?? d.range.filename}:${d.range.start.line}:${d.range.start.column}`;
  if (!file) return { props, location };
  props.file = file;
  props.startLine = d.range.start.line;
  props.endLine = d.range.end.line;
  // GitHub only honours columns on single-line annotations.
  if (d.range.start.line === d.range.end.line) {
    props.startColumn = d.range.start.column;
    props.endColumn = d.range.end.column;
  }
  return { props, location };
}

/** detail, then the code line the snippet points at (and where, when no file could be linked). */
function annotationMessage(d: ValidateDiagnostic, location: string): string {
  const parts = [d.detail || d.summary];
  if (d.snippet?.code.trim()) parts.push(`${d.snippet.startLine} | ${d.snippet.code.trim()}`);
  if (d.address) parts.push(`(${d.address})`);
  if (location) parts.push(`at ${location}`);
  return parts.join('\n\n');
}
