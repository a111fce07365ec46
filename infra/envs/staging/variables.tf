variable "environment" {
  description = "Name of this environment (staging or production); must match the directory."
  type        = string

  validation {
    condition     = contains(["staging", "production"], var.environment)
    error_message = "environment must be one of staging, production."
  }
}

variable "aws_account_id" {
  description = "The only AWS account this root may touch (the provider refuses any other)."
  type        = string

  validation {
    condition     = can(regex("^[0-9]{12}$", var.aws_account_id))
    error_message = "aws_account_id must be a 12-digit AWS account ID."
  }
}

variable "domain_name" {
  description = "Domain of the environment; the site is app.<domain>, the API api.<domain>."
  type        = string
}

variable "create_zone" {
  description = "Create the Route53 zone for domain_name (false: it exists already)."
  type        = bool
  default     = true
}

variable "nat_gateway_mode" {
  description = "Internet egress of the private subnets: none, single or per_az."
  type        = string
  default     = "none"
}

variable "web_cpu" {
  description = "CPU units of a web task."
  type        = string
  default     = "512"
}

variable "web_memory" {
  description = "Memory (MiB) of a web task."
  type        = string
  default     = "1024"
}

variable "web_min_tasks" {
  description = "Minimum number of web tasks."
  type        = number
  default     = 1
}

variable "web_max_tasks" {
  description = "Maximum number of web tasks."
  type        = number
  default     = 10
}

variable "health_check_path" {
  description = "Health-check path of the web service."
  type        = string
  default     = "/v1/health"
}

variable "cache_node_type" {
  description = "Node type of the Valkey cache."
  type        = string
  default     = "cache.t4g.micro"
}

variable "cache_high_availability" {
  description = "Multi-AZ Valkey with automatic failover."
  type        = bool
  default     = false
}

variable "db_instance_class" {
  description = "RDS instance class of the database."
  type        = string
  default     = "db.t4g.micro"
}

variable "db_multi_az" {
  description = "Run the database with a Multi-AZ standby."
  type        = bool
  default     = false
}

variable "deletion_protection" {
  description = "Protect the user pool, database and table from deletion, and keep final snapshots."
  type        = bool
  default     = true
}

variable "log_retention_days" {
  description = "Days to keep application and access logs."
  type        = number
  default     = 30
}

variable "cognito_email_via_ses" {
  description = "Send Cognito mail through the SES domain identity; turn on once SES has verified the domain (and left the sandbox)."
  type        = bool
  default     = false
}

variable "google_client_id" {
  description = "Google OAuth client ID; empty leaves Google sign-in off."
  type        = string
  default     = ""
}

variable "google_client_secret" {
  description = "Google OAuth client secret (TF_VAR_google_client_secret from 1Password via op run)."
  type        = string
  default     = ""
  sensitive   = true
}

variable "session_secret" {
  description = "Secret the back end signs sessions with (TF_VAR_session_secret from 1Password via op run)."
  type        = string
  sensitive   = true

  validation {
    condition     = length(var.session_secret) >= 32
    error_message = "session_secret must be at least 32 characters."
  }
}

variable "api_package_file" {
  description = "Path of the API Lambda package (zip); null leaves the API out of this environment."
  type        = string
  default     = null
}

variable "alert_email" {
  description = "Mailbox for DMARC aggregate reports; empty publishes none."
  type        = string
  default     = ""
}
