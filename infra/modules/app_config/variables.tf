variable "name" {
  description = "Path prefix of the parameters and name of the secret, e.g. myapp/staging."
  type        = string

  validation {
    condition     = can(regex("^[a-zA-Z0-9_.-]+(/[a-zA-Z0-9_.-]+)*$", var.name))
    error_message = "name must be path segments of letters, digits, _ . - separated by /, without leading or trailing /."
  }
}

variable "backend_config" {
  description = "Back-end settings: KEY => value. Each becomes an SSM SecureString parameter /<name>/backend/<KEY> for the container's secrets."
  type        = map(string)
  sensitive   = true

  validation {
    condition     = length(var.backend_config) > 0
    error_message = "backend_config needs at least one setting."
  }
}

variable "frontend_config" {
  description = "Front-end settings (public by nature: pool IDs, client IDs, URLs): key => value, kept in the secret beside the back-end config."
  type        = map(string)
  default     = {}
}

variable "kms_key_arn" {
  description = "Customer managed KMS key for the parameters and the secret; null uses the AWS managed keys."
  type        = string
  default     = null
}

variable "secret_recovery_window_days" {
  description = "Days a deleted secret can still be restored (0 deletes at once, for throw-away environments)."
  type        = number
  default     = 7

  validation {
    condition     = var.secret_recovery_window_days == 0 || (var.secret_recovery_window_days >= 7 && var.secret_recovery_window_days <= 30)
    error_message = "secret_recovery_window_days must be 0 or between 7 and 30."
  }
}
