import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generatePlan } from '../test/fixtures/generate-plan.js';
import { median } from './startup.js';

const root = resolve(import.meta.dirname, '..');

/**
 * The child runs as plain JavaScript bundled by ncc, as the action itself does: under a
 * TypeScript loader the baseline RSS would be the loader's, not the action's.
 */
function bundleChild(): string {
  const out = mkdtempSync(join(tmpdir(), 'bench-render-child-'));
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      join(root, 'bench/render-child.ts'),
      '-o',
      out,
      '-q',
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return join(out, 'index.js');
}

let child: string | undefined;

interface ChildResult {
  timings: Record<string, number>;
  maxRssBytes: number;
}

function measure(args: string[]): ChildResult {
  child ??= bundleChild();
  const out = execFileSync(process.execPath, [child, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out) as ChildResult;
}

export interface RenderRow {
  changes: number;
  fileBytes: number;
  parseMs: number;
  /** Model, sensitive values, fingerprint, comment and summary: everything after JSON.parse. */
  renderMs: number;
  /** renderMs / parseMs: the target is at most 2. */
  renderToParse: number;
  /** Parse and render together, against parse alone. */
  totalToParse: number;
  peakRssBytes: number;
  /** Peak RSS above an idle process's, per byte of plan file: the target is at most 5. */
  rssOverFile: number;
}

/** Renders generated plans of each size in fresh processes; medians of `runs`. */
export function benchRender(sizes: number[], runs: number): RenderRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'bench-render-'));
  const idle = median(Array.from({ length: 3 }, () => measure(['idle']).maxRssBytes));
  return sizes.map((changes) => {
    const { plan, text } = generatePlan(changes);
    const jsonPath = join(dir, `plan-${changes}.json`);
    const textPath = join(dir, `plan-${changes}.txt`);
    writeFileSync(jsonPath, JSON.stringify(plan));
    writeFileSync(textPath, text);
    const fileBytes = statSync(jsonPath).size;
    const parse: number[] = [];
    const render: number[] = [];
    const total: number[] = [];
    const rss: number[] = [];
    for (let i = 0; i < runs; i++) {
      parse.push(measure(['parse', jsonPath]).timings.parse as number);
      const r = measure(['render', jsonPath, textPath]);
      render.push(r.timings.render as number);
      total.push((r.timings.render as number) + (r.timings.parse as number));
      rss.push(r.maxRssBytes);
    }
    const parseMs = median(parse);
    const renderMs = median(render);
    const peakRssBytes = median(rss);
    return {
      changes,
      fileBytes,
      parseMs,
      renderMs,
      renderToParse: renderMs / parseMs,
      totalToParse: median(total) / parseMs,
      peakRssBytes,
      rssOverFile: (peakRssBytes - idle) / fileBytes,
    };
  });
}
