import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RawPlan } from '../../src/tofu/plan-json-types.js';
import type { JsonPartsCounts, JsonPartsSizes } from '../../src/tofu/json-parts.js';
import { JsonSyntaxError, ReadWhole } from '../../src/tofu/json-read-errors.js';
import { streamPlanFile } from '../../src/tofu/plan-json-stream.js';
import { visitPlanTree, type PlanPartsVisitor } from '../../src/tofu/plan-parts.js';
import { generatePlan } from '../fixtures/generate-plan.js';
import { corpusPlans, plansDir } from '../fixtures/plan-files.js';
import { random } from '../fixtures/random.js';
import { tempFiles } from '../fixtures/temp-files.js';

const fileOf = tempFiles('plan-json-stream');

type Calls = Record<keyof PlanPartsVisitor, unknown[]>;

function recorder(): { visitor: PlanPartsVisitor; calls: Calls } {
  const calls: Calls = { resourceChange: [], drift: [], moduleResource: [] };
  return {
    calls,
    visitor: {
      resourceChange: (raw) => calls.resourceChange.push(raw),
      drift: (raw) => calls.drift.push(raw),
      moduleResource: (raw) => calls.moduleResource.push(raw),
    },
  };
}

function streamed(
  text: string | Buffer,
  sizes?: JsonPartsSizes,
): { head: RawPlan; calls: Calls; counts: JsonPartsCounts } {
  const { visitor, calls } = recorder();
  const counts = { guessedBatches: 0, refusedGuesses: 0, scannedBatches: 0 };
  const head = streamPlanFile(fileOf(text), visitor, sizes, counts);
  return { head, calls: inComparableOrder(calls), counts };
}

/** What walking the plan JSON.parse gives hands to the visitor. */
function walked(text: string): Calls {
  const { visitor, calls } = recorder();
  visitPlanTree(JSON.parse(text) as RawPlan, visitor);
  return inComparableOrder(calls);
}

/** Module resources in an order of their own: neither way promises one (plan-parts.ts). */
function inComparableOrder(calls: Calls): Calls {
  const text = (value: unknown) => JSON.stringify(value) ?? '';
  const moduleResource = [...calls.moduleResource].sort((a, b) =>
    text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0,
  );
  return { ...calls, moduleResource };
}

/** Small sizes, so that a small plan reaches every path: refills, drops, batches, guesses. */
const TINY: JsonPartsSizes[] = [
  { chunk: 1, batch: 1, guessWindow: 1 },
  { chunk: 7, batch: 40, guessWindow: 64 },
  { chunk: 4096, batch: 700, guessWindow: 2048 },
];

/** The head a streamed read should give: the plan less what it streams and drops. */
function expectedHead(text: string): unknown {
  const plan = JSON.parse(text) as Record<string, unknown>;
  const emptied = (module: unknown) => {
    if (!module || typeof module !== 'object') return module;
    const m = { ...(module as Record<string, unknown>) };
    if (Array.isArray(m.resources)) m.resources = [];
    if (Array.isArray(m.child_modules)) m.child_modules = [];
    return m;
  };
  const isObject = (v: unknown): v is Record<string, unknown> =>
    v !== null && typeof v === 'object' && !Array.isArray(v);
  const values = (v: unknown) => {
    if (!isObject(v)) return v;
    const out = { ...v };
    if ('root_module' in out && isObject(out.root_module))
      out.root_module = emptied(out.root_module);
    return out;
  };
  for (const key of ['resource_changes', 'resource_drift']) {
    if (Array.isArray(plan[key])) plan[key] = [];
  }
  if ('planned_values' in plan) plan.planned_values = values(plan.planned_values);
  const prior = plan.prior_state;
  if (isObject(prior)) {
    plan.prior_state = 'values' in prior ? { ...prior, values: values(prior.values) } : prior;
  }
  const config = plan.configuration;
  if (isObject(config)) {
    // Only the root module's output and variable declarations are kept, where it is an object.
    const root = config.root_module;
    if (!('root_module' in config)) plan.configuration = {};
    else if (!isObject(root)) plan.configuration = { root_module: root };
    else {
      const kept: Record<string, unknown> = {};
      if ('outputs' in root) kept.outputs = root.outputs;
      if ('variables' in root) kept.variables = root.variables;
      plan.configuration = { root_module: kept };
    }
  }
  delete plan.relevant_attributes;
  delete plan.checks;
  return plan;
}

