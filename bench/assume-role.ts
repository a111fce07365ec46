import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distDir } from '../test/e2e/dist-dir.js';
import { startOidcPeer } from '../test/peers/oidc-peer.js';
import { startStsPeer } from '../test/peers/sts-peer.js';
import { summariseStartup, type StartupComparison } from './startup.js';

// assume-role start-up as the runner sees it: `node dist/main/index.js` getting the OIDC token
// from the OIDC peer, assuming the role at the STS peer (AssumeRoleWithWebIdentity +
// GetCallerIdentity) and exporting, against bare `node -e 0`. The peers live in this process,
// so the children are spawned asynchronously (spawnSync would block the peers).

const ROLE = 'arn:aws:iam::111111111111:role/bench';

function timeOnce(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (code === 0) resolve(ms);
      else reject(new Error(`${args.join(' ')} exited ${code}: ${stderr}`));
    });
  });
}

/** Bare node and assume-role timed in pairs (see summariseStartup). */
export async function benchAssumeRoleStartup(runs: number): Promise<StartupComparison> {
  const oidc = await startOidcPeer({
    claims: { repository: 'octo-org/infra', event_name: 'pull_request' },
  });
  const sts = await startStsPeer({
    providers: [oidc.issuer],
    roles: [{ arn: ROLE, subjects: ['repo:octo-org/infra:pull_request'] }],
  });
  try {
    const dir = mkdtempSync(join(tmpdir(), 'bench-assume-role-'));
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...oidc.env,
      AWS_ENDPOINT_URL_STS: sts.url,
      AWS_CONFIG_FILE: join(dir, 'no-aws-config'),
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'no-aws-credentials'),
      INPUT_COMMAND: 'assume-role',
      'INPUT_ROLE-ARN': ROLE,
      'INPUT_AWS-REGION': 'us-east-1',
      GITHUB_REPOSITORY: 'octo-org/infra',
      GITHUB_RUN_ID: '1',
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_ENV: join(dir, 'env'),
      GITHUB_STATE: join(dir, 'state'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      RUNNER_TEMP: dir,
    };
    const main = [join(distDir, 'main', 'index.js')];
    const bare: number[] = [];
    const command: number[] = [];
    await timeOnce(['-e', '0'], env);
    await timeOnce(main, env);
    for (let i = 0; i < runs; i++) {
      bare.push(await timeOnce(['-e', '0'], env));
      command.push(await timeOnce(main, env));
    }
    return summariseStartup(bare, command);
  } finally {
    await sts.close();
    await oidc.close();
  }
}
