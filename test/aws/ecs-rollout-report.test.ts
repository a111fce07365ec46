import { describe, expect, it } from 'vitest';
import { rolloutFailureMessage } from '../../src/aws/ecs-rollout-report.js';

describe('rolloutFailureMessage', () => {
  it('names the service and verdict, drops the detail’s full stop and adds the first hint', () => {
    expect(
      rolloutFailureMessage('web', 'tasks-failing', '3 tasks stopped.', {
        id: 'out-of-memory',
        text: 'raise the memory',
      }),
    ).toBe(
      'Rollout of ECS service web tasks-failing: 3 tasks stopped. Hint (out-of-memory): raise the memory',
    );
  });

  it('has no hint part without a hint', () => {
    expect(
      rolloutFailureMessage('web', 'timed-out', 'still in progress after 20m.', undefined),
    ).toBe('Rollout of ECS service web timed-out: still in progress after 20m');
  });
});
