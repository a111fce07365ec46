// Bundles the three entry points with ncc into dist/ (or into the directory given as argv[2],
// which is how the dist check builds a fresh copy to compare with the committed one).
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const outRoot = resolve(process.argv[2] ?? join(root, 'dist'));
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const entries = { main: 'src/main.ts', post: 'src/post.ts', cli: 'src/cli.ts' };

for (const [name, entry] of Object.entries(entries)) {
  const out = join(outRoot, name);
  rmSync(out, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [ncc, 'build', join(root, entry), '-o', out, '-q', '--no-source-map-register'],
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
