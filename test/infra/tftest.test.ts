// The modules' OpenTofu tests (*.tftest.hcl) against the grammar OpenTofu's `tofu test` accepts,
// so that what the project's GitHub CI runs with the real tofu is not first found broken there.
// OpenTofu decodes these files strictly: an argument it does not know (for example Terraform's
// `override_during`) is an error, not a warning. Its mock providers fill computed values during
// plan as well as apply, so OpenTofu needs no such switch.
import { readFileSync } from 'node:fs';
import { basename, dirname, relative } from 'node:path';
import { parse } from '@cdktf/hcl2json';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesUnder, infraRoot, loadSchema, loadTree, type Body, type ModuleDir } from './tree.js';

/** What OpenTofu's test file decoder accepts: attribute names, then block types. */
const GRAMMAR: Record<string, { attrs: string[]; blocks: string[] }> = {
  file: {
    attrs: [],
    blocks: [
      'run',
      'provider',
      'variables',
      'mock_provider',
      'override_resource',
      'override_data',
      'override_module',
    ],
  },
  run: {
    attrs: ['command', 'providers', 'expect_failures'],
    blocks: [
      'plan_options',
      'assert',
      'variables',
      'module',
      'override_resource',
      'override_data',
      'override_module',
    ],
  },
  mock_provider: {
    attrs: ['alias'],
    blocks: ['mock_resource', 'mock_data', 'override_resource', 'override_data'],
  },
  mock_resource: { attrs: ['defaults'], blocks: [] },
  override_resource: { attrs: ['target', 'values'], blocks: [] },
  override_module: { attrs: ['target', 'outputs'], blocks: [] },
  assert: { attrs: ['condition', 'error_message'], blocks: [] },
  plan_options: { attrs: ['mode', 'refresh', 'replace', 'target'], blocks: [] },
};

/** Names in a body that the grammar does not allow, as `where: name`. */
function unknownNames(body: Body, kind: string, where: string): string[] {
  const grammar = GRAMMAR[kind];
  if (!grammar) return [];
  const out: string[] = [];
  for (const [key, value] of Object.entries(body)) {
    if (grammar.attrs.includes(key)) continue;
    if (!grammar.blocks.includes(key)) {
      out.push(`${where}: "${key}" is not allowed in ${kind}`);
      continue;
    }
    const child =
      key === 'mock_data' ? 'mock_resource' : key === 'override_data' ? 'override_resource' : key;
    // labelled blocks come out as { label: [bodies] }, unlabelled ones as [bodies]
    const groups = Array.isArray(value)
      ? [[key, value] as const]
      : Object.entries(value as Record<string, Body[]>).map(
          ([label, bodies]) => [`${key}.${label}`, bodies] as const,
        );
    for (const [name, bodies] of groups) {
      for (const b of bodies as Body[]) out.push(...unknownNames(b, child, `${where} ${name}`));
    }
  }
  return out;
}

interface TestFile {
  rel: string;
  module: ModuleDir;
  json: Body;
}

const schema = loadSchema();
let files: TestFile[] = [];

beforeAll(async () => {
  const tree = await loadTree();
  files = await Promise.all(
    filesUnder(infraRoot, /\.tftest\.hcl$/).map(async (abs) => {
      const dir = basename(dirname(abs)) === 'tests' ? dirname(dirname(abs)) : dirname(abs);
      const module = tree.find((m) => m.abs === dir) as ModuleDir;
      const text = readFileSync(abs, 'utf8');
      return { rel: relative(infraRoot, abs), module, json: (await parse(abs, text)) as Body };
    }),
  );
});

function mockProviders(file: TestFile): Body[] {
  return Object.values((file.json.mock_provider ?? {}) as Record<string, Body[]>).flat();
}

describe('OpenTofu test files (*.tftest.hcl)', () => {
  it('exist, each beside a module', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(f.module, f.rel).toBeDefined();
  });

  it('use only what OpenTofu test files allow', () => {
    const errors = files.flatMap((f) => unknownNames(f.json, 'file', f.rel));
    expect(errors).toEqual([]);
  });

  it('catches a Terraform-only argument (the check is really running)', async () => {
    const json = (await parse(
      'x.tftest.hcl',
      'mock_provider "aws" {\n  mock_resource "aws_s3_bucket" {\n    override_during = plan\n    defaults = {}\n  }\n}\n',
    )) as Body;
    expect(unknownNames(json, 'file', 'x')).toEqual([
      'x mock_provider.aws mock_resource.aws_s3_bucket: "override_during" is not allowed in mock_resource',
    ]);
  });

  it('run blocks say plan or apply', () => {
    for (const f of files) {
      for (const [name, runs] of Object.entries((f.json.run ?? {}) as Record<string, Body[]>)) {
        for (const run of runs) {
          if ('command' in run) expect(run.command, `${f.rel} run.${name}`).toMatch(/^\$\{(plan|apply)\}$/);
        }
      }
    }
  });

  it('mock only resource and data source types the AWS provider has', () => {
    const types = new Set(schema.types);
    const errors: string[] = [];
    for (const f of files) {
      for (const mock of mockProviders(f)) {
        for (const type of Object.keys((mock.mock_resource ?? {}) as Body)) {
          if (!types.has(type)) errors.push(`${f.rel}: mock_resource "${type}"`);
        }
        for (const type of Object.keys((mock.mock_data ?? {}) as Body)) {
          if (!types.has(`data.${type}`)) errors.push(`${f.rel}: mock_data "${type}"`);
        }
      }
    }
    expect(errors).toEqual([]);
  });

  it("give every provider alias the module declares (configuration_aliases) a mock", () => {
    const errors: string[] = [];
    for (const f of files) {
      const declared = f.module.files
        .flatMap((file) => JSON.stringify(file.json.terraform ?? '').match(/\$\{aws\.[a-z0-9_]+\}/g) ?? [])
        .map((ref) => ref.slice(6, -1));
      const mocked = mockProviders(f).map((m) => m.alias).filter((a) => typeof a === 'string');
      const configured = Object.values((f.json.provider ?? {}) as Record<string, Body[]>)
        .flat()
        .map((p) => p.alias);
      for (const alias of declared) {
        if (!mocked.includes(alias) && !configured.includes(alias)) {
          errors.push(`${f.rel}: no mock_provider "aws" { alias = "${alias}" }`);
        }
      }
    }
    expect(errors).toEqual([]);
  });
});
