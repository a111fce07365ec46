// One measurement in a fresh process, so that its peak RSS is its own:
//   parse  <plan.json>               reading the file and JSON.parse of its text
//   render <plan.json> <plan.txt>    everything plan does with the file, in plan's order:
//                                    reading the plan (parsed whole, or part by part when
//                                    large), model, sensitive values, fingerprint, the change
//                                    set for the marker, redaction, the step summary and the
//                                    comment
//                                    (STREAM_FROM=<bytes> in the environment: where reading in
//                                    parts starts, as analysePlanFile's streamFrom)
//   warm   <plan.json> <plan.txt>    render twice in one process: `cold` is the first, `render`
//                                    the second, with our code compiled and optimised
//   idle                             a process that only starts (the RSS baseline)
import { readFileSync } from 'node:fs';
import {
  renderPlanComment,
  renderPlanSection,
  renderPlanSummary,
} from '../src/render/plan-comment.js';
import { encodeChangeSet } from '../src/tofu/change-set-codec.js';
import { analysePlanFile } from '../src/tofu/plan-analysis.js';
import { redact } from '../src/tofu/sensitive.js';

const [mode, jsonPath, textPath] = process.argv.slice(2);
const timings: Record<string, number> = {};
const time = async <T>(name: string, fn: () => T | Promise<T>): Promise<T> => {
  const start = process.hrtime.bigint();
  const value = await fn();
  timings[name] = Number(process.hrtime.bigint() - start) / 1e6;
  return value;
};
const streamFrom = process.env.STREAM_FROM ? Number(process.env.STREAM_FROM) : undefined;

if (mode === 'parse')
  await time('parse', () => JSON.parse(readFileSync(jsonPath as string, 'utf8')) as unknown);
if (mode === 'render') await time('render', render);
if (mode === 'warm') {
  await time('cold', render);
  await time('render', render);
}

async function render(): Promise<number> {
  // In plan's order (src/commands/plan.ts): the analysis (reading the plan, model, sensitive
  // values, fingerprint, the change set for the marker), redaction of the text read then
  // (only the redacted text is kept), the step summary, then what posting a comment adds: the
  // compressed change set, the comment's section and the comment.
  const { model, sensitive, fingerprint, changes } = await analysePlanFile(
    jsonPath as string,
    'bench',
    () => {},
    streamFrom,
  );
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
}

process.stdout.write(
  JSON.stringify({ timings, maxRssBytes: process.resourceUsage().maxRSS * 1024 }),
);
