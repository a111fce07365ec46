variable "environment" {
  description = "Environment whose state bucket, lock table and roles to create: staging or production."
  type        = string

  validation {
    condition     = contains(["staging", "production"], var.environment)
    error_message = "environment must be one of staging, production."
  }
}

variable "aws_account_id" {
  description = "AWS account of the environment; the provider refuses any other."
  type        = string

  validation {
    condition     = can(regex("^[0-9]{12}$", var.aws_account_id))
    error_message = "aws_account_id must be a 12-digit AWS account ID."
  }
}

variable "create_oidc_provider" {
  description = "Create the account's GitHub OIDC provider; false when another environment in the same account created it."
  type        = bool
  default     = true
}

variable "state_version_retention_days" {
  description = "Days to keep non-current versions of state files."
  type        = number
  default     = 90
}
