// scripts/infra/make-schema.mjs on a miniature .jsii manifest shaped like @cdktf/provider-aws's.
import { describe, expect, it } from 'vitest';
import { buildSchema, usedTypes } from '../../scripts/infra/make-schema.mjs';
import { loadSchema } from './tree.js';

const link = (kind: string, type: string, attr: string) =>
  `Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/${kind}/${type}#${attr} X#${attr}}`;
const prop = (name: string, attr: string, type: object, opts: { optional?: boolean; block?: boolean } = {}) => ({
  name,
  optional: opts.optional ?? true,
  type,
  docs: opts.block ? { summary: `${attr} block.`, remarks: link('resources', 'thing', attr) } : { summary: link('resources', 'thing', attr) },
});
const struct = (fqn: string) => ({ union: { types: [{ fqn: 'cdktf.IResolvable' }, { collection: { kind: 'array', elementtype: { fqn } } }] } });

const jsii = {
  types: {
    'p.thing.Thing': {
      kind: 'class',
      docs: { summary: 'Represents a {@link https://registry.terraform.io/providers/hashicorp/aws/6.25.0/docs/resources/thing aws_thing}.' },
      initializer: { parameters: [{ name: 'scope' }, { name: 'id' }, { name: 'config', type: { fqn: 'p.thing.ThingConfigA' } }] },
    },
    'p.thing.ThingConfigA': {
      kind: 'interface',
      interfaces: ['cdktf.TerraformMetaArguments'],
      properties: [
        prop('name', 'name', { primitive: 'string' }, { optional: false }),
        prop('tags', 'tags', { collection: { kind: 'map', elementtype: { primitive: 'string' } } }),
        prop('network', 'network', struct('p.thing.ThingNetwork')),
        prop('rule', 'rule', struct('p.thing.ThingRule'), { block: true, optional: false }),
        prop('timeouts', 'timeouts', { fqn: 'p.thing.ThingTimeouts' }, { block: true }),
      ],
    },
    'p.thing.ThingNetwork': { kind: 'interface', properties: [prop('subnets', 'subnets', { primitive: 'string' })] },
    'p.thing.ThingRule': { kind: 'interface', properties: [prop('port', 'port', { primitive: 'number' }, { optional: false })] },
    'p.thing.ThingTimeouts': { kind: 'interface', properties: [prop('create', 'create', { primitive: 'string' })] },
  },
};

describe('make-schema', () => {
  it('extracts arguments, required ones, blocks, single blocks and object-typed attributes', () => {
    expect(buildSchema(jsii)).toEqual({
      aws_thing: {
        args: ['name', 'tags'],
        required: ['name', 'rule'],
        blocks: {
          network: { args: ['subnets'], attr: true },
          rule: { args: ['port'], required: ['port'] },
          timeouts: { args: ['create'], max1: true },
        },
      },
    });
  });

  it('the committed schema holds every type the tree uses', () => {
    const schema = loadSchema();
    const missing = [...usedTypes()].filter((t) => !schema.schema[t]);
    expect(missing).toEqual([]);
  });
});
