// Compiles src/ with tsc (src only, so work in progress under test/ cannot break a build), then
// bundles the three entry points with ncc into dist/ (or into the directory given as argv[2], which
// is how the dist check builds a fresh copy to compare with the committed one).
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const outRoot = resolve(process.argv[2] ?? join(root, 'dist'));
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const entries = { main: 'main.js', post: 'post.js', cli: 'cli.js' };
// A fixed place inside the checkout: module ids in the bundle derive from paths, so the same
// sources must always compile to the same path for the dist check to compare like with like.
const compiled = join(root, '.build');
rmSync(compiled, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [
    join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
    '-p',
    join(root, 'tsconfig.build.json'),
    '--outDir',
    compiled,
  ],
  { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
);
writeFileSync(join(compiled, 'package.json'), JSON.stringify({ type: 'module' }));

for (const [name, entry] of Object.entries(entries)) {
  const out = join(outRoot, name);
  rmSync(out, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [ncc, 'build', join(compiled, entry), '-o', out, '-q', '--no-source-map-register'],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const index = join(out, 'index.js');
  if (name === 'cli' && existsSync(index)) {
    const text = readFileSync(index, 'utf8');
    if (!text.startsWith('#!')) writeFileSync(index, `#!/usr/bin/env node\n${text}`);
    chmodSync(index, 0o755);
  }
}

rmSync(compiled, { recursive: true, force: true });
