# apply: every service the tree uses, IAM only for the environment's own, bounded roles.

locals {
  environment_roles = "arn:${local.partition}:iam::${local.account_id}:role/${local.name}-*"
}

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
