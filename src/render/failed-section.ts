import { escapeText } from './markdown.js';

export interface FailedPlanInput {
  environment: string;
  step: string;
  /** tofu's first error, one line. */
  error: string;
  /** tofu's output of the failed step (redacted), shown collapsed. */
  output?: string;
  budget: number;
}

/** The section of an environment whose plan failed: says so and shows the first error. */
export function renderFailedSection(input: FailedPlanInput): string {
  const head = [
    `### ❌ ${escapeText(input.environment)}: plan failed`,
    '',
    `\`tofu ${input.step}\` failed: ${escapeText(input.error)}`,
    '',
  ].join('\n');
  if (!input.output) return head;
  const room = input.budget - head.length - 200;
  if (room <= 0) return head;
  let output = input.output;
  let note = '';
  if (output.length > room) {
    output = output.slice(
      0,
      output.lastIndexOf('\n', room) > 0 ? output.lastIndexOf('\n', room) : room,
    );
    note = '\n_Output cut to fit; the whole output is in the job log._\n';
  }
  const fence = output.includes('```') ? '~~~~' : '```';
  return `${head}<details><summary>tofu output</summary>\n\n${fence}text\n${output}\n${fence}\n${note}</details>\n`;
}
