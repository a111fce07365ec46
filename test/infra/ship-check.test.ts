// The seed setup's ship-check, as tests over the parsed tree.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '@cdktf/hcl2json';
import { blocks, infraRoot, loadTree, named, only, strings, type Body, type ModuleDir } from './tree.js';

const tree = await loadTree();
const dir = (rel: string) => tree.find((m) => m.rel === rel) as ModuleDir;
const resource = (mod: ModuleDir, type: string, name?: string) =>
  blocks(mod).filter((b) => b.mode === 'resource' && b.type === type && (name === undefined || b.name === name));
const ENVS = ['staging', 'production'] as const;

async function tfvars(env: string): Promise<Body> {
  const path = join(infraRoot, 'envs', env, 'terraform.tfvars');
  return (await parse(path, readFileSync(path, 'utf8'))) as Body;
}

/** Expression text without the ${ } wrapper. */
const expr = (v: unknown) => String(v).replace(/^\$\{|\}$/g, '');

describe('state', () => {
  const bootstrap = dir('bootstrap');

  it('the bootstrap state bucket carries the account ID, is encrypted, versioned, private and prevent_destroy', () => {
    const [bucket] = resource(bootstrap, 'aws_s3_bucket', 'state');
    expect(bucket).toBeDefined();
    expect(String(bucket?.body.bucket)).toMatch(/\$\{local\.account_id\}|aws_caller_identity/);
    expect(only(bucket?.body.lifecycle)?.prevent_destroy).toBe(true);
    const sse = resource(bootstrap, 'aws_s3_bucket_server_side_encryption_configuration')[0];
    expect(expr(sse?.body.bucket)).toBe('aws_s3_bucket.state.id');
    const algo = only(only(sse?.body.rule)?.apply_server_side_encryption_by_default)?.sse_algorithm;
    expect(['aws:kms', 'AES256']).toContain(algo);
    const versioning = resource(bootstrap, 'aws_s3_bucket_versioning')[0];
    expect(only(versioning?.body.versioning_configuration)?.status).toBe('Enabled');
    const pab = resource(bootstrap, 'aws_s3_bucket_public_access_block')[0]?.body ?? {};
    for (const k of ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets']) {
      expect(pab[k], k).toBe(true);
    }
    const [lock] = resource(bootstrap, 'aws_dynamodb_table', 'lock');
    expect(lock?.body.hash_key).toBe('LockID');
    expect(only(lock?.body.lifecycle)?.prevent_destroy).toBe(true);
  });

  it.each(ENVS)('%s: S3 backend with encrypt, a lock table and a bucket named with its account ID', async (env) => {
    const mod = dir(`envs/${env}`);
    const backend = mod.files.find((f) => f.name === 'backend.tf')?.json.terraform as Body[];
    const s3 = (only(backend)?.backend as Record<string, Body[]>).s3?.[0] as Body;
    const vars = await tfvars(env);
    expect(s3.encrypt).toBe(true);
    expect(String(s3.bucket)).toContain(String(vars.aws_account_id));
    expect(String(s3.bucket)).toContain(env);
    expect(String(s3.key)).toContain(env);
    expect(String(s3.dynamodb_table)).toMatch(new RegExp(`${env}.*lock`));
  });

  it('no workspaces: one directory and one state per environment', () => {
    const all = tree.flatMap((m) => m.files.map((f) => f.text)).join('\n');
    expect(all).not.toMatch(/terraform\.workspace/);
  });
});