function expectSameAsJsonParse(text: string, sizes?: JsonPartsSizes): void {
  const { head, calls } = streamed(text, sizes);
  expect(calls).toEqual(walked(text));
  expect(head).toEqual(expectedHead(text));
}

function fixturePlans(): { name: string; text: string }[] {
  const own = readdirSync(plansDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ name: f, text: readFileSync(join(plansDir, f), 'utf8') }));
  const corpus = corpusPlans().map((p) => ({
    name: p.name,
    text: readFileSync(p.jsonFile, 'utf8'),
  }));
  const generated = [1, 20, 150].map((n) => ({
    name: `generated ${n}`,
    text: JSON.stringify(generatePlan(n).plan),
  }));
  return [...own, ...corpus, ...generated];
}

/** A plan whose values hold what looks like a boundary between elements, and odd strings. */
function trickyPlan(): string {
  const change = (i: number) => ({
    address: `aws_thing.t["${i}"]`,
    mode: 'managed',
    type: 'aws_thing',
    name: 't',
    change: {
      actions: ['create'],
      before: null,
      after: {
        // Objects in a list whose first key is "address", as attribute values can be.
        endpoints: [
          { address: `10.0.0.${i}`, port: 80 },
          { address: `10.0.1.${i}`, port: 443 },
        ],
        note: `ends like a boundary },{"address":" and "quotes" \\ back\\slashes\\\\`,
        unicode: 'grüße € 😀 \u2028',
        escaped: '\u0000\u001f\t\n',
      },
      after_unknown: { id: true },
      before_sensitive: false,
      after_sensitive: { note: true },
    },
  });
  const plan = {
    format_version: '1.2',
    terraform_version: '1.9.0',
    planned_values: {
      // Keys and kept strings with escaped quotes and backslashes, read by the scanner itself.
      'we"ird\\key\\': 'a "quoted" \\ value\\',
      outputs: { o: { sensitive: true, value: 'secret-output' } },
      root_module: {
        resources: [{ address: 'a.b', values: { x: 'y' }, sensitive_values: { x: true } }],
        child_modules: [
          {
            address: 'module.m',
            resources: [{ address: 'module.m.a.b', values: { k: 'v' }, sensitive_values: {} }],
            child_modules: [
              {
                address: 'module.m.module.n',
                resources: [{ address: 'module.m.module.n.a.b', values: { deep: 'z' } }],
              },
            ],
          },
          7,
        ],
      },
    },
    resource_drift: [change(100)],
    resource_changes: Array.from({ length: 40 }, (_, i) => change(i)),
    output_changes: { o: { actions: ['create'], after: 'secret-output', after_sensitive: true } },
    prior_state: { format_version: '1.0', values: { root_module: { resources: [] } } },
    configuration: {
      provider_config: { aws: { name: 'aws' } },
      root_module: {
        outputs: { o: { sensitive: true } },
        variables: { v: { sensitive: true } },
        resources: [{ address: 'aws_thing.t', expressions: { a: { constant_value: 1 } } }],
      },
    },
    variables: { v: { value: 'var-secret' } },
    relevant_attributes: [{ resource: 'aws_thing.t', attribute: ['id'] }],
    checks: [],
    timestamp: 'ends in a backslash \\',
    errored: false,
  };
  return JSON.stringify(plan);
}

