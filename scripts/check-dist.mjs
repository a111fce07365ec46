// Fails when the committed dist/ differs from a fresh build of src/.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const fresh = mkdtempSync(join(tmpdir(), 'tofu-aws-action-dist-'));
process.on('exit', () => rmSync(fresh, { recursive: true, force: true }));
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), fresh], { stdio: 'inherit' });

function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => statSync(f).isFile())
    .map((f) => relative(dir, f))
    .sort();
}

const committed = join(root, 'dist');
const a = files(committed);
const b = files(fresh);
const problems = [];
for (const f of new Set([...a, ...b])) {
  if (!a.includes(f)) problems.push(`missing from dist/: ${f}`);
  else if (!b.includes(f)) problems.push(`stale file in dist/: ${f}`);
  else if (!readFileSync(join(committed, f)).equals(readFileSync(join(fresh, f))))
    problems.push(`differs: dist/${f}`);
}
if (problems.length) {
  const expected = process.env.DIST_EXPECTED_DIR;
  if (expected) cpSync(fresh, expected, { recursive: true });
  console.error(`dist/ is stale; run npm run build and commit:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`dist/ matches a fresh build (${b.length} files)`);
