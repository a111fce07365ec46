// npm run bench: every number is a ratio measured in this one run on this machine.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { benchAssumeRoleStartup } from './assume-role.js';
import { benchEcsWait } from './ecs-wait.js';
import { benchRender } from './render.js';
import { benchPlanStartup } from './startup.js';

// The bench's plans, bundles and workspaces go under one directory, removed at the end.
const scratch = mkdtempSync(join(tmpdir(), 'tofu-aws-action-bench-'));
process.env.TMPDIR = scratch;
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

const quick = process.argv.includes('--quick');
// Start-up differences of a few milliseconds need many pairs on a shared machine.
const runs = quick ? 5 : 31;
const sizes = quick ? [1_000, 10_000] : [1_000, 10_000, 50_000];

const fmt = (n: number, digits = 2) => n.toFixed(digits);
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

console.log('start-up against bare `node -e 0` (medians, interleaved)…');
const planStartup = benchPlanStartup(runs);
const assumeRoleStartup = await benchAssumeRoleStartup(runs);
console.log('rendering generated plans in fresh processes…');
const render = benchRender(sizes, quick ? 1 : 5);
console.log('ECS wait against the SDK waiter on simulated rollouts…');
const ecsWait = await benchEcsWait();

const results = {
  machine: { node: process.version, platform: `${process.platform}/${process.arch}` },
  targets: { planStartup: 1.5, renderToParse: 2, rssOverFile: 5 },
  startup: {
    plan: planStartup,
    assumeRole: assumeRoleStartup,
  },
  render,
  ecsWait,
};
writeFileSync(
  resolve(import.meta.dirname, 'results.json'),
  `${JSON.stringify(results, null, 2)}\n`,
);

console.log(
  '\n| start-up | bare node | command | ratio (median of pairs) | middle half of ratios |\n| --- | --- | --- | --- | --- |',
);
for (const [name, r] of Object.entries(results.startup)) {
  console.log(
    `| ${name} | ${fmt(r.bareMs, 1)} ms | ${fmt(r.commandMs, 1)} ms | ${fmt(r.ratio)}× | ${fmt(r.ratioQuartiles[0])}–${fmt(r.ratioQuartiles[1])}× |`,
  );
}
console.log(
  '\n| changes | plan file | read + JSON.parse | plan reads it | render | render ÷ parse | the same, warm | peak RSS | RSS above idle ÷ file | parsed whole: ÷ parse, RSS ÷ file | in parts: ÷ parse, RSS ÷ file |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
);
for (const r of render) {
  console.log(
    `| ${r.changes.toLocaleString('en-US')} | ${mb(r.fileBytes)} | ${fmt(r.parseMs, 0)} ms | ${r.way === 'parts' ? 'in parts' : 'whole'} | ${fmt(r.renderMs, 0)} ms | ${fmt(r.renderToParse)}× | ${fmt(r.warmRenderToParse)}× | ${mb(r.peakRssBytes)} | ${fmt(r.rssOverFile)}× | ${fmt(r.whole.renderToParse)}×, ${fmt(r.whole.rssOverFile)}× | ${fmt(r.parts.renderToParse)}×, ${fmt(r.parts.rssOverFile)}× |`,
  );
}
console.log(
  '\n| rollout | expected | ours | right | s after decisive event | calls | SDK waiter | right | s after decisive event | calls |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
);
for (const r of ecsWait) {
  console.log(
    `| ${r.scenario} | ${r.expected} | ${r.ours.verdict} | ${r.ours.right ? 'yes' : 'NO'} | ${r.ours.secondsAfterDecisiveEvent} | ${r.ours.apiCalls} | ${r.sdk.verdict} | ${r.sdk.right ? 'yes' : 'NO'} | ${r.sdk.secondsAfterDecisiveEvent} | ${r.sdk.apiCalls} |`,
  );
}
console.log('\nwritten to bench/results.json');
