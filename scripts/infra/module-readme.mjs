// Regenerates the inputs/outputs tables of every infra/modules/*/README.md from the module's
// variables.tf and outputs.tf (parsed with @cdktf/hcl2json).
//
//   node scripts/infra/module-readme.mjs          rewrite the tables
//   node scripts/infra/module-readme.mjs --check  exit 1 when a README is stale
//
// The table sits between the markers below; everything else in the README is hand-written.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from '@cdktf/hcl2json';

const root = resolve(import.meta.dirname, '../..');
export const MODULES_DIR = join(root, 'infra/modules');
export const START = '<!-- module-docs:start -->';
export const END = '<!-- module-docs:end -->';

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ').trim();

/** "${map(string)}" -> map(string); plain values as HCL-ish JSON. */
function expr(value) {
  if (typeof value === 'string') {
    const m = /^\$\{([\s\S]*)\}$/.exec(value);
    return m ? m[1] : JSON.stringify(value);
  }
  return JSON.stringify(value);
}

async function blocksOf(dir, file, kind) {
  const path = join(dir, file);
  if (!existsSync(path)) return [];
  const json = await parse(file, readFileSync(path, 'utf8'));
  return Object.entries(json[kind] ?? {}).map(([name, bodies]) => [name, bodies[0] ?? {}]);
}

/** The markdown tables for one module directory. */
export async function renderModuleDocs(dir) {
  const variables = await blocksOf(dir, 'variables.tf', 'variable');
  const outputs = await blocksOf(dir, 'outputs.tf', 'output');
  const rows = ['## Inputs', '', '| name | type | required | default | description |', '| --- | --- | --- | --- | --- |'];
  for (const [name, v] of variables) {
    const required = !('default' in v);
    const def = required ? '' : `\`${cell(expr(v.default))}\``;
    const type = v.type === undefined ? 'any' : expr(v.type);
    const desc = `${v.description ?? ''}${v.sensitive ? ' (sensitive)' : ''}`;
    rows.push(`| \`${name}\` | \`${cell(type)}\` | ${required ? 'yes' : 'no'} | ${def} | ${cell(desc)} |`);
  }
  rows.push('', '## Outputs', '', '| name | sensitive | description |', '| --- | --- | --- |');
  for (const [name, o] of outputs) {
    rows.push(`| \`${name}\` | ${o.sensitive ? 'yes' : 'no'} | ${cell(o.description ?? '')} |`);
  }
  return rows.join('\n');
}

export function replaceTables(readme, tables) {
  const i = readme.indexOf(START);
  const j = readme.indexOf(END);
  if (i < 0 || j < i) return `${readme.trimEnd()}\n\n${START}\n${tables}\n${END}\n`;
  return `${readme.slice(0, i + START.length)}\n${tables}\n${readme.slice(j)}`;
}

export function moduleDirs() {
  return readdirSync(MODULES_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => join(MODULES_DIR, e.name))
    .sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const dir of moduleDirs()) {
    const path = join(dir, 'README.md');
    const before = existsSync(path) ? readFileSync(path, 'utf8') : `# ${dir.split('/').pop()}\n`;
    const after = replaceTables(before, await renderModuleDocs(dir));
    if (after === before) continue;
    stale++;
    if (check) console.error(`${path} is stale: run node scripts/infra/module-readme.mjs`);
    else writeFileSync(path, after);
  }
  if (check && stale) process.exit(1);
}
