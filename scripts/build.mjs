// Compiles src/ with tsc (src only, so work in progress under test/ cannot break a build), then
// bundles the three entry points with ncc into dist/ (or into the directory given as argv[2], which
// is how the dist check builds a fresh copy to compare with the committed one).
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const outRoot = resolve(process.argv[2] ?? join(root, 'dist'));
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const entries = { main: 'main.js', post: 'post.js', cli: 'cli.js' };
// A fixed place inside the checkout: module ids in the bundle derive from paths, so the same
// sources must always compile to the same path for the dist check to compare like with like.
// Builds that run at the same time (tests building private copies) take turns on it.
const compiled = join(root, '.build');
const lock = `${compiled}.lock`;
for (const started = Date.now(); ;) {
  try {
    mkdirSync(lock);
    break;
  } catch (error) {
    if (error.code !== 'EEXIST') throw error;
    // A lock older than five minutes was left by a build that died.
    if (Date.now() - statSync(lock).mtimeMs > 300_000)
      rmSync(lock, { recursive: true, force: true });
    if (Date.now() - started > 600_000) throw new Error(`${lock} is held by another build`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  }
}
process.on('exit', () => rmSync(lock, { recursive: true, force: true }));
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
