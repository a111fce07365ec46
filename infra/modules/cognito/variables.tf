variable "name" {
  description = "Name prefix for the user pool, clients and roles, e.g. myapp-staging."
  type        = string
}

variable "domain_prefix" {
  description = "Prefix of the hosted-UI domain <prefix>.auth.<region>.amazoncognito.com (globally unique per region)."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$", var.domain_prefix)) && !can(regex("aws|amazon|cognito", var.domain_prefix))
    error_message = "domain_prefix must be lowercase letters, digits and hyphens, and must not contain aws, amazon or cognito."
  }
}

variable "callback_urls" {
  description = "Allowed redirect URLs after sign-in for the browser client (https, or http://localhost for development)."
  type        = list(string)

  validation {
    condition     = length(var.callback_urls) > 0 && alltrue([for u in var.callback_urls : can(regex("^(https://|http://localhost(:[0-9]+)?/)", u))])
    error_message = "callback_urls must be https URLs (http only for localhost) and at least one is required."
  }
}

variable "logout_urls" {
  description = "Allowed redirect URLs after sign-out for the browser client."
  type        = list(string)

  validation {
    condition     = alltrue([for u in var.logout_urls : can(regex("^(https://|http://localhost(:[0-9]+)?/)", u))])
    error_message = "logout_urls must be https URLs (http only for localhost)."
  }
}

variable "resource_server_identifier" {
  description = "Identifier of the API resource server; scopes are issued as <identifier>/<scope>, e.g. https://api.example.com."
  type        = string
}

variable "scopes" {
  description = "Custom scopes of the resource server: scope name => description."
  type        = map(string)
  default = {
    "read"  = "Read access to the API"
    "write" = "Write access to the API"
  }

  validation {
    condition     = length(var.scopes) > 0 && alltrue([for s in keys(var.scopes) : can(regex("^[a-zA-Z0-9_.:-]+$", s))])
    error_message = "scopes needs at least one entry; names may hold letters, digits and _ . : - only."
  }
}

variable "machine_scopes" {
  description = "Scope names (keys of scopes) granted to the machine-to-machine client. Default: all of them."
  type        = list(string)
  default     = null
}

variable "mfa_configuration" {
  description = "Multi-factor authentication: OFF, OPTIONAL or ON (TOTP apps)."
  type        = string
  default     = "OPTIONAL"

  validation {
    condition     = contains(["OFF", "OPTIONAL", "ON"], var.mfa_configuration)
    error_message = "mfa_configuration must be one of OFF, OPTIONAL, ON."
  }
}

variable "password_minimum_length" {
  description = "Minimum password length."
  type        = number
  default     = 12

  validation {
    condition     = var.password_minimum_length >= 8 && var.password_minimum_length <= 99
    error_message = "password_minimum_length must be between 8 and 99."
  }
}

variable "allow_self_sign_up" {
  description = "Let users sign themselves up; false means only administrators create users."
  type        = bool
  default     = true
}

variable "ses_identity_arn" {
  description = "ARN of a verified SES identity to send Cognito mail from. Null uses Cognito's default sender (low daily quota)."
  type        = string
  default     = null
}

variable "from_email_address" {
  description = "Sender address when ses_identity_arn is set, e.g. \"My App <no-reply@example.com>\"."
  type        = string
  default     = null
}

variable "google_client_id" {
  description = "OAuth client ID of the Google identity provider; empty leaves Google sign-in off."
  type        = string
  default     = ""
}

variable "google_client_secret" {
  description = "OAuth client secret of the Google identity provider (from the secret store at apply time)."
  type        = string
  default     = ""
  sensitive   = true
}

variable "create_identity_pool" {
  description = "Create an identity pool (federated identities) with authenticated and unauthenticated roles."
  type        = bool
  default     = false
}

variable "allow_unauthenticated_identities" {
  description = "Let the identity pool hand out guest credentials (unauthenticated role)."
  type        = bool
  default     = false
}

variable "deletion_protection" {
  description = "Refuse to delete the user pool (turn on in production)."
  type        = bool
  default     = true
}

variable "permissions_boundary_arn" {
  description = "IAM policy set as the permissions boundary of every role this module creates (infra/bootstrap makes one and lets the apply role create roles only with it); null sets none."
  type        = string
  default     = null
}
