// Loads the reference infra tree (infra/) with HashiCorp's HCL parser (@cdktf/hcl2json) for the
// checks in test/infra: one ModuleDir per directory holding .tf files.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from '@cdktf/hcl2json';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const infraRoot = join(repoRoot, 'infra');

/** hcl2json output of one file: blocks as objects of arrays, expressions as "${...}" strings. */
export type HclJson = Record<string, unknown>;
export type Body = Record<string, unknown>;

export interface ModuleDir {
  /** Path relative to infra/, e.g. modules/network. */
  rel: string;
  abs: string;
  files: { name: string; text: string; json: HclJson }[];
}

/** Every file under infra/ whose name matches, relative to the repository root. */
export function filesUnder(dir: string, match: RegExp): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === '.terraform' || e.name === 'node_modules') continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (match.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

let cache: Promise<ModuleDir[]> | undefined;

/** All directories of infra/ with .tf files, parsed once per test file. */
export function loadTree(): Promise<ModuleDir[]> {
  cache ??= (async () => {
    const byDir = new Map<string, ModuleDir>();
    for (const abs of filesUnder(infraRoot, /\.tf$/)) {
      const dir = dirname(abs);
      let mod = byDir.get(dir);
      if (!mod) {
        mod = { rel: relative(infraRoot, dir), abs: dir, files: [] };
        byDir.set(dir, mod);
      }
      const text = readFileSync(abs, 'utf8');
      const name = abs.slice(dir.length + 1);
      mod.files.push({ name, text, json: (await parse(name, text)) as HclJson });
    }
    return [...byDir.values()].sort((a, b) => a.rel.localeCompare(b.rel));
  })();
  return cache;
}

/** Named blocks of one kind (variable, output, module, provider) across a module's files. */
export function named(mod: ModuleDir, kind: string): Map<string, Body> {
  const out = new Map<string, Body>();
  for (const f of mod.files) {
    const group = f.json[kind] as Record<string, Body[]> | undefined;
    for (const [name, bodies] of Object.entries(group ?? {})) {
      for (const body of bodies) out.set(name, body);
    }
  }
  return out;
}

export interface Block {
  mode: 'resource' | 'data';
  type: string;
  name: string;
  body: Body;
  file: string;
}

/** Resources and data sources of a module. */
export function blocks(mod: ModuleDir): Block[] {
  const out: Block[] = [];
  for (const f of mod.files) {
    for (const mode of ['resource', 'data'] as const) {
      const group = f.json[mode] as Record<string, Record<string, Body[]>> | undefined;
      for (const [type, byName] of Object.entries(group ?? {})) {
        for (const [name, bodies] of Object.entries(byName)) {
          for (const body of bodies) out.push({ mode, type, name, body, file: `${mod.rel}/${f.name}` });
        }
      }
    }
  }
  return out;
}

/** Locals of a module (all locals blocks merged). */
export function locals(mod: ModuleDir): Body {
  const out: Body = {};
  for (const f of mod.files) {
    for (const block of (f.json.locals as Body[] | undefined) ?? []) Object.assign(out, block);
  }
  return out;
}

/** Every string in a value (expressions come out of hcl2json as "${...}" strings). */
export function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** The single value of a one-element block list, e.g. body.lifecycle -> its body. */
export function only(value: unknown): Body | undefined {
  return Array.isArray(value) && value.length === 1 ? (value[0] as Body) : undefined;
}

export interface SchemaBlock {
  args: string[];
  required?: string[];
  blocks?: Record<string, SchemaBlock & { max1?: boolean; attr?: boolean }>;
}

export interface ProviderSchema {
  $meta: { provider_version: string };
  /** Every resource (aws_x) and data source (data.aws_x) type of the provider. */
  types: string[];
  /** Arguments and blocks of the types infra/ uses. */
  schema: Record<string, SchemaBlock>;
}

export function loadSchema(): ProviderSchema {
  const gz = readFileSync(join(repoRoot, 'test/infra/schema/aws-6.25.json.gz'));
  return JSON.parse(gunzipSync(gz).toString('utf8')) as ProviderSchema;
}
