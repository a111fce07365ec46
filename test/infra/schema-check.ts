// Checks a resource or data source body (hcl2json form) against the provider schema: every
// argument and block must exist, blocks must be written as blocks, max-one blocks once, and every
// required argument or block must be present.
import type { Body, SchemaBlock } from './tree.js';

const META = new Set(['count', 'for_each', 'provider', 'depends_on', 'lifecycle', 'provisioner', 'connection']);

export function checkBody(body: Body, schema: SchemaBlock, path: string, top = true): string[] {
  const errors: string[] = [];
  const dynamic = (body.dynamic ?? {}) as Record<string, Body[]>;
  for (const [key, value] of Object.entries(body)) {
    if (top && META.has(key)) continue;
    if (key === 'dynamic') {
      for (const [name, defs] of Object.entries(dynamic)) {
        const block = schema.blocks?.[name];
        if (!block) {
          errors.push(`${path}: dynamic "${name}" is not a block of this type`);
          continue;
        }
        for (const def of defs) {
          for (const content of (def.content as Body[] | undefined) ?? []) {
            errors.push(...checkBody(content, block, `${path}.${name}`, false));
          }
        }
      }
      continue;
    }
    if (schema.args.includes(key)) continue;
    const block = schema.blocks?.[key];
    if (!block) {
      errors.push(`${path}: unknown argument or block "${key}"`);
      continue;
    }
    if (block.attr) {
      // An object-typed attribute: any expression; literal objects are checked field by field.
      const items = Array.isArray(value) ? value : [value];
      for (const item of items) {
        if (item && typeof item === 'object' && !Array.isArray(item)) {
          errors.push(...checkBody(item as Body, block, `${path}.${key}`, false));
        }
      }
      continue;
    }
    if (!Array.isArray(value)) {
      errors.push(`${path}: "${key}" is a block; write ${key} { ... } instead of ${key} = ...`);
      continue;
    }
    if (block.max1 && value.length > 1) errors.push(`${path}: block "${key}" may appear only once`);
    for (const item of value) errors.push(...checkBody(item as Body, block, `${path}.${key}`, false));
  }
  for (const req of schema.required ?? []) {
    if (!(req in body) && !(req in dynamic)) errors.push(`${path}: missing required "${req}"`);
  }
  return errors;
}

/** The first attribute name of each lifecycle.ignore_changes entry ("${a[0].b}" -> a). */
export function ignoredNames(body: Body): string[] {
  const lifecycle = (body.lifecycle as Body[] | undefined)?.[0];
  const list = lifecycle?.ignore_changes;
  const items = typeof list === 'string' ? [] : ((list as string[] | undefined) ?? []);
  return items.map((s) => s.replace(/^\$\{|\}$/g, '').split(/[.[]/)[0] ?? '');
}
