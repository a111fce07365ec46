module "common" {
  source      = "../envs/common"
  environment = var.environment
}

data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}

locals {
  name       = module.common.name
  account_id = data.aws_caller_identity.current.account_id
  partition  = data.aws_partition.current.partition
  repository = module.common.github_repository
  oidc_host  = "token.actions.githubusercontent.com"
  oidc_arn   = var.create_oidc_provider ? aws_iam_openid_connect_provider.github[0].arn : data.aws_iam_openid_connect_provider.github[0].arn

  environment_roles  = "arn:${local.partition}:iam::${local.account_id}:role/${local.name}-*"
  project_parameters = "arn:${local.partition}:ssm:${module.common.region}:${local.account_id}:parameter/${module.common.project}/${var.environment}/*"
  project_secrets    = "arn:${local.partition}:secretsmanager:${module.common.region}:${local.account_id}:secret:${module.common.project}/${var.environment}/*"
}

# --- remote state -----------------------------------------------------------------------------------

resource "aws_s3_bucket" "state" {
  bucket = "${local.name}-tfstate-${local.account_id}"

  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_s3_bucket_versioning" "state" {
  bucket = aws_s3_bucket.state.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "state" {
  bucket = aws_s3_bucket.state.id

  rule {
    bucket_key_enabled = true

    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

resource "aws_s3_bucket_public_access_block" "state" {
  bucket = aws_s3_bucket.state.id

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "state" {
  bucket = aws_s3_bucket.state.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "state" {
  bucket = aws_s3_bucket.state.id

  rule {
    id     = "expire-old-state-versions"
    status = "Enabled"

    filter {}

    noncurrent_version_expiration {
      noncurrent_days = var.state_version_retention_days
    }

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }

  depends_on = [aws_s3_bucket_versioning.state]
}

data "aws_iam_policy_document" "state_bucket" {
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.state.arn, "${aws_s3_bucket.state.arn}/*"]

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "state" {
  bucket = aws_s3_bucket.state.id
  policy = data.aws_iam_policy_document.state_bucket.json

  depends_on = [aws_s3_bucket_public_access_block.state]
}

resource "aws_dynamodb_table" "lock" {
  name                        = "${local.name}-tfstate-lock"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "LockID"
  deletion_protection_enabled = true

  attribute {
    name = "LockID"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }

  server_side_encryption {
    enabled = true
  }

  lifecycle {
    prevent_destroy = true
  }
}

# --- GitHub OIDC ------------------------------------------------------------------------------------

resource "aws_iam_openid_connect_provider" "github" {
  count = var.create_oidc_provider ? 1 : 0

  url            = "https://${local.oidc_host}"
  client_id_list = ["sts.amazonaws.com"]
}

data "aws_iam_openid_connect_provider" "github" {
  count = var.create_oidc_provider ? 0 : 1

  url = "https://${local.oidc_host}"
}

# Trust: the repository's workflows only, and only in the given context (the token's sub claim):
# plan from pull requests; apply from the protected GitHub environment <env>; deploy from its own
# environment <env>-deploy, so that the deploy job (which builds the repository's Dockerfile) can
# never assume the apply role.
data "aws_iam_policy_document" "trust" {
  for_each = {
    plan   = "repo:${local.repository}:pull_request"
    apply  = "repo:${local.repository}:environment:${var.environment}"
    deploy = "repo:${local.repository}:environment:${var.environment}-deploy"
  }

  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]

    principals {
      type        = "Federated"
      identifiers = [local.oidc_arn]
    }

    condition {
      test     = "StringEquals"
      variable = "${local.oidc_host}:aud"
      values   = ["sts.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "${local.oidc_host}:sub"
      values   = [each.value]
    }
  }
}

resource "aws_iam_role" "github" {
  for_each = data.aws_iam_policy_document.trust

  name                 = "${local.name}-github-${each.key}"
  description          = "GitHub Actions ${each.key} for ${local.repository} (${var.environment})"
  assume_role_policy   = each.value.json
  max_session_duration = 3600
}

# --- state: plan reads it and takes the lock; only apply writes it ---------------------------------

locals {
  state_objects = "${aws_s3_bucket.state.arn}/envs/${var.environment}/*"
  # Lock table items: the lock is "<bucket>/<key>", the state digest "<bucket>/<key>-md5".
  lock_ids = "${aws_s3_bucket.state.bucket}/envs/${var.environment}/*"
}

data "aws_iam_policy_document" "state_read" {
  statement {
    sid       = "ListStateBucket"
    actions   = ["s3:ListBucket"]
    resources = [aws_s3_bucket.state.arn]
  }

  statement {
    sid       = "ReadState"
    actions   = ["s3:GetObject"]
    resources = [local.state_objects]
  }

  # With use_lockfile = true the lock is an object next to the state: only that key is writable.
  statement {
    sid       = "S3LockFile"
    actions   = ["s3:PutObject", "s3:DeleteObject"]
    resources = ["${aws_s3_bucket.state.arn}/envs/${var.environment}/*.tflock"]
  }

  statement {
    sid       = "ReadLockTable"
    actions   = ["dynamodb:DescribeTable", "dynamodb:GetItem"]
    resources = [aws_dynamodb_table.lock.arn]
  }

  # The lock item only: the digest item (-md5) stays with apply, which writes the state.
  statement {
    sid       = "TakeAndReleaseTheLock"
    actions   = ["dynamodb:PutItem", "dynamodb:DeleteItem"]
    resources = [aws_dynamodb_table.lock.arn]

    condition {
      test     = "ForAllValues:StringLike"
      variable = "dynamodb:LeadingKeys"
      values   = [local.lock_ids]
    }

    condition {
      test     = "ForAllValues:StringNotLike"
      variable = "dynamodb:LeadingKeys"
      values   = ["*-md5"]
    }
  }

  statement {
    sid       = "StateEncryption"
    actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
    resources = ["arn:${local.partition}:kms:${module.common.region}:${local.account_id}:key/*"]

    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["s3.${module.common.region}.amazonaws.com"]
    }
  }
}

data "aws_iam_policy_document" "state_write" {
  source_policy_documents = [data.aws_iam_policy_document.state_read.json]

  statement {
    sid       = "WriteState"
    actions   = ["s3:PutObject", "s3:DeleteObject"]
    resources = [local.state_objects]
  }

  statement {
    sid       = "WriteStateDigest"
    actions   = ["dynamodb:PutItem", "dynamodb:DeleteItem"]
    resources = [aws_dynamodb_table.lock.arn]
  }

  statement {
    sid       = "StateEncryptionWrite"
    actions   = ["kms:Encrypt"]
    resources = ["arn:${local.partition}:kms:${module.common.region}:${local.account_id}:key/*"]

    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["s3.${module.common.region}.amazonaws.com"]
    }
  }
}

# --- plan: read the configuration, not the application's data; write only the lock -----------------

resource "aws_iam_role_policy_attachment" "plan_read_only" {
  role       = aws_iam_role.github["plan"].name
  policy_arn = "arn:${local.partition}:iam::aws:policy/ReadOnlyAccess"
}

data "aws_iam_policy_document" "plan" {
  source_policy_documents = [data.aws_iam_policy_document.state_read.json]

  # Refreshing SecureString parameters and secret versions reads their values.
  statement {
    sid     = "ReadProjectSecrets"
    actions = ["ssm:GetParameter", "ssm:GetParameters", "secretsmanager:GetSecretValue"]
    resources = [
      local.project_parameters,
      local.project_secrets,
    ]
  }

  statement {
    sid       = "DecryptProjectSecrets"
    actions   = ["kms:Decrypt"]
    resources = ["arn:${local.partition}:kms:${module.common.region}:${local.account_id}:key/*"]

    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["ssm.${module.common.region}.amazonaws.com", "secretsmanager.${module.common.region}.amazonaws.com"]
    }
  }

  # ReadOnlyAccess also reads data that `tofu plan` never refreshes: the tree has no S3 objects,
  # table items or SSM/Secrets Manager data sources of its own, so these reads are denied to the
  # pull-request code that runs with this role. Add an exception here before managing such data.
  statement {
    sid           = "NoObjectsButTheState"
    effect        = "Deny"
    actions       = ["s3:GetObject", "s3:GetObjectVersion"]
    not_resources = [local.state_objects]
  }

  statement {
    sid           = "NoItemsButTheLock"
    effect        = "Deny"
    actions       = ["dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:PartiQLSelect", "dynamodb:GetRecords", "dynamodb:GetShardIterator"]
    not_resources = [aws_dynamodb_table.lock.arn]
  }

  statement {
    sid           = "NoSecretsButTheProjects"
    effect        = "Deny"
    actions       = ["ssm:GetParameter", "ssm:GetParameters", "ssm:GetParametersByPath", "ssm:GetParameterHistory", "secretsmanager:GetSecretValue", "secretsmanager:BatchGetSecretValue"]
    not_resources = [local.project_parameters, local.project_secrets]
  }

  statement {
    sid       = "NoApplicationData"
    effect    = "Deny"
    resources = ["*"]
    actions = [
      "logs:GetLogEvents", "logs:FilterLogEvents", "logs:StartQuery", "logs:GetQueryResults", "logs:GetLogRecord", "logs:StartLiveTail",
      "cognito-idp:ListUsers", "cognito-idp:ListUsersInGroup", "cognito-idp:AdminGetUser", "cognito-idp:AdminListUserAuthEvents",
      "rds:DownloadDBLogFilePortion", "rds:DownloadCompleteDBLogFile",
      "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer",
    ]
  }
}

resource "aws_iam_role_policy" "plan" {
  name   = "state-and-secrets"
  role   = aws_iam_role.github["plan"].id
  policy = data.aws_iam_policy_document.plan.json
}

# --- the boundary of every role the environment tree creates ---------------------------------------

# The apply role creates and changes the environment's roles only with this boundary on them, so
# none of them can ever do more than it allows: no IAM beyond service-linked roles and passing the
# environment's own roles, nothing on the state or the lock table. (Without it, apply could create
# a role with AdministratorAccess that trusts itself and assume it.)
data "aws_iam_policy_document" "boundary" {
  statement {
    sid         = "AnythingButAccountAdministration"
    not_actions = ["iam:*", "organizations:*", "account:*"]
    resources   = ["*"]
  }

  statement {
    sid       = "ServiceLinkedRoles"
    actions   = ["iam:CreateServiceLinkedRole"]
    resources = ["arn:${local.partition}:iam::${local.account_id}:role/aws-service-role/*"]
  }

  statement {
    sid       = "PassEnvironmentRoles"
    actions   = ["iam:GetRole", "iam:PassRole"]
    resources = ["arn:${local.partition}:iam::${local.account_id}:role/${local.name}-*"]
  }

  statement {
    sid       = "NeverTheDeliveryRoles"
    effect    = "Deny"
    actions   = ["iam:*", "sts:*"]
    resources = [for r in aws_iam_role.github : r.arn]
  }

  statement {
    sid       = "NeverTheState"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.state.arn, "${aws_s3_bucket.state.arn}/*"]
  }

  statement {
    sid       = "NeverTheLockTable"
    effect    = "Deny"
    actions   = ["dynamodb:*"]
    resources = [aws_dynamodb_table.lock.arn]
  }
}