describe('streamPlanFile', () => {
  it('hands the visitor what walking JSON.parse of the plan gives, and keeps the rest', () => {
    for (const { name, text } of fixturePlans()) {
      try {
        expectSameAsJsonParse(text);
        // Pretty-printed JSON has no ELEMENT_BOUNDARY: every element is scanned.
        expectSameAsJsonParse(JSON.stringify(JSON.parse(text), null, 2));
        for (const sizes of TINY.slice(1)) expectSameAsJsonParse(text, sizes);
      } catch (error) {
        throw new Error(`${name}: ${(error as Error).message}`);
      }
    }
  });

  it('reads byte by byte, across chunks, batches and wrong guesses alike', () => {
    const text = trickyPlan();
    for (const sizes of TINY) expectSameAsJsonParse(text, sizes);
    // Its endpoint lists hold the boundary's bytes: some guesses land inside an element.
    const { counts } = streamed(text, TINY[2]);
    expect(counts.refusedGuesses).toBeGreaterThan(0);
    expect(counts.guessedBatches).toBeGreaterThan(0);
    const spaced = JSON.stringify(JSON.parse(text), null, '\t').replace(/\n/g, '\r\n ');
    expectSameAsJsonParse(spaced, TINY[1]);
    const { head, calls } = streamed(text);
    expect(calls.resourceChange).toHaveLength(40);
    expect(calls.moduleResource.map((r) => (r as { address: string }).address)).toEqual([
      'a.b',
      'module.m.a.b',
      'module.m.module.n.a.b',
    ]);
    // The configuration's expressions, relevant_attributes and checks are not kept.
    expect(head.configuration).toEqual({
      root_module: { outputs: { o: { sensitive: true } }, variables: { v: { sensitive: true } } },
    });
    expect(Object.keys(head)).not.toContain('relevant_attributes');
  });

  it('takes a large tofu plan in batches by its element boundaries, dropping what it read', () => {
    const { plan } = generatePlan(3000);
    const text = JSON.stringify(plan);
    const sizes: JsonPartsSizes = { chunk: 64 * 1024, batch: 16 * 1024, guessWindow: 16 * 1024 };
    let peak = 0;
    const before = process.memoryUsage().arrayBuffers;
    const { visitor, calls } = recorder();
    const sample = visitor.resourceChange;
    let n = 0;
    visitor.resourceChange = (raw) => {
      if (++n % 50 === 0) peak = Math.max(peak, process.memoryUsage().arrayBuffers - before);
      sample(raw);
    };
    const path = fileOf(text);
    const counts = { guessedBatches: 0, refusedGuesses: 0, scannedBatches: 0 };
    streamPlanFile(path, visitor, sizes, counts);
    expect(inComparableOrder(calls)).toEqual(walked(text));
    // tofu's compact output: nearly every batch ends at a guessed boundary, none scanned for it.
    expect(counts.guessedBatches).toBeGreaterThan(100);
    expect(counts.scannedBatches).toBeLessThan(counts.guessedBatches / 10);
    // Pretty-printed, there is no boundary to guess: every batch is scanned.
    const pretty = streamed(JSON.stringify(plan, null, 1), sizes).counts;
    expect(pretty.guessedBatches).toBe(0);
    expect(pretty.scannedBatches).toBeGreaterThan(100);
    // The file is about 4 MB; what is held of it at once is a few chunks.
    expect(text.length).toBeGreaterThan(3_500_000);
    expect(peak).toBeLessThan(1_000_000);
  });

  it('accepts a file exactly when JSON.parse accepts its text', () => {
    const text = trickyPlan();
    const accepts = (t: string | Buffer, sizes?: JsonPartsSizes) => {
      try {
        streamed(t, sizes);
        return true;
      } catch (error) {
        if (!(error instanceof JsonSyntaxError) && !(error instanceof ReadWhole)) throw error;
        return false;
      }
    };
    const parses = (t: string) => {
      try {
        JSON.parse(t);
        return true;
      } catch {
        return false;
      }
    };
    for (let cut = 0; cut < text.length; cut += 7) {
      expect(accepts(text.slice(0, cut), TINY[2])).toBe(false);
    }
    const next = random(20261207);
    const bytes = '{}[],:"\\ 0tfn-.eE\u0001x';
    for (let i = 0; i < 300; i++) {
      const at = next(text.length);
      // As the file holds it: a surrogate cut in two becomes U+FFFD.
      const mutated = Buffer.from(
        text.slice(0, at) + (bytes[next(bytes.length)] as string) + text.slice(at + 1),
      ).toString();
      const sizes = TINY[1 + next(TINY.length - 1)];
      const verdict = accepts(mutated, sizes);
      expect(verdict, `byte ${at} of the mutated plan`).toBe(parses(mutated));
      if (verdict) expectSameAsJsonParse(mutated, sizes);
    }
    for (const bad of [
      `${text} x`,
      `\ufeff${text}`,
      `${text}}`,
      '',
      '   ',
      '{"a":1,}',
      '{"a" 1}',
    ]) {
      expect(accepts(bad), JSON.stringify(bad.slice(-20))).toBe(false);
    }
  });

  it('says where the JSON is broken, as a byte offset into the file', () => {
    const missingComma = '{"format_version":"1.2","resource_changes":[{"a":1} {"b":2}]}';
    expect(() => streamed(missingComma)).toThrow(
      `Expected ',' or ']' after an array element at byte ${missingComma.indexOf('{"b"')}`,
    );
    const badValue = '{"format_version":"1.2","planned_values":{"outputs":{"x":tru}}}';
    expect(() => streamed(badValue)).toThrow(`in the value at byte ${badValue.indexOf('{"x"')}`);
    // Only the file's position is said, not JSON.parse's within the value.
    const pretty = `{"format_version": "1.2",\r\n "variables": {\r\n  "v": {"value": [1,\r\n 2 3]}}}`;
    const message = (() => {
      try {
        streamed(pretty);
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    expect(message).toMatch(/\(in the value at byte \d+\)$/);
    expect(message).not.toMatch(/position|line \d|\r|\n/);
  });

  it('refuses a key repeated where parts are read, which JSON.parse would read as the last one', () => {
    const text =
      '{"format_version":"1.2","resource_changes":[{"address":"a.a"}],"resource_changes":[{"address":"b.b"}]}';
    expect(() => streamed(text)).toThrow(ReadWhole);
    // A repeated key that is only kept is read as JSON.parse reads it: the last one counts.
    const kept = streamed('{"format_version":"1.0","format_version":"1.2","errored":true}');
    expect(kept.head).toEqual({ format_version: '1.2', errored: true });
  });

  it('reads child modules nested deeper than any configuration nests them whole', () => {
    const nested = (depth: number): unknown =>
      depth === 0
        ? {
            resources: [
              { address: 'leaf', values: { s: 'deep-secret' }, sensitive_values: { s: true } },
            ],
          }
        : { address: `m${depth}`, child_modules: [nested(depth - 1)] };
    const plan = (depth: number) =>
      JSON.stringify({ format_version: '1.2', planned_values: { root_module: nested(depth) } });
    expectSameAsJsonParse(plan(100));
    expect(() => streamed(plan(101))).toThrow(ReadWhole);
  });

  it('keeps a key named __proto__ as JSON.parse does: an own property, not the prototype', () => {
    const text = '{"__proto__":{"polluted":true},"format_version":"1.2","resource_changes":[]}';
    const { head } = streamed(text);
    expect(Object.hasOwn(head, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(head)).toBe(Object.prototype);
    expect((head as { polluted?: boolean }).polluted).toBeUndefined();
    expect(head).toEqual(JSON.parse(text));
  });

  it('gives JSON.parse what is not an object: not a plan, for the caller to say so', () => {
    expect(streamed(' [1,2] ').head).toEqual([1, 2]);
    expect(streamed('null').head).toBeNull();
    expect(() => streamed('[1,2')).toThrow(JsonSyntaxError);
  });

  it('decodes UTF-8 split across chunks', () => {
    const text = JSON.stringify({
      format_version: '1.2',
      resource_changes: [{ address: 'a.ü€😀', change: { after: { v: '😀'.repeat(50) } } }],
      variables: { ключ: { value: 'значение' } },
    });
    for (const sizes of TINY) expectSameAsJsonParse(text, sizes);
    expect(streamed(Buffer.from(text), TINY[0]).head.variables).toEqual({
      ключ: { value: 'значение' },
    });
  });
});
