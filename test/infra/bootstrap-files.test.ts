// The bootstrap keeps one job per file, so that a reviewer of a role's permissions reads one file.
import { describe, expect, it } from 'vitest';
import { blocks, loadTree, type ModuleDir } from './tree.js';

const tree = await loadTree();
const bootstrap = tree.find((m) => m.rel === 'bootstrap') as ModuleDir;

/** The file of each resource and data source, by its address. */
const FILE_OF: Record<string, string> = {
  'data.aws_caller_identity.current': 'main.tf',
  'data.aws_partition.current': 'main.tf',
  'resource.aws_s3_bucket.state': 'state.tf',
  'resource.aws_s3_bucket_versioning.state': 'state.tf',
  'resource.aws_s3_bucket_server_side_encryption_configuration.state': 'state.tf',
  'resource.aws_s3_bucket_public_access_block.state': 'state.tf',
  'resource.aws_s3_bucket_ownership_controls.state': 'state.tf',
  'resource.aws_s3_bucket_lifecycle_configuration.state': 'state.tf',
  'data.aws_iam_policy_document.state_bucket': 'state.tf',
  'resource.aws_s3_bucket_policy.state': 'state.tf',
  'resource.aws_dynamodb_table.lock': 'state.tf',
  'resource.aws_iam_openid_connect_provider.github': 'oidc.tf',
  'data.aws_iam_openid_connect_provider.github': 'oidc.tf',
  'data.aws_iam_policy_document.trust': 'roles.tf',
  'resource.aws_iam_role.github': 'roles.tf',
  'data.aws_iam_policy_document.state_read': 'state-access.tf',
  'data.aws_iam_policy_document.state_write': 'state-access.tf',
  'resource.aws_iam_role_policy_attachment.plan_read_only': 'role-plan.tf',
  'data.aws_iam_policy_document.plan': 'role-plan.tf',
  'resource.aws_iam_role_policy.plan': 'role-plan.tf',
  'data.aws_iam_policy_document.boundary': 'permissions-boundary.tf',
  'resource.aws_iam_policy.boundary': 'permissions-boundary.tf',
  'resource.aws_iam_role_policy_attachment.apply_power_user': 'role-apply.tf',
  'data.aws_iam_policy_document.apply': 'role-apply.tf',
  'resource.aws_iam_role_policy.apply': 'role-apply.tf',
  'data.aws_iam_policy_document.deploy': 'role-deploy.tf',
  'resource.aws_iam_role_policy.deploy': 'role-deploy.tf',
};

describe('infra/bootstrap files', () => {
  it('hold each resource and data source in the file of its job', () => {
    const actual = Object.fromEntries(
      blocks(bootstrap).map((b) => [`${b.mode}.${b.type}.${b.name}`, b.file.replace(/^bootstrap\//, '')]),
    );
    expect(actual).toEqual(FILE_OF);
  });

  it('keep each file short', () => {
    for (const f of bootstrap.files) expect(f.text.split('\n').length, f.name).toBeLessThan(150);
  });
});
