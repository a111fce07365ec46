# The boundary of every role the environment tree creates.

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