describe('secrets', () => {
  const SECRET_KEY = /secret|password|passwd|token|private_key|api_key|credential/i;
  const SECRET_VALUE = [/AKIA[0-9A-Z]{16}/, /-----BEGIN/, /^[A-Za-z0-9+/=_-]{32,}$/, /^ghp_/, /^xox[bp]-/];

  it.each(ENVS)('%s: terraform.tfvars holds no secret-looking values', async (env) => {
    const vars = await tfvars(env);
    for (const [k, v] of Object.entries(vars)) {
      if (SECRET_KEY.test(k)) expect(v, k).toBe('');
      for (const s of strings(v)) for (const re of SECRET_VALUE) expect(s, `${k} = ${s}`).not.toMatch(re);
    }
  });

  it.each(ENVS)('%s: .env holds 1Password references only', (env) => {
    const lines = readFileSync(join(infraRoot, 'envs', env, '.env'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^TF_VAR_\w+=op:\/\/[^\s]+$/);
  });

  it('sensitive variables are declared sensitive where they enter', () => {
    for (const env of ENVS) {
      const vars = named(dir(`envs/${env}`), 'variable');
      for (const name of ['session_secret', 'google_client_secret']) expect(vars.get(name)?.sensitive, `${env} ${name}`).toBe(true);
    }
    expect(named(dir('modules/cognito'), 'variable').get('google_client_secret')?.sensitive).toBe(true);
    expect(named(dir('modules/app_config'), 'variable').get('backend_config')?.sensitive).toBe(true);
  });

  it('secret outputs are marked sensitive', () => {
    const secretish = /secret$|password|token|db_uri/;
    const problems: string[] = [];
    for (const mod of tree) {
      for (const [name, out] of named(mod, 'output')) {
        if (secretish.test(name) && out.sensitive !== true) problems.push(`${mod.rel}: ${name}`);
      }
    }
    expect(problems).toEqual([]);
    expect(named(dir('envs/staging'), 'output').get('db_uri')?.sensitive).toBe(true);
    expect(named(dir('envs/staging'), 'output').get('cognito_machine_client_secret')?.sensitive).toBe(true);
  });
});

describe('network exposure', () => {
  it('the cache URI is rediss:// with transit encryption required', () => {
    const cache = dir('modules/valkey_cache');
    expect(String(named(cache, 'output').get('uri')?.value)).toMatch(/^rediss:\/\//);
    const [rg] = resource(cache, 'aws_elasticache_replication_group');
    expect(rg?.body.transit_encryption_enabled).toBe(true);
    expect(rg?.body.at_rest_encryption_enabled).toBe(true);
    expect(rg?.body.engine).toBe('valkey');
    expect(String(rg?.body.multi_az_enabled)).toBe(String(rg?.body.automatic_failover_enabled));
  });

  it('the cache requires an AUTH token, which reaches the app only as a secret', () => {
    const cache = dir('modules/valkey_cache');
    const [rg] = resource(cache, 'aws_elasticache_replication_group');
    expect(rg?.body.auth_token).toBe('${random_password.auth_token.result}');
    const [token] = blocks(cache).filter((b) => b.type === 'random_password' && b.name === 'auth_token');
    expect(Number(token?.body.length)).toBeGreaterThanOrEqual(32);
    expect(token?.body.special).toBe(false);
    const outputs = named(cache, 'output');
    expect(outputs.get('auth_uri')?.sensitive).toBe(true);
    expect(String(outputs.get('auth_uri')?.value)).toMatch(/^rediss:\/\/:\$\{random_password\.auth_token\.result\}@/);
    expect(String(outputs.get('uri')?.value)).not.toContain('auth_token');
    for (const env of ENVS) {
      const config = named(dir(`envs/${env}`), 'module').get('app_config')?.backend_config as Body[] | Body;
      const values = Array.isArray(config) ? (config[0] as Body) : config;
      expect(values.CACHE_URL, env).toBe('${module.cache.auth_uri}');
    }
  });

  it('no ingress from 0.0.0.0/0 anywhere, and cache and database admit only source security groups', () => {
    for (const mod of tree) {
      for (const b of blocks(mod)) {
        if (b.type === 'aws_vpc_security_group_ingress_rule') {
          expect(b.body.cidr_ipv4, `${b.file} ${b.name}`).toBeUndefined();
          expect(b.body.cidr_ipv6, `${b.file} ${b.name}`).toBeUndefined();
        }
        if (b.type === 'aws_security_group') expect(b.body.ingress, `${b.file} ${b.name}: inline ingress`).toBeUndefined();
        if (b.type === 'aws_security_group_rule') expect(b.body.type).not.toBe('ingress');
      }
    }
    for (const rel of ['modules/valkey_cache', 'modules/database']) {
      const rules = resource(dir(rel), 'aws_vpc_security_group_ingress_rule');
      expect(rules.length).toBeGreaterThan(0);
      for (const r of rules) expect(expr(r.body.referenced_security_group_id)).toBe('each.value');
    }
  });

  it('the database is private, encrypted and keeps its password in Secrets Manager', () => {
    const [db] = resource(dir('modules/database'), 'aws_db_instance');
    expect(db?.body.publicly_accessible).toBe(false);
    expect(db?.body.storage_encrypted).toBe(true);
    expect(db?.body.manage_master_user_password).toBe(true);
    expect(db?.body.password).toBeUndefined();
  });
});

describe('web service', () => {
  const web = dir('modules/ecs_web_app');

  it('uses ECS Express with ignore_changes on network_configuration and separate roles', () => {
    const [svc] = resource(web, 'aws_ecs_express_gateway_service');
    expect(svc).toBeDefined();
    expect((only(svc?.body.lifecycle)?.ignore_changes as string[]).map(expr)).toContain('network_configuration');
    const roles = new Set([svc?.body.execution_role_arn, svc?.body.task_role_arn, svc?.body.infrastructure_role_arn].map(String));
    expect(roles.size).toBe(3);
    const scaling = (svc?.body.scaling_target as Body[])[0] as Body;
    expect(scaling.auto_scaling_metric).toBe('REQUEST_COUNT_PER_TARGET');
    const vars = named(web, 'variable');
    expect([vars.get('min_tasks')?.default, vars.get('max_tasks')?.default, vars.get('requests_per_target')?.default]).toEqual([1, 10, 100]);
  });

  it('the ECR lifecycle policy keeps the last 5 images', () => {
    const [policy] = resource(web, 'aws_ecr_lifecycle_policy');
    const text = String(policy?.body.policy);
    expect(text).toMatch(/countType\s*=\s*"imageCountMoreThan"/);
    expect(text).toMatch(/countNumber\s*=\s*var\.images_to_keep/);
    expect(named(web, 'variable').get('images_to_keep')?.default).toBe(5);
    for (const env of ENVS) expect(named(dir(`envs/${env}`), 'module').get('web')?.images_to_keep).toBeUndefined();
  });

  it('the health-check path is a real path, never /', async () => {
    const def = named(web, 'variable').get('health_check_path');
    expect(def?.default).toBe('/v1/health');
    expect(JSON.stringify(def?.validation)).toContain('!= \\"/\\"');
    for (const env of ENVS) {
      const vars = await tfvars(env);
      const path = vars.health_check_path ?? named(dir(`envs/${env}`), 'variable').get('health_check_path')?.default;
      expect(path).not.toBe('/');
      expect(String(path)).toMatch(/^\/./);
    }
  });

  it('the deploy script builds for linux/amd64 and waits long enough', () => {
    const script = readFileSync(join(infraRoot, 'scripts/backend-deploy.sh'), 'utf8');
    expect(script).toMatch(/docker buildx build --platform linux\/amd64/);
    expect(script).toMatch(/--force-new-deployment/);
    expect(script).toMatch(/set -euo pipefail/);
    const attempts = Number(/WAIT_ATTEMPTS:-(\d+)/.exec(script)?.[1]);
    const delay = Number(/WAIT_DELAY:-(\d+)/.exec(script)?.[1]);
    expect(attempts * delay).toBeGreaterThanOrEqual(600);
  });
});

describe('environments', () => {
  it.each(ENVS)('%s: providers pin the account, tag everything and alias us-east-1', (env) => {
    const providers = dir(`envs/${env}`).files.find((f) => f.name === 'providers.tf')?.json.provider as Record<string, Body[]>;
    const aws = providers.aws ?? [];
    expect(aws.map((p) => p.alias ?? 'default').sort()).toEqual(['default', 'us_east_1']);
    for (const p of aws) {
      expect(p.allowed_account_ids).toEqual(['${var.aws_account_id}']);
      expect(only(p.default_tags)?.tags).toBeDefined();
    }
    expect(aws.find((p) => p.alias === 'us_east_1')?.region).toBe('us-east-1');
  });

  it('staging and production differ only in values', async () => {
    for (const file of ['main.tf', 'variables.tf', 'outputs.tf', 'providers.tf', 'versions.tf', 'Makefile']) {
      const a = readFileSync(join(infraRoot, 'envs/staging', file), 'utf8');
      const b = readFileSync(join(infraRoot, 'envs/production', file), 'utf8');
      expect(b, file).toBe(a);
    }
    const [s, p] = [await tfvars('staging'), await tfvars('production')];
    expect(Object.keys(p).filter((k) => k !== 'create_zone').sort()).toEqual(Object.keys(s).filter((k) => k !== 'create_zone').sort());
    expect(p.cache_high_availability).toBe(true);
    expect(p.deletion_protection).toBe(true);
    expect(p.aws_account_id).not.toBe(s.aws_account_id);
  });

  it.each(ENVS)('%s: outputs carry the deploy config keys', (env) => {
    const outputs = named(dir(`envs/${env}`), 'output');
    for (const k of ['ecr_endpoint', 'ecr_repository_name', 'ecs_cluster_name', 'ecs_service_name', 'cache_uri', 'db_uri', 'google_redirect_uri']) {
      expect(outputs.has(k), k).toBe(true);
    }
    const script = readFileSync(join(infraRoot, 'scripts/export-config.sh'), 'utf8');
    for (const k of ['ecr_endpoint', 'ecr_repository_name', 'ecs_cluster_name', 'ecs_service_name']) expect(script).toContain(`"${k}"`);
  });

  it.each(ENVS)('%s: Makefile has plan, deploy (apply then export), output, fmt and validate', (env) => {
    const make = readFileSync(join(infraRoot, 'envs', env, 'Makefile'), 'utf8');
    for (const target of ['plan', 'deploy', 'output', 'fmt', 'validate']) expect(make).toMatch(new RegExp(`^${target}:`, 'm'));
    const deploy = /^deploy:[^\n]*\n((?:\t[^\n]*\n)+)/m.exec(make)?.[1] ?? '';
    expect(deploy).toMatch(/apply/);
    expect(deploy.indexOf('apply')).toBeLessThan(deploy.indexOf('config'));
    expect(make).toMatch(/export-config\.sh \$\(ENV\)/);
    expect(make).toMatch(/op run --env-file=\.env/);
  });
});

describe('bootstrap roles', () => {
  const bootstrap = dir('bootstrap');

  it('trust policies pin the repository and pull_request (plan), the environment (apply) or <env>-deploy (deploy)', () => {
    const trust = blocks(bootstrap).find((b) => b.mode === 'data' && b.name === 'trust');
    const subjects = trust?.body.for_each as Record<string, string>;
    expect(subjects.plan).toBe('repo:${local.repository}:pull_request');
    expect(subjects.apply).toBe('repo:${local.repository}:environment:${var.environment}');
    expect(subjects.deploy).toBe('repo:${local.repository}:environment:${var.environment}-deploy');
    const conditions = (only(trust?.body.statement)?.condition as Body[]).map((c) => [c.test, c.variable]);
    expect(conditions).toContainEqual(['StringEquals', '${local.oidc_host}:sub']);
    expect(conditions).toContainEqual(['StringEquals', '${local.oidc_host}:aud']);
  });

  it('the deploy role can push to ECR, roll and describe ECS and pass the service roles, nothing else', () => {
    const deploy = blocks(bootstrap).find((b) => b.mode === 'data' && b.name === 'deploy');
    const actions = (deploy?.body.statement as Body[]).flatMap((s) => s.actions as string[]);
    const allowed = /^ecr:|^ecs:(UpdateService|UpdateExpressGatewayService|RegisterTaskDefinition|TagResource|Describe|List)|^iam:PassRole$/;
    expect(actions.filter((a) => !allowed.test(a))).toEqual([]);
    expect(actions).toContain('ecr:PutImage');
    expect(actions).toContain('ecs:UpdateService');
    expect(resource(bootstrap, 'aws_iam_role_policy_attachment').map((a) => String(a.body.role))).not.toContain(
      '${aws_iam_role.github["deploy"].name}',
    );
  });
});

describe('layout', () => {
  it('has the bootstrap, environments, modules and scripts', () => {
    for (const p of ['bootstrap', 'envs/common', 'envs/staging', 'envs/production', 'scripts/backend-deploy.sh', 'scripts/export-config.sh', 'scripts/aws-login.sh']) {
      expect(existsSync(join(infraRoot, p)), p).toBe(true);
    }
  });
});
