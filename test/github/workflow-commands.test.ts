import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ActionsHost } from '../../src/github/actions-host.js';
import { fileCommandEntry, workflowCommand } from '../../src/github/workflow-commands.js';
import { parseFileCommands } from '../e2e/run-action.js';

describe('workflow commands', () => {
  it('escapes data and properties the way the runner decodes them', () => {
    expect(
      workflowCommand('error', 'line 1\nline 2 100%', {
        file: 'a,b:c.tf',
        startLine: 3,
        title: 'T',
      }),
    ).toBe('::error title=T,file=a%2Cb%3Ac.tf,line=3::line 1%0Aline 2 100%25');
    expect(workflowCommand('endgroup', '')).toBe('::endgroup::');
  });

  it('writes multi-line values with a unique delimiter', () => {
    const entry = fileCommandEntry('plan', 'a\nb');
    expect(parseFileCommands(entry)).toEqual({ plan: 'a\nb' });
    const delimiters = new Set(
      Array.from({ length: 1000 }, () => /<<(.+)\n/.exec(fileCommandEntry('x', 'y'))?.[1]),
    );
    expect(delimiters.size).toBe(1000);
    for (const delimiter of delimiters) {
      expect(delimiter).toMatch(
        /^ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    }
  });

  it('refuses a value that holds its delimiter', () => {
    const random = Math.random;
    try {
      Math.random = () => 0.5;
      const delimiter = /<<(.+)\n/.exec(fileCommandEntry('x', 'y'))?.[1] as string;
      expect(() => fileCommandEntry('x', `a\n${delimiter}\nINJECTED=1`)).toThrow(/delimiter/);
    } finally {
      Math.random = random;
    }
  });
});

describe('ActionsHost', () => {
  function host() {
    const dir = mkdtempSync(join(tmpdir(), 'host-'));
    const env: NodeJS.ProcessEnv = {
      GITHUB_OUTPUT: join(dir, 'out'),
      GITHUB_ENV: join(dir, 'env'),
      GITHUB_STATE: join(dir, 'state'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      'INPUT_WORKING-DIRECTORY': ' infra/envs/staging ',
      INPUT_EMPTY: '',
      STATE_command: 'plan',
    };
    const lines: string[] = [];
    return {
      host: new ActionsHost(env, new AbortController().signal, (t) => void lines.push(t)),
      env,
      lines,
      dir,
    };
  }

  it('reads inputs as the runner passes them (hyphens kept, trimmed, empty is unset)', () => {
    const { host: h } = host();
    expect(h.getInput('working-directory')).toBe('infra/envs/staging');
    expect(h.getInput('empty')).toBeUndefined();
    expect(h.getState('command')).toBe('plan');
  });

  it('writes outputs, env, state and summary to the runner files', async () => {
    const { host: h, env } = host();
    h.setOutput('add', '3');
    h.exportVariable('AWS_REGION', 'eu-west-1');
    h.saveState('lock', 'x');
    await h.appendSummary('# hi');
    expect(parseFileCommands(readFileSync(env.GITHUB_OUTPUT as string, 'utf8'))).toEqual({
      add: '3',
    });
    expect(parseFileCommands(readFileSync(env.GITHUB_ENV as string, 'utf8'))).toEqual({
      AWS_REGION: 'eu-west-1',
    });
    expect(parseFileCommands(readFileSync(env.GITHUB_STATE as string, 'utf8'))).toEqual({
      lock: 'x',
    });
    expect(readFileSync(env.GITHUB_STEP_SUMMARY as string, 'utf8')).toBe('# hi\n');
    expect(env.AWS_REGION).toBe('eu-west-1');
  });

  it('masks with add-mask and fails once', () => {
    const { host: h, lines } = host();
    h.setSecret('s3cr3t');
    h.setFailed('first');
    h.setFailed('second');
    expect(lines).toContain('::add-mask::s3cr3t\n');
    expect(lines.filter((l) => l.startsWith('::error'))).toEqual(['::error::first\n']);
    process.exitCode = 0;
  });
});
