import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/args.js';

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

  it('joins repeated flags into a multi-line input', () => {
    expect(
      parseCliArgs(['plan', '--var-files', 'a.tfvars', '--var-files', 'b.tfvars']).inputs[
        'var-files'
      ],
    ).toBe('a.tfvars\nb.tfvars');
  });

  it('keeps the terminal-only flags apart from inputs', () => {
    const args = parseCliArgs(['plan', '--comment-file', 'c.md', '--no-summary']);
    expect(args.commentFile).toBe('c.md');
    expect(args.showSummary).toBe(false);
    expect(args.inputs).toEqual({ command: 'plan' });
  });

  it('refuses a second positional argument', () => {
    expect(() => parseCliArgs(['plan', 'apply'])).toThrow(/Unexpected argument "apply"/);
  });
});
