import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { STREAM_FROM_BYTES } from '../src/tofu/plan-analysis.js';
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

function measure(args: string[], env: NodeJS.ProcessEnv = process.env): ChildResult {
  child ??= bundleChild();
  const out = execFileSync(process.execPath, [child, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    env,
  });
  return JSON.parse(out) as ChildResult;
}

/** One way of reading the plan, measured in fresh processes. */
export interface RenderWay {
  /** Everything plan does with the plan file, in a fresh process (its first run, cold). */
  renderMs: number;
  /** Render ÷ parse, the median of each run's ratio: the target is at most 2. */
  renderToParse: number;
  peakRssBytes: number;
  /** Peak RSS above an idle process's, per byte of plan file: the target is at most 5. */
  rssOverFile: number;
}

export interface RenderRow extends RenderWay {
  changes: number;
  fileBytes: number;
  /** Reading the file and JSON.parse of its text, in a fresh process. */
  parseMs: number;
  /** How the action reads a plan of this size (analysePlanFile): the row's own numbers. */
  way: 'whole' | 'parts';
  /** The same render run a second time in the same process (compiled, optimised) ÷ parseMs. */
  warmRenderToParse: number;
  /** Both ways at this size, whichever the action takes (where STREAM_FROM_BYTES is set). */
  whole: RenderWay;
  parts: RenderWay;
}

/** Renders generated plans of each size in fresh processes; medians of `runs`, interleaved. */
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
    const warm: number[] = [];
    const runsOf: Record<'whole' | 'parts', ChildResult[]> = { whole: [], parts: [] };
    for (let i = 0; i < runs; i++) {
      parse.push(measure(['parse', jsonPath]).timings.parse as number);
      for (const way of ['whole', 'parts'] as const) {
        const env = { ...process.env, STREAM_FROM: way === 'whole' ? '1e15' : '0' };
        runsOf[way].push(measure(['render', jsonPath, textPath], env));
      }
      warm.push(measure(['warm', jsonPath, textPath]).timings.render as number);
    }
    const parseMs = median(parse);
    // Each render is divided by the parse measured just before it, as the machine was then.
    const ratio = (ms: number[]) => median(ms.map((m, i) => m / (parse[i] as number)));
    const wayOf = (results: ChildResult[]): RenderWay => {
      const renderMs = results.map((r) => r.timings.render as number);
      const peakRssBytes = median(results.map((r) => r.maxRssBytes));
      return {
        renderMs: median(renderMs),
        renderToParse: ratio(renderMs),
        peakRssBytes,
        rssOverFile: (peakRssBytes - idle) / fileBytes,
      };
    };
    const whole = wayOf(runsOf.whole);
    const parts = wayOf(runsOf.parts);
    const way = fileBytes >= STREAM_FROM_BYTES ? 'parts' : 'whole';
    return {
      changes,
      fileBytes,
      parseMs,
      way,
      ...(way === 'parts' ? parts : whole),
      warmRenderToParse: ratio(warm),
      whole,
      parts,
    };
  });
}
