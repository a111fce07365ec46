/**
 * The environment tofu and container tools run with: the job's, without what only this action
 * needs. INPUT_* holds the action's inputs (github-token among them) and ACTIONS_RUNTIME_TOKEN
 * opens the job's cache and artifacts; tofu hands its environment on to providers,
 * `local-exec` and `external` programs, which on a pull request come from the pull request.
 * ACTIONS_ID_TOKEN_REQUEST_* stays: providers can use the job's OIDC token on purpose.
 */
export function childEnv(
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(env)) {
    if (name.startsWith('INPUT_') || name === 'ACTIONS_RUNTIME_TOKEN') continue;
    out[name] = value;
  }
  return out;
}
