variable "domain_name" {
  description = "Domain of the environment, e.g. staging.example.com; the certificates cover it and *.<domain>."
  type        = string

  validation {
    condition     = can(regex("^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,}$", var.domain_name))
    error_message = "domain_name must be a lowercase DNS name such as staging.example.com."
  }
}

variable "create_zone" {
  description = "Create the hosted zone (then delegate it with the name_servers output); false looks up an existing public zone."
  type        = bool
  default     = true
}

variable "cloudfront_certificate" {
  description = "Also issue the certificate in us-east-1, where CloudFront (and Cognito custom domains) need it."
  type        = bool
  default     = true
}
