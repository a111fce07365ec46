// One measurement in a fresh process, so that its peak RSS is its own:
//   parse  <plan.json>               JSON.parse of the file
//   render <plan.json> <plan.txt>    everything plan does with it: parse, model, sensitive values,
//                                    fingerprint, the change set for the marker, the comment and
//                                    the step summary
//   idle                             a process that only starts (the RSS baseline)
import { readFileSync } from 'node:fs';
import {
  renderPlanComment,
  renderPlanSection,
  renderPlanSummary,
} from '../src/render/plan-comment.js';
import { encodePlanChangeSet } from '../src/tofu/change-set-codec.js';
import { fingerprintPlan } from '../src/tofu/fingerprint.js';
import { planModelFromJson } from '../src/tofu/plan-model.js';
import { collectSensitiveValues, redact } from '../src/tofu/sensitive.js';

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

if (mode === 'parse' || mode === 'render') {
  const json = parseFile(jsonPath as string);
  if (mode === 'render') {
    time('render', () => {
      const model = planModelFromJson(json, 'bench');
      const secrets = collectSensitiveValues(json);
      const fingerprint = fingerprintPlan(json);
      const marker = encodePlanChangeSet(json, secrets);
      // As plan does: only the redacted text is kept.
      const redacted = redact(readFileSync(textPath as string, 'utf8'), secrets);
      const section = renderPlanSection({
        environment: 'bench',
        model,
        planText: redacted,
        secrets,
        budget: 60_000,
      });
      const comment = renderPlanComment({
        marker: `<!-- bench ${marker.encoded ?? ''} -->`,
        sections: [section],
        footer: { fingerprint },
      });
      const summary = renderPlanSummary({
        environment: 'bench',
        model,
        planText: redacted,
        secrets,
        budget: 400_000,
        fingerprint,
      });
      return comment.length + summary.length;
    });
  }
}
process.stdout.write(
  JSON.stringify({ timings, maxRssBytes: process.resourceUsage().maxRSS * 1024 }),
);
