// What the bootstrap's plan, apply and deploy roles may do, read from the policy documents (with
// the statements their source_policy_documents bring in), and the permissions boundary that every
// role of the environment tree carries.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocks, loadTree, locals, named, repoRoot, type Body, type ModuleDir } from './tree.js';

const tree = await loadTree();
const dir = (rel: string) => tree.find((m) => m.rel === rel) as ModuleDir;
const bootstrap = dir('bootstrap');
const ENVS = ['envs/staging', 'envs/production'];

interface Statement {
  sid?: string;
  effect: 'Allow' | 'Deny';
  actions: string[];
  notActions: string[];
  resources: string[];
  notResources: string[];
  conditions: { test: string; variable: string; values: string[] }[];
}

function documentBody(mod: ModuleDir, name: string): Body {
  const doc = blocks(mod).find((b) => b.mode === 'data' && b.type === 'aws_iam_policy_document' && b.name === name);
  if (!doc) throw new Error(`no aws_iam_policy_document.${name} in ${mod.rel}`);
  return doc.body;
}

const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : v === undefined ? [] : [String(v)]);

/** Statements of a policy document, source_policy_documents included. */
export function statements(mod: ModuleDir, name: string): Statement[] {
  const body = documentBody(mod, name);
  const out: Statement[] = [];
  for (const src of list(body.source_policy_documents)) {
    const m = /^\$\{data\.aws_iam_policy_document\.([\w-]+)\.json\}$/.exec(src);
    if (!m) throw new Error(`${name}: source ${src} is not a document of this module`);
    out.push(...statements(mod, m[1] as string));
  }
  for (const s of (body.statement as Body[] | undefined) ?? []) {
    out.push({
      sid: s.sid as string | undefined,
      effect: s.effect === 'Deny' ? 'Deny' : 'Allow',
      actions: list(s.actions),
      notActions: list(s.not_actions),
      resources: list(s.resources),
      notResources: list(s.not_resources),
      conditions: ((s.condition as Body[] | undefined) ?? []).map((c) => ({
        test: String(c.test),
        variable: String(c.variable),
        values: list(c.values),
      })),
    });
  }
  return out;
}

const allows = (ss: Statement[], action: string) => ss.filter((s) => s.effect === 'Allow' && s.actions.includes(action));
const denies = (ss: Statement[], action: string) => ss.filter((s) => s.effect === 'Deny' && s.actions.includes(action));
const local = (name: string) => String(locals(bootstrap)[name]);

describe('the plan role (pull-request code) cannot change the state', () => {
  const plan = statements(bootstrap, 'plan');

  it('reads the state objects and may write only lock files (.tflock)', () => {
    expect(allows(plan, 's3:GetObject').flatMap((s) => s.resources)).toContain('${local.state_objects}');
    for (const action of ['s3:PutObject', 's3:DeleteObject', 's3:*']) {
      for (const s of allows(plan, action)) {
        for (const r of s.resources) expect(r, `${action} on ${r}`).toMatch(/\.tflock$/);
      }
    }
    expect(local('state_objects')).toBe('${aws_s3_bucket.state.arn}/envs/${var.environment}/*');
  });

  it('writes only the lock item of the lock table, never the state digest (-md5)', () => {
    const writes = [...allows(plan, 'dynamodb:PutItem'), ...allows(plan, 'dynamodb:DeleteItem'), ...allows(plan, 'dynamodb:UpdateItem')];
    expect(writes.length).toBeGreaterThan(0);
    for (const s of writes) {
      const keys = s.conditions.filter((c) => c.variable === 'dynamodb:LeadingKeys');
      expect(keys, s.sid).toContainEqual({ test: 'ForAllValues:StringLike', variable: 'dynamodb:LeadingKeys', values: ['${local.lock_ids}'] });
      expect(keys, s.sid).toContainEqual({ test: 'ForAllValues:StringNotLike', variable: 'dynamodb:LeadingKeys', values: ['*-md5'] });
    }
    expect(local('lock_ids')).toBe('${aws_s3_bucket.state.bucket}/envs/${var.environment}/*');
  });

  it('the apply role does write the state', () => {
    const apply = statements(bootstrap, 'apply');
    expect(allows(apply, 's3:PutObject').flatMap((s) => s.resources)).toContain('${local.state_objects}');
    expect(allows(apply, 'dynamodb:PutItem').some((s) => s.conditions.length === 0)).toBe(true);
  });

  it('the backend uses the lock table the policy covers', () => {
    for (const env of ENVS) {
      const text = readFileSync(join(repoRoot, 'infra', env, 'backend.tf'), 'utf8');
      expect(text).toMatch(/^\s*key\s*=\s*"envs\/(staging|production)\/terraform\.tfstate"/m);
      expect(text).toMatch(/^\s*dynamodb_table\s*=/m);
    }
  });
});

