// One measurement in a fresh process, so that its peak RSS is its own:
//   parse  <plan.json>               JSON.parse of the file
//   render <plan.json> <plan.txt>    everything plan does with it, in plan's order: parse, model,
//                                    sensitive values, redaction, fingerprint, the change set for
//                                    the marker, the step summary and the comment
//   idle                             a process that only starts (the RSS baseline)
import { readFileSync } from 'node:fs';
import {
  renderPlanComment,
  renderPlanSection,
  renderPlanSummary,
} from '../src/render/plan-comment.js';
import { encodeChangeSet } from '../src/tofu/change-set-codec.js';
import { analysePlan } from '../src/tofu/plan-analysis.js';
import { redact } from '../src/tofu/sensitive.js';

const [mode, jsonPath, textPath] = process.argv.slice(2);
const timings: Record<string, number> = {};
const time = <T>(name: string, fn: () => T): T => {
  const start = process.hrtime.bigint();
  const value = fn();
  timings[name] = Number(process.hrtime.bigint() - start) / 1e6;
  return value;
};

/** As plan does: the file's text is dropped once parsed. Only JSON.parse is timed. */
function parseFile(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  return time('parse', () => JSON.parse(text) as unknown);
}

if (mode === 'parse') parseFile(jsonPath as string);
if (mode === 'render') render({ json: parseFile(jsonPath as string) });

/** As plan does, the parsed plan goes straight into the analysis and is not kept after it. */
function take(held: { json: unknown }): unknown {
  const json = held.json;
  held.json = undefined;
  return json;
}

function render(held: { json: unknown }): void {
  time('render', () => {
    // In plan's order (src/commands/plan.ts): the analysis (model, sensitive values,
    // fingerprint, the change set for the marker), redaction of the text read then (only the
    // redacted text is kept), the step summary, then what posting a comment adds: the
    // compressed change set, the comment's section and the comment.
    const { model, sensitive, fingerprint, changes } = analysePlan(take(held), 'bench', () => {});
    const redacted = redact(readFileSync(textPath as string, 'utf8'), sensitive);
    const summary = renderPlanSummary({
      environment: 'bench',
      model,
      planText: redacted,
      budget: 400_000,
      fingerprint,
    });
    // The change set is compressed only where a comment is written (none from 300 changes up).
    const encoded = changes.set === undefined ? undefined : encodeChangeSet(changes.set);
    const section = renderPlanSection({
      environment: 'bench',
      model,
      planText: redacted,
      budget: 60_000 - (encoded?.length ?? 0),
    });
    const comment = renderPlanComment({
      marker: `<!-- bench ${encoded ?? ''} -->`,
      sections: [section],
      footer: { fingerprint },
    });
    return comment.length + summary.length;
  });
}
process.stdout.write(
  JSON.stringify({ timings, maxRssBytes: process.resourceUsage().maxRSS * 1024 }),
);
