variable "name" {
  description = "Name of the API, its function, role and log groups, e.g. myapp-staging-api."
  type        = string
}

variable "package_file" {
  description = "Path of the Lambda deployment package (zip) built by the application's build."
  type        = string
}

variable "handler" {
  description = "Function entry point inside the package."
  type        = string
  default     = "index.handler"
}

variable "runtime" {
  description = "Lambda runtime identifier."
  type        = string
  default     = "nodejs22.x"
}

variable "memory_size" {
  description = "Function memory in MB."
  type        = number
  default     = 512

  validation {
    condition     = var.memory_size >= 128 && var.memory_size <= 10240
    error_message = "memory_size must be between 128 and 10240."
  }
}

variable "timeout" {
  description = "Function timeout in seconds (API Gateway itself gives up after 29 s)."
  type        = number
  default     = 15

  validation {
    condition     = var.timeout >= 1 && var.timeout <= 29
    error_message = "timeout must be between 1 and 29 seconds (API Gateway's integration limit)."
  }
}

variable "environment" {
  description = "Environment variables of the function (no secrets: read them from SSM or Secrets Manager at runtime)."
  type        = map(string)
  default     = {}
}

variable "function_policy_json" {
  description = "IAM policy (JSON) for what the function may do beyond writing its logs; null grants nothing more."
  type        = string
  default     = null
}

variable "user_pool_arn" {
  description = "Cognito user pool whose tokens the authorizer accepts."
  type        = string
}

variable "authorization_scopes" {
  description = "OAuth scopes (full names) an access token must carry; empty accepts ID tokens of the pool instead."
  type        = list(string)
  default     = []
}

variable "cors_allow_origin" {
  description = "Origin allowed to call the API from a browser, e.g. https://app.example.com."
  type        = string

  validation {
    condition     = can(regex("^https?://[^/]+$", var.cors_allow_origin))
    error_message = "cors_allow_origin must be an origin such as https://app.example.com (no path, no wildcard)."
  }
}

variable "stage_name" {
  description = "Name of the deployment stage."
  type        = string
  default     = "live"
}

variable "domain_name" {
  description = "Custom domain of the API, e.g. api.staging.example.com."
  type        = string
}

variable "certificate_arn" {
  description = "Validated regional ACM certificate covering domain_name."
  type        = string
}

variable "zone_id" {
  description = "Route53 hosted zone for the custom domain's alias record."
  type        = string
}

variable "throttling_rate_limit" {
  description = "Steady-state requests per second allowed across the stage."
  type        = number
  default     = 100
}

variable "throttling_burst_limit" {
  description = "Burst of requests allowed across the stage."
  type        = number
  default     = 200
}

variable "log_retention_days" {
  description = "Days to keep the function and access logs."
  type        = number
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be a CloudWatch Logs retention value (1, 3, 5, 7, 14, 30, 60, 90, ...)."
  }
}

variable "manage_account_logging_role" {
  description = "Set the region's API Gateway CloudWatch Logs role (an account-wide setting: let only one root manage it)."
  type        = bool
  default     = true
}

variable "permissions_boundary_arn" {
  description = "IAM policy set as the permissions boundary of every role this module creates (infra/bootstrap makes one and lets the apply role create roles only with it); null sets none."
  type        = string
  default     = null
}
