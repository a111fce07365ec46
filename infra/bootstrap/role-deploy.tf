# deploy: push the image, roll and watch the service; nothing else.

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
