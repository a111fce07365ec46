variable "domain_name" {
  description = "Domain to send mail from, e.g. example.com."
  type        = string
}

variable "zone_id" {
  description = "Route53 hosted zone of domain_name, where the DKIM, MAIL FROM and DMARC records go."
  type        = string
}

variable "mail_from_subdomain" {
  description = "Subdomain used as the custom MAIL FROM domain (bounces), e.g. mail gives mail.<domain>."
  type        = string
  default     = "mail"
}

variable "dmarc_policy" {
  description = "DMARC policy published for the domain: none, quarantine or reject."
  type        = string
  default     = "quarantine"

  validation {
    condition     = contains(["none", "quarantine", "reject"], var.dmarc_policy)
    error_message = "dmarc_policy must be one of none, quarantine, reject."
  }
}

variable "dmarc_report_email" {
  description = "Mailbox that receives aggregate DMARC reports; empty publishes no rua."
  type        = string
  default     = ""
}
