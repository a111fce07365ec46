variable "name" {
  description = "Name prefix for every resource, e.g. myapp-staging."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,38}[a-z0-9]$", var.name))
    error_message = "name must be 3-40 lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "cidr_block" {
  description = "IPv4 CIDR of the VPC (a /16 leaves room for every subnet tier)."
  type        = string

  validation {
    condition     = can(cidrhost(var.cidr_block, 0)) && tonumber(split("/", var.cidr_block)[1]) <= 20
    error_message = "cidr_block must be an IPv4 CIDR of /20 or larger."
  }
}

variable "public_subnet_cidrs" {
  description = "CIDRs of the public subnets, one per availability zone (load balancers, web tasks)."
  type        = list(string)

  validation {
    condition     = length(var.public_subnet_cidrs) >= 2 && alltrue([for c in var.public_subnet_cidrs : can(cidrhost(c, 0))])
    error_message = "public_subnet_cidrs must hold at least two IPv4 CIDRs (one per availability zone)."
  }
}

variable "private_subnet_cidrs" {
  description = "CIDRs of the private subnets, one per availability zone (database, internal workloads)."
  type        = list(string)

  validation {
    condition     = length(var.private_subnet_cidrs) >= 2 && alltrue([for c in var.private_subnet_cidrs : can(cidrhost(c, 0))])
    error_message = "private_subnet_cidrs must hold at least two IPv4 CIDRs (one per availability zone)."
  }
}

variable "cache_subnet_cidrs" {
  description = "CIDRs of the small private subnets reserved for the cache, one per availability zone."
  type        = list(string)

  validation {
    condition     = length(var.cache_subnet_cidrs) >= 2 && alltrue([for c in var.cache_subnet_cidrs : can(cidrhost(c, 0))])
    error_message = "cache_subnet_cidrs must hold at least two IPv4 CIDRs (one per availability zone)."
  }
}

variable "nat_gateway_mode" {
  description = "Internet egress for the private subnets: none, single (one NAT gateway) or per_az (one per availability zone)."
  type        = string
  default     = "none"

  validation {
    condition     = contains(["none", "single", "per_az"], var.nat_gateway_mode)
    error_message = "nat_gateway_mode must be one of none, single, per_az."
  }
}

variable "flow_log_retention_days" {
  description = "Days to keep VPC flow logs (rejected traffic) in CloudWatch Logs; 0 turns flow logs off."
  type        = number
  default     = 30

  validation {
    condition     = contains([0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.flow_log_retention_days)
    error_message = "flow_log_retention_days must be 0 or a CloudWatch Logs retention value (1, 3, 5, 7, 14, 30, 60, 90, ...)."
  }
}

variable "permissions_boundary_arn" {
  description = "IAM policy set as the permissions boundary of every role this module creates (infra/bootstrap makes one and lets the apply role create roles only with it); null sets none."
  type        = string
  default     = null
}
