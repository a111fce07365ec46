import { describe, expect, it } from 'vitest';
import { execTool } from '../../src/container/exec.js';

describe('execTool', () => {
  it("runs the tool without the action's inputs or the runtime token, with the rest of the environment", async () => {
    const result = await execTool(
      process.execPath,
      [
        '-e',
        'process.stdout.write(JSON.stringify(Object.keys(process.env).filter((k) => /^(INPUT_|ACTIONS_|KEEP)/.test(k)).sort()))',
      ],
      {
        env: {
          PATH: process.env.PATH,
          'INPUT_GITHUB-TOKEN': 'ghs_secret',
          ACTIONS_RUNTIME_TOKEN: 'runtime',
          ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token',
          KEEP_ME: '1',
        },
      },
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(['ACTIONS_ID_TOKEN_REQUEST_URL', 'KEEP_ME']);
  });
});
