// Regenerates the inputs/outputs tables in README.md from action.yml (--check: fail when stale).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '..');

export function renderTables(actionYml) {
  const action = parse(actionYml);
  const cell = (text) =>
    String(text ?? '')
      .replace(/\|/g, '\\|')
      .replace(/\n/g, ' ')
      .trim();
  const rows = ['| input | required | default | description |', '| --- | --- | --- | --- |'];
  for (const [name, spec] of Object.entries(action.inputs ?? {})) {
    const def = spec.default === undefined ? '' : `\`${cell(spec.default)}\``;
    rows.push(
      `| \`${name}\` | ${spec.required ? 'yes' : 'no'} | ${def} | ${cell(spec.description)} |`,
    );
  }
  rows.push('', '| output | description |', '| --- | --- |');
  for (const [name, spec] of Object.entries(action.outputs ?? {})) {
    rows.push(`| \`${name}\` | ${cell(spec.description)} |`);
  }
  return rows.join('\n');
}

export function updateReadme(readme, actionYml) {
  const start = '<!-- inputs:start -->';
  const end = '<!-- inputs:end -->';
  const i = readme.indexOf(start);
  const j = readme.indexOf(end);
  if (i < 0 || j < i) throw new Error('README.md lacks the inputs:start/inputs:end markers');
  return `${readme.slice(0, i + start.length)}\n${renderTables(actionYml)}\n${readme.slice(j)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const next = updateReadme(readme, readFileSync(join(root, 'action.yml'), 'utf8'));
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md inputs/outputs table is stale: run npm run readme');
      process.exit(1);
    }
  } else writeFileSync(readmePath, next);
}