resource "aws_iam_policy" "boundary" {
  name        = module.common.permissions_boundary_name
  description = "Permissions boundary of every role the ${var.environment} tree creates"
  policy      = data.aws_iam_policy_document.boundary.json
}

# --- apply: every service the tree uses, IAM only for the environment's own, bounded roles ---------

resource "aws_iam_role_policy_attachment" "apply_power_user" {
  role       = aws_iam_role.github["apply"].name
  policy_arn = "arn:${local.partition}:iam::aws:policy/PowerUserAccess"
}

data "aws_iam_policy_document" "apply" {
  source_policy_documents = [data.aws_iam_policy_document.state_write.json]

  statement {
    sid = "CreateAndChangeRolesWithTheBoundary"
    actions = [
      "iam:CreateRole", "iam:PutRolePermissionsBoundary",
      "iam:PutRolePolicy", "iam:DeleteRolePolicy",
      "iam:AttachRolePolicy", "iam:DetachRolePolicy",
    ]
    resources = [local.environment_roles]

    condition {
      test     = "StringEquals"
      variable = "iam:PermissionsBoundary"
      values   = [aws_iam_policy.boundary.arn]
    }
  }

  statement {
    sid = "ManageEnvironmentRoles"
    actions = [
      "iam:DeleteRole", "iam:UpdateRole", "iam:UpdateRoleDescription", "iam:UpdateAssumeRolePolicy",
      "iam:TagRole", "iam:UntagRole", "iam:GetRole", "iam:ListRolePolicies",
      "iam:ListAttachedRolePolicies", "iam:ListInstanceProfilesForRole",
      "iam:GetRolePolicy", "iam:PassRole",
    ]
    resources = [local.environment_roles]
  }

  statement {
    sid       = "KeepTheBoundary"
    effect    = "Deny"
    actions   = ["iam:DeleteRolePermissionsBoundary"]
    resources = ["*"]
  }

  statement {
    sid       = "NeverChangeTheBoundaryPolicy"
    effect    = "Deny"
    actions   = ["iam:CreatePolicyVersion", "iam:DeletePolicy", "iam:DeletePolicyVersion", "iam:SetDefaultPolicyVersion"]
    resources = [aws_iam_policy.boundary.arn]
  }

  statement {
    sid       = "NeverTouchTheDeliveryRoles"
    effect    = "Deny"
    actions   = ["iam:*"]
    resources = [for r in aws_iam_role.github : r.arn]
  }

  statement {
    sid       = "ServiceLinkedRoles"
    actions   = ["iam:CreateServiceLinkedRole"]
    resources = ["arn:${local.partition}:iam::${local.account_id}:role/aws-service-role/*"]
  }
}

