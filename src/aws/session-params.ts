import { parseDurationMs } from '../util/duration.js';
import { invalidInput } from '../util/errors.js';

/** STS limits for DurationSeconds (the role's own MaxSessionDuration may be lower). */
export const MIN_DURATION_SECONDS = 900;
export const MAX_DURATION_SECONDS = 43_200;
/** AWS caps a session obtained by role chaining at one hour. */
export const MAX_CHAINED_DURATION_SECONDS = 3600;

const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;

/** `1h`, `90m`, `3600` (seconds) → whole seconds within STS's range. */
export function parseRoleDuration(input: string, value: string): number {
  const ms = parseDurationMs(value);
  const allowed = `expected a duration from 15m to 12h such as 1h, 90m or a number of seconds (${MIN_DURATION_SECONDS}-${MAX_DURATION_SECONDS})`;
  if (ms === undefined || ms % 1000 !== 0) throw invalidInput(input, value, allowed);
  const seconds = ms / 1000;
  if (seconds < MIN_DURATION_SECONDS || seconds > MAX_DURATION_SECONDS) {
    throw invalidInput(input, value, allowed);
  }
  return seconds;
}

/** A session name the user gave: STS allows 2-64 of letters, digits and +=,.@_-. */
export function checkSessionName(input: string, value: string): string {
  if (!SESSION_NAME.test(value)) {
    throw invalidInput(input, value, 'expected 2-64 characters of letters, digits and +=,.@_-');
  }
  return value;
}

/**
 * The default session name, from the repository and the run: what CloudTrail shows for every
 * call made with these credentials. Characters STS refuses become `-`; the run id is kept
 * whole when the name has to be cut to 64.
 */
export function defaultSessionName(
  repository: string | undefined,
  runId: string | undefined,
  runAttempt: string | undefined,
): string {
  const clean = (text: string) =>
    text
      .replace(/[^\w+=,.@-]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-|-$/g, '');
  const repo = clean(repository?.split('/').pop() ?? '');
  const run = clean([runId, runAttempt && runAttempt !== '1' ? runAttempt : ''].join('-'));
  const head = repo ? `GitHubActions-${repo}` : 'GitHubActions';
  if (!run) return head.slice(0, 64);
  return `${head.slice(0, Math.max(1, 64 - run.length - 1))}-${run}`.slice(0, 64);
}
