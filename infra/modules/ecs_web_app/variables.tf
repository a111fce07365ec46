variable "name" {
  description = "Name of the service, its ECR repository, cluster, roles and log group, e.g. myapp-staging-web."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,46}[a-z0-9]$", var.name))
    error_message = "name must be 3-48 lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "vpc_id" {
  description = "VPC the service runs in."
  type        = string
}

variable "subnet_ids" {
  description = "Subnets of the service and its load balancer (public subnets give an internet-facing endpoint)."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 2
    error_message = "subnet_ids must name at least two subnets (two availability zones)."
  }
}

variable "image_tag" {
  description = "Tag of the image in this module's ECR repository that the service starts with; later rollouts go through the deploy script."
  type        = string
  default     = "latest"
}

variable "container_port" {
  description = "Port the container listens on."
  type        = number
  default     = 8080

  validation {
    condition     = var.container_port > 0 && var.container_port < 65536
    error_message = "container_port must be between 1 and 65535."
  }
}

variable "cpu" {
  description = "Task CPU units (256, 512, 1024, 2048, 4096, 8192 or 16384)."
  type        = string
  default     = "512"

  validation {
    condition     = contains(["256", "512", "1024", "2048", "4096", "8192", "16384"], var.cpu)
    error_message = "cpu must be one of 256, 512, 1024, 2048, 4096, 8192, 16384."
  }
}

variable "memory" {
  description = "Task memory in MiB (must suit the CPU size, e.g. 1024-4096 for 512 CPU)."
  type        = string
  default     = "1024"

  validation {
    condition     = can(tonumber(var.memory)) && tonumber(var.memory) >= 512
    error_message = "memory must be a number of MiB, at least 512."
  }
}

variable "environment" {
  description = "Plain environment variables of the container (no secrets here: use secrets)."
  type        = map(string)
  default     = {}
}

variable "secrets" {
  description = "Secret environment variables: variable name => ARN of an SSM parameter (SecureString) or Secrets Manager secret."
  type        = map(string)
  default     = {}

  validation {
    condition     = alltrue([for arn in values(var.secrets) : can(regex("^arn:aws[a-z-]*:(ssm|secretsmanager):", arn))])
    error_message = "secrets values must be SSM parameter or Secrets Manager secret ARNs."
  }
}

variable "secrets_kms_key_arn" {
  description = "Customer managed KMS key that encrypts the secrets, if not the AWS managed aws/ssm key."
  type        = string
  default     = null
}

variable "health_check_path" {
  description = "HTTP path the load balancer probes; it must exercise the app, so / is not accepted."
  type        = string
  default     = "/v1/health"

  validation {
    condition     = startswith(var.health_check_path, "/") && var.health_check_path != "/"
    error_message = "health_check_path must be an absolute path other than / (e.g. /v1/health)."
  }
}

variable "min_tasks" {
  description = "Minimum number of running tasks."
  type        = number
  default     = 1

  validation {
    condition     = var.min_tasks >= 1
    error_message = "min_tasks must be at least 1."
  }
}

variable "max_tasks" {
  description = "Maximum number of running tasks."
  type        = number
  default     = 10
}

variable "requests_per_target" {
  description = "Target of the request-count scaling policy: requests per task the service scales to keep."
  type        = number
  default     = 100

  validation {
    condition     = var.requests_per_target > 0
    error_message = "requests_per_target must be positive."
  }
}

variable "task_policy_json" {
  description = "IAM policy (JSON) for what the application itself may do (the task role); null grants nothing."
  type        = string
  default     = null
}

variable "log_retention_days" {
  description = "Days to keep the container logs."
  type        = number
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be a CloudWatch Logs retention value (1, 3, 5, 7, 14, 30, 60, 90, ...)."
  }
}

variable "images_to_keep" {
  description = "How many images the ECR lifecycle policy keeps."
  type        = number
  default     = 5

  validation {
    condition     = var.images_to_keep >= 1
    error_message = "images_to_keep must be at least 1."
  }
}

variable "permissions_boundary_arn" {
  description = "IAM policy set as the permissions boundary of every role this module creates (infra/bootstrap makes one and lets the apply role create roles only with it); null sets none."
  type        = string
  default     = null
}
