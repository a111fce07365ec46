mock_provider "aws" {
  mock_resource "aws_ecs_express_gateway_service" {
    defaults = {
      ingress_paths = [{ access_type = "PUBLIC", endpoint = "test-web.ecs.eu-west-1.on.aws" }]
    }
  }

  mock_resource "aws_ecr_repository" {
    defaults = {
      repository_url = "111111111111.dkr.ecr.eu-west-1.amazonaws.com/test-web"
    }
  }

  mock_data "aws_region" {
    defaults = {
      region = "eu-west-1"
    }
  }
}

variables {
  name       = "test-web"
  vpc_id     = "vpc-0123456789abcdef0"
  subnet_ids = ["subnet-0000000000000000a", "subnet-0000000000000000b"]
  secrets = {
    SESSION_SECRET = "arn:aws:ssm:eu-west-1:111111111111:parameter/test/backend/SESSION_SECRET"
  }
}

run "service_defaults" {
  command = apply

  assert {
    condition     = aws_ecs_express_gateway_service.this.health_check_path == "/v1/health"
    error_message = "the default health check is /v1/health"
  }

  assert {
    condition     = jsondecode(aws_ecr_lifecycle_policy.this.policy).rules[0].selection.countNumber == 5
    error_message = "the ECR lifecycle policy keeps 5 images"
  }

  assert {
    condition     = output.ecr_endpoint == "111111111111.dkr.ecr.eu-west-1.amazonaws.com"
    error_message = "ecr_endpoint is the registry host"
  }

  assert {
    condition     = output.service_url == "https://test-web.ecs.eu-west-1.on.aws"
    error_message = "service_url is the ECS Express endpoint"
  }

  assert {
    condition     = length(aws_iam_role_policy.execution_secrets) == 1
    error_message = "the execution role may read the secrets"
  }
}

run "refuses_root_health_check" {
  command = plan

  variables {
    health_check_path = "/"
  }

  expect_failures = [var.health_check_path]
}

run "refuses_plain_secret_values" {
  command = plan

  variables {
    secrets = { API_KEY = "hunter2" }
  }

  expect_failures = [var.secrets]
}

run "roles_carry_the_permissions_boundary" {
  command = plan

  variables {
    permissions_boundary_arn = "arn:aws:iam::111111111111:policy/test-permissions-boundary"
  }

  assert {
    condition     = alltrue([for r in [aws_iam_role.execution, aws_iam_role.task, aws_iam_role.infrastructure] : r.permissions_boundary == "arn:aws:iam::111111111111:policy/test-permissions-boundary"])
    error_message = "every role of the service carries the permissions boundary"
  }
}