resource "aws_iam_role_policy" "apply" {
  name   = "state-and-environment-roles"
  role   = aws_iam_role.github["apply"].id
  policy = data.aws_iam_policy_document.apply.json
}

# --- deploy: push the image, roll and watch the service; nothing else ------------------------------

data "aws_iam_policy_document" "deploy" {
  statement {
    sid       = "EcrLogin"
    actions   = ["ecr:GetAuthorizationToken"]
    resources = ["*"]
  }

  statement {
    sid = "EcrPush"
    actions = [
      "ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:CompleteLayerUpload",
      "ecr:DescribeImages", "ecr:GetDownloadUrlForLayer", "ecr:InitiateLayerUpload",
      "ecr:PutImage", "ecr:UploadLayerPart",
    ]
    resources = ["arn:${local.partition}:ecr:${module.common.region}:${local.account_id}:repository/${local.name}-*"]
  }

  # UpdateService rolls a service; the Express calls roll an ECS Express gateway service (the
  # reference tree's web service) with strategy task-definition.
  statement {
    sid       = "EcsRoll"
    actions   = ["ecs:UpdateService", "ecs:DescribeServices", "ecs:DescribeExpressGatewayService", "ecs:UpdateExpressGatewayService"]
    resources = ["arn:${local.partition}:ecs:${module.common.region}:${local.account_id}:service/${local.name}-*/*"]
  }

  statement {
    sid       = "EcsWatch"
    actions   = ["ecs:DescribeTasks", "ecs:ListTasks"]
    resources = ["*"]

    condition {
      test     = "ArnLike"
      variable = "ecs:cluster"
      values   = ["arn:${local.partition}:ecs:${module.common.region}:${local.account_id}:cluster/${local.name}-*"]
    }
  }

  # force-new-deployment reads the task definition to check its image; task-definition registers
  # a revision with the new image. Neither action takes a resource ARN.
  statement {
    sid       = "EcsTaskDefinitions"
    actions   = ["ecs:DescribeTaskDefinition", "ecs:RegisterTaskDefinition"]
    resources = ["*"]
  }

  statement {
    sid       = "TagNewRevisions"
    actions   = ["ecs:TagResource"]
    resources = ["arn:${local.partition}:ecs:${module.common.region}:${local.account_id}:task-definition/${local.name}-*:*"]

    condition {
      test     = "StringEquals"
      variable = "ecs:CreateAction"
      values   = ["RegisterTaskDefinition"]
    }
  }

  # A new revision names the service's task and execution roles, and only those.
  statement {
    sid     = "PassTheServiceRoles"
    actions = ["iam:PassRole"]
    resources = [
      "arn:${local.partition}:iam::${local.account_id}:role/${local.name}-*-task",
      "arn:${local.partition}:iam::${local.account_id}:role/${local.name}-*-execution",
    ]

    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = ["ecs-tasks.amazonaws.com"]
    }
  }
}

resource "aws_iam_role_policy" "deploy" {
  name   = "ecr-push-ecs-roll"
  role   = aws_iam_role.github["deploy"].id
  policy = data.aws_iam_policy_document.deploy.json
}
