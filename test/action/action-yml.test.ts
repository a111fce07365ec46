import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
// @ts-expect-error plain ESM script without types
import { updateReadme } from '../../scripts/readme-table.mjs';
import { COMMAND_NAMES } from '../../src/commands/registry.js';

const root = resolve(import.meta.dirname, '../..');
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { required?: boolean; default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string; post: string };
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

const sources = sourceFiles(join(root, 'src')).join('\n');
const read = new Set(
  [
    ...sources.matchAll(
      /\binputs\.(?:string|required|bool|optionalBool|list|lines|oneOf|duration|int)\(\s*'([a-z0-9-]+)'/g,
    ),
  ].map((m) => m[1] as string),
);
const set = new Set(
  [...sources.matchAll(/\bsetOutput\(\s*'([a-z0-9-]+)'/g)].map((m) => m[1] as string),
);

describe('action.yml', () => {
  it('runs on node24 with main and post bundles', () => {
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'dist/main/index.js',
      post: 'dist/post/index.js',
    });
  });

  it('declares every input the code reads, and the code reads every declared input', () => {
    const declared = new Set(Object.keys(action.inputs));
    expect([...read].filter((n) => !declared.has(n)).sort()).toEqual([]);
    expect([...declared].filter((n) => !read.has(n)).sort()).toEqual([]);
  });

  it('declares every output the code sets, and the code sets every declared output', () => {
    const declared = new Set(Object.keys(action.outputs));
    expect([...set].filter((n) => !declared.has(n)).sort()).toEqual([]);
    expect([...declared].filter((n) => !set.has(n)).sort()).toEqual([]);
  });

  it('lists every command in the description of the command input', () => {
    for (const name of COMMAND_NAMES) expect(JSON.stringify(action.inputs.command)).toContain(name);
  });

  it('has an up-to-date inputs/outputs table in README.md', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const yml = readFileSync(join(root, 'action.yml'), 'utf8');
    expect(updateReadme(readme, yml), 'run npm run readme').toBe(readme);
  });

  it('starts README.md with exactly the two set-up commands', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const block = /```sh\n([\s\S]*?)```/.exec(readme)?.[1]?.trim().split('\n');
    expect(block).toEqual(['npm ci && npm start', 'npm test']);
  });
});
