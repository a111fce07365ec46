variable "environment" {
  description = "Environment whose values to return: staging or production."
  type        = string

  validation {
    condition     = contains(["staging", "production"], var.environment)
    error_message = "environment must be one of staging, production."
  }
}
