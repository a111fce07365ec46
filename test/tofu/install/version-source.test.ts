import * as fs from 'node:fs';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  requiredVersionOf,
  requiredVersionsBelow,
} from '../../../src/tofu/install/version-source.js';

// Passes through to the real fs; lets a test see which directories were listed.
vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  return { ...real, readdirSync: vi.fn(real.readdirSync) };
});

let dir: string;
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  vi.mocked(fs.readdirSync).mockClear();
});

function versions(path: string, constraint: string) {
  mkdirSync(join(dir, path), { recursive: true });
  writeFileSync(
    join(dir, path, 'versions.tf'),
    `terraform {\n  required_version = "${constraint}"\n}\n`,
  );
}

describe('requiredVersionsBelow', () => {
  it('takes each directory below that tofu fmt visits, in path order, listing each once', () => {
    dir = mkdtempSync(join(tmpdir(), 'vs-'));
    versions('infra', '>= 1.6.0'); // the working directory's own: looked up elsewhere
    versions('infra/envs/prod', '~> 1.9.0');
    versions('infra/envs/dev', '~> 1.10.0');
    versions('infra/envs/dev/nested', '>= 1.8.0');
    versions('infra/test/fixtures/old', '~> 1.x');
    versions('infra/.terraform/modules/x', '= 1.5.0');
    versions('infra/old~', '= 1.5.0');
    versions('elsewhere', '= 1.4.0');
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'infra/linked'));
    mkdirSync(join(dir, 'infra/docs'));

    const skipped: string[] = [];
    const found = requiredVersionsBelow(join(dir, 'infra'), dir, (r) => skipped.push(r));

    expect(found.map((f) => f.source)).toEqual([
      'required_version in infra/envs/dev/versions.tf',
      'required_version in infra/envs/dev/nested/versions.tf',
      'required_version in infra/envs/prod/versions.tf',
    ]);
    expect(skipped).toEqual([
      expect.stringMatching(
        /^required_version "~> 1.x" in infra\/test\/fixtures\/old\/versions.tf/,
      ),
    ]);
    const listed = vi.mocked(fs.readdirSync).mock.calls.map((c) => String(c[0]));
    expect(listed.length).toBe(new Set(listed).size);
    const expected = ['', 'docs', 'envs', 'envs/dev', 'envs/dev/nested', 'envs/prod', 'test'];
    expected.push('test/fixtures', 'test/fixtures/old');
    expect(new Set(listed)).toEqual(new Set(expected.map((p) => join(dir, 'infra', p))));
  });
});

describe('requiredVersionOf', () => {
  it('reads the listing it is given instead of listing the directory again', () => {
    dir = mkdtempSync(join(tmpdir(), 'vs-'));
    versions('infra', '~> 1.9.0');
    writeFileSync(join(dir, 'infra/other.tf'), 'terraform {\n  required_version = "< 2.0.0"\n}\n');
    expect(requiredVersionOf(join(dir, 'infra'), dir, ['versions.tf'])?.source).toBe(
      'required_version in infra/versions.tf',
    );
    expect(requiredVersionOf(join(dir, 'infra'), dir, [])).toBeUndefined();
    expect(fs.readdirSync).not.toHaveBeenCalled();
    expect(requiredVersionOf(join(dir, 'infra'), dir)?.source).toBe(
      'required_version in infra/other.tf, infra/versions.tf',
    );
    expect(requiredVersionOf(join(dir, 'missing'), dir)).toBeUndefined();
  });
});
