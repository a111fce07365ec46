variable "name" {
  description = "Name of the replication group and prefix of its subnet and security groups, e.g. myapp-staging."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,38}[a-z0-9]$", var.name))
    error_message = "name must be 2-40 lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "vpc_id" {
  description = "VPC the cache runs in."
  type        = string
}

variable "subnet_ids" {
  description = "Cache subnets, in at least two availability zones."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 2
    error_message = "subnet_ids must name at least two subnets (two availability zones)."
  }
}

variable "source_security_group_ids" {
  description = "Security groups allowed to connect (e.g. the web app's); the cache accepts no other traffic."
  type        = map(string)

  validation {
    condition     = length(var.source_security_group_ids) > 0
    error_message = "source_security_group_ids must name at least one security group, keyed by a stable label."
  }
}

variable "node_type" {
  description = "Cache node type, e.g. cache.t4g.micro."
  type        = string
  default     = "cache.t4g.micro"

  validation {
    condition     = startswith(var.node_type, "cache.")
    error_message = "node_type must be an ElastiCache node type such as cache.t4g.micro."
  }
}

variable "engine_version" {
  description = "Valkey major.minor version."
  type        = string
  default     = "8.0"
}

variable "high_availability" {
  description = "Multi-AZ with automatic failover and one replica; false runs a single node."
  type        = bool
  default     = false
}

variable "snapshot_retention_days" {
  description = "Days to keep automatic snapshots (0 turns them off)."
  type        = number
  default     = 1

  validation {
    condition     = var.snapshot_retention_days >= 0 && var.snapshot_retention_days <= 35
    error_message = "snapshot_retention_days must be between 0 and 35."
  }
}

variable "port" {
  description = "TCP port of the cache."
  type        = number
  default     = 6379
}
