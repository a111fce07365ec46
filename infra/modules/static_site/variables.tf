variable "name" {
  description = "Name prefix of the bucket and CloudFront resources, e.g. myapp-staging-web."
  type        = string
}

variable "domain_names" {
  description = "Host names the site answers on (CloudFront aliases and Route53 alias records), e.g. [\"app.example.com\"]."
  type        = list(string)

  validation {
    condition     = length(var.domain_names) > 0
    error_message = "domain_names must hold at least one host name."
  }
}

variable "zone_id" {
  description = "Route53 hosted zone for the alias records."
  type        = string
}

variable "certificate_arn" {
  description = "ARN of a validated ACM certificate in us-east-1 covering domain_names."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:acm:us-east-1:", var.certificate_arn))
    error_message = "certificate_arn must be an ACM certificate in us-east-1 (CloudFront only takes those)."
  }
}

variable "single_page_app" {
  description = "Serve /index.html with 200 for unknown paths (client-side routing)."
  type        = bool
  default     = true
}

variable "price_class" {
  description = "CloudFront price class: PriceClass_100, PriceClass_200 or PriceClass_All."
  type        = string
  default     = "PriceClass_100"

  validation {
    condition     = contains(["PriceClass_100", "PriceClass_200", "PriceClass_All"], var.price_class)
    error_message = "price_class must be one of PriceClass_100, PriceClass_200, PriceClass_All."
  }
}

variable "force_destroy" {
  description = "Let tofu delete the bucket with its objects (staging); false keeps a non-empty bucket."
  type        = bool
  default     = false
}
