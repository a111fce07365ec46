// Builds the hashicorp/aws 6.25 argument/block schema that test/infra checks the infra tree against.
//
//   node scripts/infra/make-schema.mjs [--jsii <path to .jsii>] [--full <out.json.gz>]
//
// Source: the npm package @cdktf/provider-aws@21.22.1, prebuilt bindings generated from
// hashicorp/aws 6.25.0. Without --jsii the script runs `npm pack @cdktf/provider-aws@21.22.1` into a
// temporary directory (the package is never a dependency of this project) and reads its `.jsii`
// type manifest: each resource's <Name>Config interface, its nested struct interfaces, which
// properties are optional, and the registry links in the docs that carry the snake_case names.
// Nested properties documented as "<name> block." are blocks; others are object-typed attributes.
//
// Output (committed, small): test/infra/schema/aws-6.25.json.gz =
//   { $meta, types: [every resource and data source type], schema: { <type used in infra/>: {...} } }
// Only the types the infra tree uses carry their arguments; every type name is kept so that the
// checks can tell "no such type" from "schema not regenerated". Rerun after using a new type.
// --full writes the whole schema too (for comparison or other uses; not committed).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const PACKAGE = '@cdktf/provider-aws@21.22.1';
const PROVIDER_VERSION = '6.25.0';
const root = resolve(import.meta.dirname, '../..');
export const SCHEMA_PATH = join(root, 'test/infra/schema/aws-6.25.json.gz');

const LINK = /registry\.terraform\.io\/providers\/hashicorp\/aws\/[^/]+\/docs\/(resources|data-sources)\/([a-z0-9_]+)#([a-z0-9_]+)/;

function linkOf(prop) {
  const text = `${prop.docs?.summary ?? ''} ${prop.docs?.remarks ?? ''}`;
  const m = LINK.exec(text);
  return m ? { kind: m[1], type: m[2], name: m[3] } : undefined;
}

/** The struct a property nests (single object or list/set of objects), or undefined for plain values. */
function nestedOf(type) {
  if (type.fqn && !type.fqn.startsWith('cdktf.')) return { fqn: type.fqn, single: true };
  if (type.collection?.elementtype?.fqn && !type.collection.elementtype.fqn.startsWith('cdktf.')) {
    return { fqn: type.collection.elementtype.fqn, single: false };
  }
  for (const t of type.union?.types ?? []) {
    const n = nestedOf(t);
    if (n) return n;
  }
  return undefined;
}

function describe(types, fqn, seen = new Set()) {
  const iface = types[fqn];
  if (!iface || seen.has(fqn)) return { args: [] };
  seen.add(fqn);
  const args = [];
  const required = [];
  const blocks = {};
  for (const prop of iface.properties ?? []) {
    const link = linkOf(prop);
    if (!link) continue;
    const nested = nestedOf(prop.type);
    if (nested && types[nested.fqn]?.kind === 'interface') {
      const block = describe(types, nested.fqn, new Set(seen));
      if (nested.single) block.max1 = true;
      if (!/ block\.$/.test(prop.docs?.summary ?? '')) block.attr = true;
      blocks[link.name] = block;
    } else {
      args.push(link.name);
    }
    if (!prop.optional) required.push(link.name);
  }
  const out = { args: args.sort() };
  if (required.length) out.required = required.sort();
  if (Object.keys(blocks).length) {
    out.blocks = Object.fromEntries(Object.keys(blocks).sort().map((k) => [k, blocks[k]]));
  }
  return out;
}

export function buildSchema(jsii) {
  const types = jsii.types;
  const schema = {};
  for (const cls of Object.values(types)) {
    // Each resource class documents its type ("Represents a {@link https://…/docs/resources/x aws_x}")
    // and takes its <Name>Config interface as the constructor's `config` parameter.
    if (cls.kind !== 'class') continue;
    const m = /\/docs\/(resources|data-sources)\/[a-z0-9_]+ (aws_[a-z0-9_]+)\}/.exec(cls.docs?.summary ?? '');
    if (!m) continue;
    const config = cls.initializer?.parameters?.find((p) => p.name === 'config');
    const fqn = config?.type?.fqn;
    if (!fqn) continue;
    const key = `${m[1] === 'data-sources' ? 'data.' : ''}${m[2]}`;
    schema[key] = describe(types, fqn);
  }
  return Object.fromEntries(Object.keys(schema).sort().map((k) => [k, schema[k]]));
}

/** Resource and data source types referenced by the .tf files under infra/. */
export function usedTypes(dir = join(root, 'infra')) {
  const used = new Set();
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tf$|\.tftest\.hcl$/.test(e.name)) {
        const text = readFileSync(p, 'utf8');
        for (const m of text.matchAll(/^\s*(resource|data)\s+"(aws_[a-z0-9_]+)"/gm)) {
          used.add(m[1] === 'data' ? `data.${m[2]}` : m[2]);
        }
        for (const m of text.matchAll(/^\s*(?:override_resource|mock_resource)\s*"?(aws_[a-z0-9_]+)/gm)) {
          used.add(m[1]);
        }
      }
    }
  };
  walk(dir);
  return used;
}

function loadJsii(path) {
  if (path) return JSON.parse(readFileSync(path, 'utf8'));
  const tmp = mkdtempSync(join(tmpdir(), 'provider-aws-'));
  try {
    execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: tmp, stdio: ['ignore', 'pipe', 'inherit'] });
    const tgz = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
    if (!tgz) throw new Error(`npm pack ${PACKAGE} produced no tarball`);
    execFileSync('tar', ['xzf', tgz, 'package/.jsii'], { cwd: tmp });
    return JSON.parse(readFileSync(join(tmp, 'package/.jsii'), 'utf8'));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const jsii = loadJsii(arg('--jsii'));
  const full = buildSchema(jsii);
  const names = Object.keys(full);
  const meta = {
    provider: 'hashicorp/aws',
    provider_version: PROVIDER_VERSION,
    source: `${PACKAGE} (.jsii)`,
    resources: names.filter((n) => !n.startsWith('data.')).length,
    data_sources: names.filter((n) => n.startsWith('data.')).length,
    note: 'types = every resource (aws_*) and data source (data.aws_*); schema = the types infra/ uses. args excludes blocks; blocks[*].max1 = single nested object; blocks[*].attr = object-typed attribute (assigned with =)',
  };
  const fullOut = arg('--full');
  if (fullOut) writeFileSync(fullOut, gzipSync(JSON.stringify({ $meta: meta, ...full })));
  const used = [...usedTypes()].sort();
  const missing = used.filter((t) => !full[t]);
  if (missing.length) console.error(`not in hashicorp/aws ${PROVIDER_VERSION}: ${missing.join(', ')}`);
  const schema = Object.fromEntries(used.filter((t) => full[t]).map((t) => [t, full[t]]));
  mkdirSync(dirname(SCHEMA_PATH), { recursive: true });
  const json = JSON.stringify({ $meta: meta, types: names, schema });
  writeFileSync(SCHEMA_PATH, gzipSync(json, { level: 9 }));
  console.log(
    `${SCHEMA_PATH}: ${names.length} types, ${used.length} used (${missing.length} unknown), ${gzipSync(json, { level: 9 }).length} bytes`,
  );
}
