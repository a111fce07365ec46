/**
 * The inputs of action.yml as terminal flags (a test keeps this table equal to action.yml):
 * - `boolean`: a bare flag (`--fix`) means true;
 * - `lines`: read one per line, so a repeated flag adds a line;
 * - `value`: one value, given once.
 * `command` is not a flag: it is the first argument.
 */
export type InputKind = 'boolean' | 'lines' | 'value';

export const INPUT_KINDS: Readonly<Record<string, InputKind>> = {
  'working-directory': 'value',
  environment: 'value',
  'tofu-binary': 'value',
  'tofu-version': 'value',
  'tofu-checksum': 'value',
  'var-files': 'lines',
  'backend-config': 'lines',
  'plan-args': 'lines',
  'lock-timeout': 'value',
  'plan-json': 'value',
  'plan-text': 'value',
  comment: 'boolean',
  'github-token': 'value',
  'plan-file': 'value',
  'check-reviewed-plan': 'boolean',
  'require-reviewed-plan': 'boolean',
  'reviewed-plan-json': 'value',
  'unlock-stale-after': 'value',
  'output-file': 'value',
  'output-keys': 'lines',
  'include-sensitive': 'boolean',
  fix: 'boolean',
  'fail-on-unformatted': 'boolean',
  results: 'lines',
  labels: 'boolean',
  'role-arn': 'value',
  'aws-region': 'value',
  audience: 'value',
  'role-session-name': 'value',
  'role-duration': 'value',
  'role-chain': 'lines',
  'allowed-account-ids': 'lines',
  'export-credentials': 'boolean',
  'output-credentials': 'boolean',
  'mask-account-id': 'boolean',
  'config-file': 'value',
  'ecr-repository': 'value',
  'ecs-cluster': 'value',
  'ecs-service': 'value',
  context: 'value',
  dockerfile: 'value',
  platform: 'value',
  tags: 'lines',
  'build-args': 'lines',
  'container-cli': 'value',
  image: 'value',
  build: 'boolean',
  push: 'boolean',
  roll: 'boolean',
  wait: 'boolean',
  strategy: 'value',
  'container-name': 'value',
  'wait-timeout': 'value',
  'poll-interval': 'value',
};

export function inputKind(name: string): InputKind | undefined {
  return Object.hasOwn(INPUT_KINDS, name) ? INPUT_KINDS[name] : undefined;
}
