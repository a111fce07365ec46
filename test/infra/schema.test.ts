// Every resource and data source of the infra tree against the hashicorp/aws 6.25 schema
// (test/infra/schema, made by scripts/infra/make-schema.mjs from @cdktf/provider-aws@21.22.1).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OTHER_PROVIDER_TYPES } from './other-providers.js';
import { checkBody, ignoredNames } from './schema-check.js';
import { blocks, loadSchema, loadTree, named, only, type Body, type SchemaBlock } from './tree.js';

const schema = loadSchema();
const tree = await loadTree();
const everything = tree.flatMap(blocks);
const key = (b: { mode: string; type: string }) => (b.mode === 'data' ? `data.${b.type}` : b.type);
const isAws = (b: { type: string }) => b.type.startsWith('aws_');
const all = everything.filter(isAws);
const others = everything.filter((b) => !isAws(b));

describe('provider schema', () => {
  it('is hashicorp/aws 6.25 with every resource and data source type', () => {
    expect(schema.$meta.provider_version).toBe('6.25.0');
    expect(schema.types.length).toBeGreaterThan(2000);
    expect(schema.types).toContain('aws_ecs_express_gateway_service');
  });

  it('covers every type the tree uses (else rerun scripts/infra/make-schema.mjs)', () => {
    const used = [...new Set(all.map(key))].sort();
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((t) => !schema.types.includes(t)), 'types unknown to hashicorp/aws 6.25').toEqual([]);
    expect(used.filter((t) => !schema.schema[t]), 'types missing from the committed schema').toEqual([]);
  });
});

describe('resources and data sources', () => {
  it.each(all.map((b) => [`${b.file}: ${key(b)}.${b.name}`, b] as const))('%s', (label, b) => {
    const s = schema.schema[key(b)] as SchemaBlock;
    expect(checkBody(b.body, s, label)).toEqual([]);
    const known = new Set([...s.args, ...Object.keys(s.blocks ?? {})]);
    expect(ignoredNames(b.body).filter((n) => !known.has(n)), 'lifecycle.ignore_changes names').toEqual([]);
  });
});

describe('resources of other providers', () => {
  it('are only the hand-described ones, and each module using one requires its provider', () => {
    expect(others.filter((b) => !OTHER_PROVIDER_TYPES[key(b)]).map((b) => `${b.file}: ${key(b)}`)).toEqual([]);
    for (const mod of tree) {
      const used = blocks(mod).filter((b) => !isAws(b));
      if (!used.length) continue;
      const terraform = only(mod.files.find((f) => f.name === 'versions.tf')?.json.terraform) as Body;
      const providers = only(terraform.required_providers) as Record<string, Body>;
      for (const b of used) {
        const source = OTHER_PROVIDER_TYPES[key(b)]?.provider;
        const local = b.type.split('_')[0] as string;
        expect(providers[local]?.source, `${mod.rel}: required_providers.${local}`).toBe(source);
      }
    }
  });

  it.each(others.map((b) => [`${b.file}: ${key(b)}.${b.name}`, b] as const))('%s', (label, b) => {
    const s = OTHER_PROVIDER_TYPES[key(b)]?.schema as SchemaBlock;
    expect(checkBody(b.body, s, label)).toEqual([]);
  });

  it('roots that call a module using another provider require it too', () => {
    const problems: string[] = [];
    for (const mod of tree.filter((m) => /^envs\/(staging|production)$/.test(m.rel))) {
      const terraform = only(mod.files.find((f) => f.name === 'versions.tf')?.json.terraform) as Body;
      const providers = only(terraform.required_providers) as Record<string, Body>;
      for (const call of named(mod, 'module').values()) {
        const target = tree.find((m) => m.abs === join(mod.abs, String(call.source)));
        for (const b of target ? blocks(target).filter((x) => !isAws(x)) : []) {
          const local = b.type.split('_')[0] as string;
          if (providers[local]?.source !== OTHER_PROVIDER_TYPES[key(b)]?.provider) problems.push(`${mod.rel}: ${local}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the schema check itself', () => {
  const bucket = schema.schema['aws_s3_bucket_versioning'] as SchemaBlock;
  const cluster = schema.schema['aws_ecs_express_gateway_service'] as SchemaBlock;

  it('accepts a correct body', () => {
    const body = { bucket: '${aws_s3_bucket.b.id}', versioning_configuration: [{ status: 'Enabled' }] };
    expect(checkBody(body, bucket, 'ok')).toEqual([]);
  });

  it('reports unknown arguments, missing required ones and blocks written as attributes', () => {
    expect(checkBody({ bucket: 'x', versioning_configuration: [{ status: 'Enabled' }], acl: 'private' }, bucket, 'a')).toEqual([
      'a: unknown argument or block "acl"',
    ]);
    expect(checkBody({ versioning_configuration: [{ status: 'Enabled' }] }, bucket, 'b')).toEqual(['b: missing required "bucket"']);
    expect(checkBody({ bucket: 'x', versioning_configuration: { status: 'Enabled' } }, bucket, 'c')[0]).toMatch(/is a block/);
    expect(checkBody({ bucket: 'x', versioning_configuration: [{ state: 'on' }] }, bucket, 'd')).toEqual([
      'd.versioning_configuration: unknown argument or block "state"',
      'd.versioning_configuration: missing required "status"',
    ]);
  });

  it('checks dynamic blocks and object-typed attributes', () => {
    const body = {
      execution_role_arn: 'x',
      infrastructure_role_arn: 'y',
      scaling_target: [{ min_task_count: 1, max_tasks: 3 }],
      primary_container: [{ image: 'i', dynamic: { secret: [{ for_each: '${var.s}', content: [{ name: 'a' }] }] } }],
    };
    expect(checkBody(body, cluster, 'e')).toEqual([
      'e.scaling_target: unknown argument or block "max_tasks"',
      'e.primary_container.secret: missing required "value_from"',
    ]);
  });
});
