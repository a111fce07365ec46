# plan: read the configuration, not the application's data; write only the lock.

locals {
  project_parameters = "arn:${local.partition}:ssm:${module.common.region}:${local.account_id}:parameter/${module.common.project}/${var.environment}/*"
  project_secrets    = "arn:${local.partition}:secretsmanager:${module.common.region}:${local.account_id}:secret:${module.common.project}/${var.environment}/*"
}

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
