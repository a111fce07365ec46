// Module conventions: files, typed and described variables, described outputs, pinned versions,
// generated README tables, OpenTofu tests with mock providers.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderModuleDocs, replaceTables } from '../../scripts/infra/module-readme.mjs';
import { loadTree, named, only, type Body } from './tree.js';

const tree = await loadTree();
const modules = tree.filter((m) => m.rel.startsWith('modules/'));

describe.each(modules.map((m) => [m.rel, m] as const))('%s', (_rel, mod) => {
  it('has main.tf, variables.tf, outputs.tf, versions.tf and README.md', () => {
    for (const f of ['main.tf', 'variables.tf', 'outputs.tf', 'versions.tf', 'README.md']) {
      expect(existsSync(join(mod.abs, f)), f).toBe(true);
    }
  });

  it('pins OpenTofu >= 1.10 and hashicorp/aws ~> 6.25', () => {
    const terraform = only(mod.files.find((f) => f.name === 'versions.tf')?.json.terraform) as Body;
    expect(terraform.required_version).toBe('>= 1.10');
    const aws = (only(terraform.required_providers) as Body).aws as Body;
    expect(aws.source).toBe('hashicorp/aws');
    expect(aws.version).toBe('~> 6.25');
  });

  it('types and describes every variable and describes every output', () => {
    for (const [name, v] of named(mod, 'variable')) {
      expect(v.type, `${name}.type`).toBeDefined();
      expect(String(v.description ?? ''), `${name}.description`).toMatch(/\w{3,}/);
    }
    for (const [name, o] of named(mod, 'output')) expect(String(o.description ?? ''), `${name}.description`).toMatch(/\w{3,}/);
  });

  it('README inputs/outputs tables are current (node scripts/infra/module-readme.mjs)', async () => {
    const readme = readFileSync(join(mod.abs, 'README.md'), 'utf8');
    const tables = await renderModuleDocs(mod.abs);
    expect(readme).toBe(replaceTables(readme, tables));
    for (const name of named(mod, 'variable').keys()) expect(tables).toContain(`| \`${name}\` |`);
  });

  it('has OpenTofu tests with a mock aws provider', () => {
    const dir = join(mod.abs, 'tests');
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.tftest.hcl')) : [];
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(text).toMatch(/^mock_provider "aws"/m);
      expect(text).toMatch(/^run "/m);
      expect(text).toMatch(/assert \{/);
    }
  });
});

describe('README generator', () => {
  it('renders a required, typed, sensitive variable and replaces only the marked section', async () => {
    const mod = modules.find((m) => m.rel === 'modules/cognito');
    const tables = await renderModuleDocs(mod?.abs as string);
    expect(tables).toMatch(/\| `google_client_secret` \| `string` \| no \| `""` \| .*\(sensitive\) \|/);
    expect(tables).toMatch(/\| `domain_prefix` \| `string` \| yes \|/);
    expect(tables).toMatch(/\| `machine_client_secret` \| yes \|/);
    const readme = '# x\n\nintro\n\n<!-- module-docs:start -->\nold\n<!-- module-docs:end -->\n\noutro\n';
    expect(replaceTables(readme, 'new')).toBe('# x\n\nintro\n\n<!-- module-docs:start -->\nnew\n<!-- module-docs:end -->\n\noutro\n');
  });
});
