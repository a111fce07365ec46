locals {
  # The keys are not secret, only the values: for_each needs them in the clear.
  backend_keys = nonsensitive(toset(keys(var.backend_config)))
}

resource "aws_ssm_parameter" "backend" {
  for_each = local.backend_keys

  name        = "/${var.name}/backend/${each.key}"
  description = "Back-end setting ${each.key} of ${var.name}"
  type        = "SecureString"
  key_id      = var.kms_key_arn
  value       = var.backend_config[each.key]
  tier        = length(var.backend_config[each.key]) > 4096 ? "Advanced" : "Standard"

  lifecycle {
    precondition {
      condition     = can(regex("^[A-Z][A-Z0-9_]*$", each.key))
      error_message = "backend_config keys must be environment variable names (A-Z, 0-9, _)."
    }
  }
}

resource "aws_secretsmanager_secret" "config" {
  name                    = "${var.name}/app-config"
  description             = "Front-end and back-end configuration of ${var.name}"
  kms_key_id              = var.kms_key_arn
  recovery_window_in_days = var.secret_recovery_window_days
}

resource "aws_secretsmanager_secret_version" "config" {
  secret_id = aws_secretsmanager_secret.config.id
  secret_string = jsonencode({
    frontend = var.frontend_config
    backend  = var.backend_config
  })
}
