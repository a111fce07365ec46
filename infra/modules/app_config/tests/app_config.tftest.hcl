mock_provider "aws" {}

variables {
  name = "test/staging"
  backend_config = {
    SESSION_SECRET = "test-only-not-a-secret"
    CACHE_URL      = "rediss://cache.example.internal:6379"
  }
  frontend_config = {
    apiUrl = "https://api.example.com"
  }
}

run "secure_parameters_and_secret" {
  command = plan

  assert {
    condition     = alltrue([for p in aws_ssm_parameter.backend : p.type == "SecureString"])
    error_message = "every back-end setting is a SecureString"
  }

  assert {
    condition     = aws_ssm_parameter.backend["SESSION_SECRET"].name == "/test/staging/backend/SESSION_SECRET"
    error_message = "parameters live under /<name>/backend/<KEY>"
  }

  assert {
    condition     = aws_secretsmanager_secret.config.name == "test/staging/app-config"
    error_message = "the secret is <name>/app-config"
  }
}

run "rejects_lowercase_keys" {
  command = plan

  variables {
    backend_config = { session_secret = "x" }
  }

  expect_failures = [aws_ssm_parameter.backend]
}
