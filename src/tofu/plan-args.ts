import type { Inputs } from '../github/inputs.js';
import { invalidInput } from '../util/errors.js';

/**
 * Options of `tofu plan` the action sets itself: given again in plan-args they would change
 * where the plan goes, what tofu prints or what its exit code means, or override an input.
 */
const SET_BY_THE_ACTION: Record<string, string> = {
  out: 'the action saves the plan where the later steps find it',
  json: 'the action reads the plan with tofu show -json',
  'detailed-exitcode': 'the action reads the exit code this way already',
  input: 'the action runs tofu with -input=false',
  'lock-timeout': 'use the input lock-timeout',
  'var-file': 'use the input var-files',
};

/** plan-args, one per line, without the options the action sets itself. */
export function readPlanArgs(inputs: Inputs): string[] {
  const args = inputs.lines('plan-args');
  for (const arg of args) {
    const name = /^--?([a-z-]+)(=|$)/.exec(arg)?.[1];
    const why = name === undefined ? undefined : SET_BY_THE_ACTION[name];
    if (why !== undefined) {
      throw invalidInput(
        'plan-args',
        arg,
        `-${name} is set by the action (${why}); plan-args takes other plan options, such as -target, -replace, -var or -refresh=false`,
      );
    }
  }
  return args;
}
