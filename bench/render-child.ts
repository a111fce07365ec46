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
import { encodeChangeSet, planChangeSet } from '../src/tofu/change-set-codec.js';
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
      // In plan's order: model, sensitive values, redaction of the text (only the redacted
      // text is kept), fingerprint, the change set for the marker, the step summary, the
      // comment's section and the comment. The texts are already redacted: plan passes no
      // secrets to the renderers.
      const model = planModelFromJson(json, 'bench');
      const secrets = collectSensitiveValues(json);
      const redacted = redact(readFileSync(textPath as string, 'utf8'), secrets);
      const fingerprint = fingerprintPlan(json);
      const selected = planChangeSet(json, secrets);
      const summary = renderPlanSummary({
        environment: 'bench',
        model,
        planText: redacted,
        budget: 400_000,
        fingerprint,
      });
      // The change set is compressed only where a comment is written (none from 300 changes up).
      const encoded = selected.set === undefined ? undefined : encodeChangeSet(selected.set);
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
}
process.stdout.write(
  JSON.stringify({ timings, maxRssBytes: process.resourceUsage().maxRSS * 1024 }),
);