describe('the plan role does not read application data', () => {
  const plan = statements(bootstrap, 'plan');

  it.each([
    ['s3:GetObject', ['${local.state_objects}']],
    ['dynamodb:GetItem', ['${aws_dynamodb_table.lock.arn}']],
    ['dynamodb:Scan', ['${aws_dynamodb_table.lock.arn}']],
    ['dynamodb:Query', ['${aws_dynamodb_table.lock.arn}']],
    ['ssm:GetParameter', ['${local.project_parameters}', '${local.project_secrets}']],
    ['secretsmanager:GetSecretValue', ['${local.project_parameters}', '${local.project_secrets}']],
  ])('denies %s on everything but %j', (action, except) => {
    const deny = denies(plan, action);
    expect(deny).toHaveLength(1);
    expect(deny[0]?.notResources).toEqual(except);
  });

  it.each(['logs:GetLogEvents', 'logs:FilterLogEvents', 'cognito-idp:ListUsers', 'ecr:BatchGetImage', 'rds:DownloadDBLogFilePortion'])('denies %s', (action) => {
    expect(denies(plan, action).flatMap((s) => s.resources)).toContain('*');
  });

  // Refresh reads what the tree manages: these would need an exception in the plan policy first.
  it('the tree manages no S3 objects, table items or SSM/Secrets Manager data sources that refresh would read', () => {
    const reads = tree.flatMap(blocks).filter((b) =>
      ['aws_s3_object', 'aws_s3_bucket_object', 'aws_dynamodb_table_item'].includes(b.type) ||
      (b.mode === 'data' && /^aws_(s3_object|s3_objects|ssm_parameter|ssm_parameters_by_path|secretsmanager_secret_version|dynamodb_table_item|dynamodb_table_items)$/.test(b.type)),
    );
    expect(reads.map((b) => `${b.file}: ${b.mode}.${b.type}.${b.name}`)).toEqual([]);
  });

  it('the project secrets it may read are where app_config puts them', () => {
    expect(local('project_parameters')).toMatch(/:parameter\/\$\{module\.common\.project\}\/\$\{var\.environment\}\/\*$/);
    expect(local('project_secrets')).toMatch(/:secret:\$\{module\.common\.project\}\/\$\{var\.environment\}\/\*$/);
    for (const env of ENVS) expect(named(dir(env), 'module').get('app_config')?.name).toBe('${module.common.project}/${var.environment}');
  });
});

