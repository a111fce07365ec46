import { resolve } from 'node:path';
import { readPlanArgs } from '../tofu/plan-args.js';
import { resolvePlanFile } from '../tofu/plan-to-apply.js';
import type { TofuSettings } from '../tofu/settings.js';
import { invalidInput } from '../util/errors.js';
import { pathKind } from '../util/path-input.js';
import type { CommandContext } from './command.js';

export interface ApplyInputs {
  planFileInput: string | undefined;
  planFilePath: string | undefined;
  planArgs: string[];
  defaultBranchPush: boolean;
  checkReviewed: boolean;
  requireReviewed: boolean;
  reviewedPlanJson: string | undefined;
  unlockStaleAfterMs: number | undefined;
  token: string | undefined;
}

/**
 * The youngest lock unlock-stale-after may release: a younger one may belong to a run that is
 * still applying, and a threshold below apply's lock-timeout (5m by default) would release
 * every lock that outlasts the wait.
 */
export const MIN_UNLOCK_STALE_AFTER_MS = 15 * 60_000;

/** Every input of apply beyond the shared tofu settings, checked before tofu is looked for. */
export function readApplyInputs(ctx: CommandContext, settings: TofuSettings): ApplyInputs {
  const { host, inputs, github } = ctx;
  const planFileInput = inputs.string('plan-file');
  const planFilePath = planFileInput
    ? resolvePlanFile(planFileInput, host.workspace, settings)
    : undefined;
  const planArgs = readPlanArgs(inputs);
  const defaultBranchPush =
    github.eventName === 'push' &&
    !!github.defaultBranch &&
    github.ref === `refs/heads/${github.defaultBranch}`;
  const checkReviewed = inputs.bool('check-reviewed-plan', true);
  const requireInput = inputs.optionalBool('require-reviewed-plan');
  if (requireInput === true && !checkReviewed) {
    throw invalidInput(
      'require-reviewed-plan',
      inputs.string('require-reviewed-plan') ?? '',
      'a reviewed plan is required only where it is compared, and check-reviewed-plan is false: drop one of the two',
    );
  }
  const requireReviewed = requireInput ?? defaultBranchPush;
  const reviewedPlanJson = inputs.string('reviewed-plan-json');
  if (reviewedPlanJson !== undefined) {
    if (pathKind(resolve(host.workspace, reviewedPlanJson)) === 'directory')
      throw invalidInput('reviewed-plan-json', reviewedPlanJson, 'a directory, not a file');
  }
  const unlockStaleAfterMs = inputs.duration('unlock-stale-after');
  if (unlockStaleAfterMs !== undefined && unlockStaleAfterMs < MIN_UNLOCK_STALE_AFTER_MS) {
    throw invalidInput(
      'unlock-stale-after',
      inputs.string('unlock-stale-after') ?? '',
      'expected 15m or more (a younger lock may belong to a run that is still applying); leave it unset to never release locks',
    );
  }
  const token = inputs.string('github-token');
  if (token) host.setSecret(token);
  return {
    planFileInput,
    planFilePath,
    planArgs,
    defaultBranchPush,
    checkReviewed,
    requireReviewed,
    reviewedPlanJson,
    unlockStaleAfterMs,
    token,
  };
}
