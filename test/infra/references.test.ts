// Module calls pass only declared variables and every required one; every var., local., module.,
// resource and data reference resolves; tfvars set only declared variables.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '@cdktf/hcl2json';
import { blocks, loadTree, locals, named, strings, type Body, type ModuleDir } from './tree.js';

const tree = await loadTree();
const byPath = new Map(tree.map((m) => [m.abs, m]));
const CALL_META = new Set(['source', 'version', 'providers', 'count', 'for_each', 'depends_on']);

function target(mod: ModuleDir, call: Body): ModuleDir | undefined {
  return byPath.get(resolve(mod.abs, String(call.source)));
}

/** References in a module's expressions, as [kind, name, attribute?]. */
export function references(text: string): [string, string, string | undefined][] {
  const out: [string, string, string | undefined][] = [];
  const re = /(?<![\w.])(var|local|module|data)\.([A-Za-z_][\w-]*)(?:\[[^\]]*\])?(?:\.([A-Za-z_][\w-]*))?/g;
  for (const m of text.matchAll(re)) out.push([m[1] as string, m[2] as string, m[3]]);
  for (const m of text.matchAll(/(?<![\w.])(aws_[a-z0-9_]+)\.([A-Za-z_][\w-]*)/g)) {
    out.push(['resource', m[1] as string, m[2]]);
  }
  return out;
}

describe.each(tree.map((m) => [m.rel, m] as const))('%s', (_rel, mod) => {
  const calls = named(mod, 'module');

  it.each([...calls].map(([name, call]) => [name, call] as const))('module "%s" gets declared and required variables', (_n, call) => {
    const t = target(mod, call);
    expect(t, `source ${String(call.source)} resolves to a directory of the tree`).toBeDefined();
    const declared = named(t as ModuleDir, 'variable');
    const passed = Object.keys(call).filter((k) => !CALL_META.has(k));
    expect(passed.filter((k) => !declared.has(k)), 'undeclared variables passed').toEqual([]);
    const required = [...declared].filter(([, v]) => !('default' in v)).map(([k]) => k);
    expect(required.filter((k) => !passed.includes(k)), 'required variables not passed').toEqual([]);
  });

  it('every reference resolves', () => {
    const variables = named(mod, 'variable');
    const localNames = new Set(Object.keys(locals(mod)));
    const resources = new Set(blocks(mod).map((b) => `${b.mode}.${b.type}.${b.name}`));
    const problems: string[] = [];
    const exprs = mod.files.flatMap((f) => strings(f.json)).filter((s) => s.includes('${'));
    for (const text of exprs) {
      for (const [kind, name, attr] of references(text)) {
        if (kind === 'var' && !variables.has(name)) problems.push(`var.${name}`);
        if (kind === 'local' && !localNames.has(name)) problems.push(`local.${name}`);
        if (kind === 'resource' && !resources.has(`resource.${name}.${attr}`)) problems.push(`${name}.${attr}`);
        if (kind === 'data' && !resources.has(`data.${name}.${attr}`)) problems.push(`data.${name}.${attr}`);
        if (kind === 'module') {
          const call = calls.get(name);
          const t = call && target(mod, call);
          if (!t) problems.push(`module.${name}`);
          else if (attr && !named(t, 'output').has(attr)) problems.push(`module.${name}.${attr}`);
        }
      }
    }
    expect([...new Set(problems)], 'unresolved references').toEqual([]);
  });

  it('outputs that carry a sensitive module output are marked sensitive', () => {
    const problems: string[] = [];
    for (const [name, out] of named(mod, 'output')) {
      for (const [kind, callName, attr] of references(strings(out.value).join(' '))) {
        const call = kind === 'module' ? calls.get(callName) : undefined;
        const t = call && target(mod, call);
        const source = t && attr ? named(t, 'output').get(attr) : undefined;
        if (source?.sensitive === true && out.sensitive !== true) problems.push(`${name} (from module.${callName}.${attr})`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('environment variable files', () => {
  const envs = tree.filter((m) => /^envs\/(staging|production)$/.test(m.rel));

  it.each(envs.map((m) => [m.rel, m] as const))('%s: terraform.tfvars and .env set declared variables, and all required ones', async (_r, mod) => {
    const tfvars = (await parse('terraform.tfvars', readFileSync(join(mod.abs, 'terraform.tfvars'), 'utf8'))) as Body;
    const env = readFileSync(join(mod.abs, '.env'), 'utf8');
    const fromEnv = [...env.matchAll(/^TF_VAR_(\w+)=/gm)].map((m) => m[1] as string);
    const declared = named(mod, 'variable');
    const set = [...Object.keys(tfvars), ...fromEnv];
    expect(set.filter((k) => !declared.has(k))).toEqual([]);
    const required = [...declared].filter(([, v]) => !('default' in v)).map(([k]) => k);
    expect(required.filter((k) => !set.includes(k))).toEqual([]);
    expect(tfvars.environment).toBe(mod.rel.split('/')[1]);
  });
});

describe('the reference scanner', () => {
  it('finds variables, locals, module outputs, resources and data sources', () => {
    const refs = references('${one(module.api[*].url)} ${var.a} ${local.b[0]} ${aws_s3_bucket.x.arn} ${data.aws_region.current.region}');
    expect(refs).toEqual([
      ['module', 'api', 'url'],
      ['var', 'a', undefined],
      ['local', 'b', undefined],
      ['data', 'aws_region', 'current'],
      ['resource', 'aws_s3_bucket', 'x'],
    ]);
  });
});