describe('the permissions boundary', () => {
  const apply = statements(bootstrap, 'apply');
  const ROLE_CHANGES = ['iam:CreateRole', 'iam:PutRolePolicy', 'iam:DeleteRolePolicy', 'iam:AttachRolePolicy', 'iam:DetachRolePolicy', 'iam:PutRolePermissionsBoundary'];

  it('is a managed policy of the bootstrap named as the environments expect', () => {
    const [policy] = blocks(bootstrap).filter((b) => b.type === 'aws_iam_policy' && b.name === 'boundary');
    expect(policy?.body.name).toBe('${module.common.permissions_boundary_name}');
    expect(policy?.body.policy).toBe('${data.aws_iam_policy_document.boundary.json}');
  });

  it.each(ROLE_CHANGES)('apply may %s only with the boundary', (action) => {
    const grants = apply.filter((s) => s.effect === 'Allow' && (s.actions.includes(action) || s.actions.includes('iam:*')));
    expect(grants.length).toBeGreaterThan(0);
    for (const s of grants) {
      expect(s.conditions, s.sid).toContainEqual({ test: 'StringEquals', variable: 'iam:PermissionsBoundary', values: ['${aws_iam_policy.boundary.arn}'] });
    }
  });

  it('apply can neither remove the boundary nor change its policy', () => {
    expect(denies(apply, 'iam:DeleteRolePermissionsBoundary').flatMap((s) => s.resources)).toContain('*');
    expect(denies(apply, 'iam:CreatePolicyVersion').flatMap((s) => s.resources)).toContain('${aws_iam_policy.boundary.arn}');
  });

  it('allows no IAM but service-linked roles and passing the environment roles, and never the state', () => {
    const boundary = statements(bootstrap, 'boundary');
    const broad = boundary.filter((s) => s.effect === 'Allow' && s.notActions.length > 0);
    expect(broad.map((s) => s.notActions)).toEqual([['iam:*', 'organizations:*', 'account:*']]);
    const iam = boundary.filter((s) => s.effect === 'Allow').flatMap((s) => s.actions).filter((a) => a.startsWith('iam:'));
    expect(iam.sort()).toEqual(['iam:CreateServiceLinkedRole', 'iam:GetRole', 'iam:PassRole']);
    expect(denies(boundary, 's3:*').flatMap((s) => s.resources)).toContain('${aws_s3_bucket.state.arn}/*');
    expect(denies(boundary, 'dynamodb:*').flatMap((s) => s.resources)).toContain('${aws_dynamodb_table.lock.arn}');
  });

  it('every role the environment tree creates carries it', () => {
    const problems: string[] = [];
    for (const mod of tree.filter((m) => m.rel !== 'bootstrap')) {
      for (const role of blocks(mod).filter((b) => b.mode === 'resource' && b.type === 'aws_iam_role')) {
        if (role.body.permissions_boundary !== '${var.permissions_boundary_arn}') problems.push(`${role.file}: aws_iam_role.${role.name}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(ENVS)('%s passes it to every module that creates roles', (env) => {
    const mod = dir(env);
    expect(String(locals(mod).permissions_boundary_arn)).toMatch(/:policy\/\$\{module\.common\.permissions_boundary_name\}$/);
    const problems: string[] = [];
    for (const [name, call] of named(mod, 'module')) {
      const target = tree.find((m) => m.abs === join(mod.abs, String(call.source)));
      if (target && named(target, 'variable').has('permissions_boundary_arn') && call.permissions_boundary_arn !== '${local.permissions_boundary_arn}') {
        problems.push(name);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the deploy role', () => {
  const deploy = statements(bootstrap, 'deploy');

  // The ECS operations the image command calls (src/aws/ecs-client.ts), each needs a grant.
  it('allows every ECS operation the image command calls', () => {
    const client = readFileSync(join(repoRoot, 'src/aws/ecs-client.ts'), 'utf8');
    const union = /export type EcsOperation =([^;]+);/.exec(client)?.[1] ?? '';
    const operations = [...union.matchAll(/'(\w+)'/g)].map((m) => `ecs:${m[1]}`);
    expect(operations).toContain('ecs:RegisterTaskDefinition');
    const granted = deploy.filter((s) => s.effect === 'Allow').flatMap((s) => s.actions);
    expect(operations.filter((o) => !granted.includes(o))).toEqual([]);
  });

  it('passes only the service task and execution roles, and only to ECS tasks', () => {
    const pass = allows(deploy, 'iam:PassRole');
    expect(pass).toHaveLength(1);
    for (const r of pass[0]?.resources ?? []) expect(r).toMatch(/:role\/\$\{local\.name\}-\*-(task|execution)$/);
    expect(pass[0]?.conditions).toContainEqual({ test: 'StringEquals', variable: 'iam:PassedToService', values: ['ecs-tasks.amazonaws.com'] });
  });

  it('the roles it passes are the ecs_web_app task and execution roles', () => {
    const web = blocks(dir('modules/ecs_web_app')).filter((b) => b.type === 'aws_iam_role');
    const names = web.map((b) => String(b.body.name));
    expect(names).toContain('${var.name}-task');
    expect(names).toContain('${var.name}-execution');
  });
});
