import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCliArgs } from '../../src/cli/args.js';
import { INPUT_KINDS } from '../../src/cli/input-kinds.js';

const root = resolve(import.meta.dirname, '../..');

describe('CLI flags', () => {
  it('turns --input-name value pairs into inputs', () => {
    const args = parseCliArgs([
      'plan',
      '--working-directory',
      'infra/envs/staging',
      '--comment=false',
      '--fix',
    ]);
    expect(args.command).toBe('plan');
    expect(args.inputs).toEqual({
      command: 'plan',
      'working-directory': 'infra/envs/staging',
      comment: 'false',
      fix: 'true',
    });
  });

  it('joins repeated flags of a one-per-line input into lines', () => {
    expect(
      parseCliArgs(['plan', '--var-files', 'a.tfvars', '--var-files', 'b.tfvars']).inputs[
        'var-files'
      ],
    ).toBe('a.tfvars\nb.tfvars');
  });

  it('refuses a single-value flag given twice instead of joining the values', () => {
    expect(() =>
      parseCliArgs(['plan', '--working-directory', 'a', '--working-directory', 'b']),
    ).toThrow(/^Flag --working-directory was given twice: it takes one value \(only .*var-files/);
    expect(() => parseCliArgs(['plan', '--comment-file', 'a.md', '--comment-file=b.md'])).toThrow(
      /^Flag --comment-file was given twice/,
    );
  });

  it('keeps the terminal-only flags apart from inputs', () => {
    const args = parseCliArgs(['plan', '--comment-file', 'c.md', '--no-summary']);
    expect(args.commentFile).toBe('c.md');
    expect(args.showSummary).toBe(false);
    expect(args.inputs).toEqual({ command: 'plan' });
  });

  it('does not let a switch or a bare boolean flag take the next word', () => {
    const args = parseCliArgs(['--no-summary', 'plan', '--fix', '--comment']);
    expect(args.command).toBe('plan');
    expect(args.showSummary).toBe(false);
    expect(args.inputs).toEqual({ command: 'plan', fix: 'true', comment: 'true' });
    const fmt = parseCliArgs(['--fix', 'fmt']);
    expect(fmt.command).toBe('fmt');
    expect(fmt.inputs.fix).toBe('true');
    expect(parseCliArgs(['fmt', '--fix', 'no']).inputs.fix).toBe('no');
  });

  it('refuses a value-taking flag without a value', () => {
    expect(() => parseCliArgs(['plan', '--working-directory'])).toThrow(
      /^Flag --working-directory needs a value: --working-directory <value>/,
    );
    expect(() => parseCliArgs(['plan', '--plan-json', '--no-summary'])).toThrow(
      /^Flag --plan-json needs a value/,
    );
    expect(() => parseCliArgs(['plan', '--comment-file'])).toThrow(/^Flag --comment-file needs/);
    expect(parseCliArgs(['plan', '--plan-args=--weird']).inputs['plan-args']).toBe('--weird');
  });

  it('refuses a value on a switch', () => {
    expect(() => parseCliArgs(['plan', '--no-summary=yes'])).toThrow(
      /^Flag --no-summary takes no value/,
    );
  });

  it('refuses an unknown flag, naming it and the closest input', () => {
    expect(() => parseCliArgs(['fmt', '--working-dir', 'x'])).toThrow(
      /^Unknown flag --working-dir \(did you mean --working-directory\?\): the flags are the inputs of action.yml and --comment-file, --no-summary, --help/,
    );
    expect(() => parseCliArgs(['fmt', '--zzzzzzzz'])).toThrow(
      /^Unknown flag --zzzzzzzz: the flags/,
    );
    expect(() => parseCliArgs(['--command', 'plan'])).toThrow(/first argument/);
  });

  it('refuses a second positional argument', () => {
    expect(() => parseCliArgs(['plan', 'apply'])).toThrow(/Unexpected argument "apply"/);
  });
});

describe('the table of flags', () => {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
    inputs: Record<string, unknown>;
  };
  const sources = readdirSync(join(root, 'src'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(root, 'src', f), 'utf8'))
    .join('\n');
  const readAs = (methods: string) =>
    new Set(
      [...sources.matchAll(new RegExp(`\\binputs\\.(?:${methods})\\(\\s*'([a-z0-9-]+)'`, 'g'))].map(
        (m) => m[1] as string,
      ),
    );
  const ofKind = (kind: string) =>
    Object.keys(INPUT_KINDS)
      .filter((n) => INPUT_KINDS[n] === kind)
      .sort();

  it('has every input of action.yml but command', () => {
    expect(Object.keys(INPUT_KINDS).sort()).toEqual(
      Object.keys(action.inputs)
        .filter((n) => n !== 'command')
        .sort(),
    );
  });

  it('marks exactly the inputs read as booleans as boolean', () => {
    expect(ofKind('boolean')).toEqual([...readAs('bool|optionalBool')].sort());
  });

  it('lets every input read as a list be repeated', () => {
    const lines = ofKind('lines');
    for (const name of readAs('list|lines')) expect(lines).toContain(name);
  });
});
