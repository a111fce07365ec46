data "aws_partition" "current" {}
data "aws_caller_identity" "current" {}
data "aws_region" "current" {}

locals {
  partition   = data.aws_partition.current.partition
  ssm_secrets = [for arn in values(var.secrets) : arn if split(":", arn)[2] == "ssm"]
  sm_secrets  = [for arn in values(var.secrets) : arn if split(":", arn)[2] == "secretsmanager"]
}

# --- image registry -----------------------------------------------------------------------------

resource "aws_ecr_repository" "this" {
  name                 = var.name
  image_tag_mutability = "MUTABLE" # the deploy pushes <sha> and moves latest

  image_scanning_configuration {
    scan_on_push = true
  }

  encryption_configuration {
    encryption_type = "AES256"
  }
}

resource "aws_ecr_lifecycle_policy" "this" {
  repository = aws_ecr_repository.this.name

  policy = jsonencode({
    rules = [{
      rulePriority = 1
      description  = "Keep the last ${var.images_to_keep} images"
      selection = {
        tagStatus   = "any"
        countType   = "imageCountMoreThan"
        countNumber = var.images_to_keep
      }
      action = { type = "expire" }
    }]
  })
}

# --- cluster and logs ---------------------------------------------------------------------------

resource "aws_ecs_cluster" "this" {
  name = var.name

  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

resource "aws_cloudwatch_log_group" "this" {
  name              = "/ecs/${var.name}"
  retention_in_days = var.log_retention_days
}

# --- roles: execution (pull, logs, secrets), task (the app), infrastructure (ECS Express) ----------

data "aws_iam_policy_document" "ecs_tasks_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
  }
}

resource "aws_iam_role" "execution" {
  name                 = "${var.name}-execution"
  description          = "ECS pulls the image, writes logs and reads the secrets of ${var.name}"
  assume_role_policy   = data.aws_iam_policy_document.ecs_tasks_assume.json
  permissions_boundary = var.permissions_boundary_arn
}

resource "aws_iam_role_policy_attachment" "execution" {
  role       = aws_iam_role.execution.name
  policy_arn = "arn:${local.partition}:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
}

data "aws_iam_policy_document" "execution_secrets" {
  count = length(var.secrets) > 0 ? 1 : 0

  dynamic "statement" {
    for_each = length(local.ssm_secrets) > 0 ? [local.ssm_secrets] : []
    content {
      sid       = "ReadSsmParameters"
      actions   = ["ssm:GetParameters"]
      resources = statement.value
    }
  }

  dynamic "statement" {
    for_each = length(local.sm_secrets) > 0 ? [local.sm_secrets] : []
    content {
      sid       = "ReadSecrets"
      actions   = ["secretsmanager:GetSecretValue"]
      resources = statement.value
    }
  }

  statement {
    sid       = "DecryptSecrets"
    actions   = ["kms:Decrypt"]
    resources = [coalesce(var.secrets_kms_key_arn, "arn:${local.partition}:kms:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:key/*")]

    condition {
      test     = "StringLike"
      variable = "kms:ViaService"
      values   = ["ssm.${data.aws_region.current.region}.amazonaws.com", "secretsmanager.${data.aws_region.current.region}.amazonaws.com"]
    }
  }
}

resource "aws_iam_role_policy" "execution_secrets" {
  count = length(var.secrets) > 0 ? 1 : 0

  name   = "read-secrets"
  role   = aws_iam_role.execution.id
  policy = data.aws_iam_policy_document.execution_secrets[0].json
}

resource "aws_iam_role" "task" {
  name                 = "${var.name}-task"
  description          = "What the ${var.name} application may do"
  assume_role_policy   = data.aws_iam_policy_document.ecs_tasks_assume.json
  permissions_boundary = var.permissions_boundary_arn
}

resource "aws_iam_role_policy" "task" {
  count = var.task_policy_json == null ? 0 : 1

  name   = "application"
  role   = aws_iam_role.task.id
  policy = var.task_policy_json
}

data "aws_iam_policy_document" "ecs_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ecs.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "infrastructure" {
  name                 = "${var.name}-infrastructure"
  description          = "ECS Express manages the load balancer, security groups, certificate and scaling of ${var.name}"
  assume_role_policy   = data.aws_iam_policy_document.ecs_assume.json
  permissions_boundary = var.permissions_boundary_arn
}

resource "aws_iam_role_policy_attachment" "infrastructure" {
  role       = aws_iam_role.infrastructure.name
  policy_arn = "arn:${local.partition}:iam::aws:policy/service-role/AmazonECSInfrastructureRoleforExpressGatewayServices"
}

# --- network ------------------------------------------------------------------------------------

# The tasks' own security group: other services (cache, database) admit traffic from this group.
# ECS Express adds the load balancer's ingress itself.
resource "aws_security_group" "service" {
  name        = "${var.name}-service"
  description = "Tasks of ${var.name}"
  vpc_id      = var.vpc_id

  tags = { Name = "${var.name}-service" }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_security_group_egress_rule" "service_all" {
  security_group_id = aws_security_group.service.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
  description       = "Image pulls, AWS APIs, cache and database"
}

# --- the service --------------------------------------------------------------------------------

resource "aws_ecs_express_gateway_service" "this" {
  service_name            = var.name
  cluster                 = aws_ecs_cluster.this.name
  execution_role_arn      = aws_iam_role.execution.arn
  task_role_arn           = aws_iam_role.task.arn
  infrastructure_role_arn = aws_iam_role.infrastructure.arn
  cpu                     = var.cpu
  memory                  = var.memory
  health_check_path       = var.health_check_path
  wait_for_steady_state   = false

  network_configuration = [{
    subnets         = var.subnet_ids
    security_groups = [aws_security_group.service.id]
  }]

  scaling_target = [{
    auto_scaling_metric       = "REQUEST_COUNT_PER_TARGET"
    auto_scaling_target_value = var.requests_per_target
    min_task_count            = var.min_tasks
    max_task_count            = var.max_tasks
  }]

  primary_container {
    image          = "${aws_ecr_repository.this.repository_url}:${var.image_tag}"
    container_port = var.container_port

    aws_logs_configuration = [{
      log_group         = aws_cloudwatch_log_group.this.name
      log_stream_prefix = "web"
    }]

    dynamic "environment" {
      for_each = var.environment
      content {
        name  = environment.key
        value = environment.value
      }
    }

    dynamic "secret" {
      for_each = var.secrets
      content {
        name       = secret.key
        value_from = secret.value
      }
    }
  }

  # ECS Express adds its own security groups to the service; do not fight it on every plan.
  lifecycle {
    ignore_changes = [network_configuration]

    precondition {
      condition     = var.max_tasks >= var.min_tasks && var.max_tasks <= 100
      error_message = "max_tasks must be between min_tasks and 100."
    }
  }

  # Keep the roles' permissions until the service is gone, or it sticks in DRAINING on destroy.
  depends_on = [
    aws_iam_role_policy_attachment.execution,
    aws_iam_role_policy_attachment.infrastructure,
    aws_iam_role_policy.execution_secrets,
  ]
}
