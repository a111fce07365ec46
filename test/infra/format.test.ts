// Every HCL file of the infra tree parses (HashiCorp's parser) and is canonically formatted
// (hclwrite's formatter, the one `tofu fmt` uses): format(file) must equal the file.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { format } from '@cdktf/hcl-tools';
import { parse } from '@cdktf/hcl2json';
import { filesUnder, infraRoot, repoRoot } from './tree.js';

const files = filesUnder(infraRoot, /\.(tf|tfvars|tftest\.hcl)$/);

describe('infra HCL files', () => {
  it('finds the tree', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(files.map((f) => [relative(repoRoot, f), f]))('%s parses and is canonically formatted', async (_rel, file) => {
    const text = readFileSync(file, 'utf8');
    await expect(parse(file, text)).resolves.toBeTypeOf('object');
    expect(await format(text)).toBe(text);
  });

  it('the format check catches misaligned arguments and a parse error is reported', async () => {
    const skewed = 'resource "aws_s3_bucket" "b" {\n  bucket = "x"\n  force_destroy = true\n}\n';
    expect(await format(skewed)).not.toBe(skewed);
    await expect(parse('bad.tf', 'resource "aws_s3_bucket" {\n')).rejects.toBeDefined();
  });
});
