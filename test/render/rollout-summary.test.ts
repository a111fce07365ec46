import { describe, expect, it } from 'vitest';
import { renderRolloutSummary } from '../../src/render/rollout-summary.js';

const base = {
  cluster: 'app',
  service: 'web',
  deploymentId: 'ecs-svc/2',
  elapsedMs: 60_000,
  express: false,
};

describe('renderRolloutSummary', () => {
  it('titles a rollout a newer deployment replaced as such', () => {
    const md = renderRolloutSummary({
      ...base,
      verdict: 'replaced',
      detail: 'deployment ecs-svc/2 is gone: a newer deployment ecs-svc/3 replaced it',
    });
    expect(md).toMatch(/^### ❌ Rollout replaced by a newer deployment: web\n/);
  });

  it('shows the warning of a rollout that completed without running a task', () => {
    const md = renderRolloutSummary({
      ...base,
      verdict: 'completed',
      detail: 'deployment ecs-svc/2 completed (0/0 running, 0 pending)',
      warning: 'Deployment ecs-svc/2 completed with a desired count of 0: no task of it ran.',
    });
    expect(md).toMatch(/^### ⚠️ Rollout completed: web\n/);
    expect(md).toContain(
      '> [!WARNING]\n> Deployment ecs-svc/2 completed with a desired count of 0: no task of it ran.',
    );
  });
});
