import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/commands/plan.js';
import { readGitHubContext } from '../../src/github/context.js';
import { realClock } from '../../src/github/host.js';
import { Inputs } from '../../src/github/inputs.js';
import { MemoryHost } from '../../src/github/memory-host.js';

const replayTofu = resolve(import.meta.dirname, '../peers/replay-tofu/tofu');

/** A failing plan whose diagnostics point into a module two levels up and at a -var value. */
const STDERR = [
  'Error: Unsupported argument',
  '',
  '  on ../../modules/network/main.tf line 12, in resource "aws_vpc" "main":',
  '  12:   cidr = var.cidr',
  '',
  'An argument named "cidr" is not expected here.',
  '',
  'Error: Invalid value for input variable',
  '',
  '  on <value for var.region> line 1:',
  '  (source code not available)',
  '',
  'The given value is not suitable for var.region.',
  '',
  'Error: Outside the repository',
  '',
  '  on ../../../elsewhere/main.tf line 3:',
  '',
  'A module outside the checkout.',
  '',
].join('\n');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-annotations-'));
  const scenario = join(dir, 'scenario');
  mkdirSync(scenario);
  writeFileSync(
    join(scenario, 'scenario.json'),
    JSON.stringify({
      description: 'plan fails with diagnostics outside the working directory',
      steps: { plan: { stderrText: STDERR, exitCode: 1 } },
    }),
  );
  mkdirSync(join(dir, 'repo/envs/staging'), { recursive: true });
  mkdirSync(join(dir, 'repo/modules/network'), { recursive: true });
  writeFileSync(
    join(dir, 'repo/envs/staging/main.tf'),
    'module "n" { source = "../../modules/network" }\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plan: annotations of a failed plan', () => {
  it('names files relative to the repository root, like fmt and validate', async () => {
    const host = new MemoryHost(
      {
        'tofu-binary': replayTofu,
        'working-directory': 'envs/staging',
        environment: 'staging',
        comment: 'false',
      },
      {
        workspace: join(dir, 'repo'),
        env: {
          PATH: process.env.PATH,
          RUNNER_TEMP: join(dir, 'runner-temp'),
          TOFU_REPLAY_SCENARIO: join(dir, 'scenario'),
          TOFU_REPLAY_STATE_DIR: join(dir, 'replay-state'),
        },
      },
    );
    await expect(
      run({
        host,
        inputs: new Inputs(host),
        github: readGitHubContext(host.env),
        clock: realClock,
      }),
    ).rejects.toThrow(/tofu plan in envs\/staging failed/);

    const byTitle = (title: string) => host.annotations.find((a) => a.title === title);
    expect(byTitle('Unsupported argument')).toMatchObject({
      level: 'error',
      file: 'modules/network/main.tf',
      startLine: 12,
    });
    // A -var value and a module outside the checkout are no repository files.
    expect(byTitle('Invalid value for input variable')).toBeDefined();
    expect(byTitle('Invalid value for input variable')).not.toHaveProperty('file');
    expect(byTitle('Outside the repository')).toBeDefined();
    expect(byTitle('Outside the repository')).not.toHaveProperty('file');
  });
});
