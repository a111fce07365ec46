# The plan, apply and deploy roles and who may assume them; what each may do is in role-*.tf.

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
