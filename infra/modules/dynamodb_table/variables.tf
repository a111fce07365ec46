variable "name" {
  description = "Table name, e.g. myapp-staging-main."
  type        = string
}

variable "billing_mode" {
  description = "PAY_PER_REQUEST (on-demand) or PROVISIONED."
  type        = string
  default     = "PAY_PER_REQUEST"

  validation {
    condition     = contains(["PAY_PER_REQUEST", "PROVISIONED"], var.billing_mode)
    error_message = "billing_mode must be one of PAY_PER_REQUEST, PROVISIONED."
  }
}

variable "read_capacity" {
  description = "Read capacity units of the table and its index when billing_mode is PROVISIONED."
  type        = number
  default     = 5
}

variable "write_capacity" {
  description = "Write capacity units of the table and its index when billing_mode is PROVISIONED."
  type        = number
  default     = 5
}

variable "gsi_name" {
  description = "Name of the global secondary index over gsi1pk/gsi1sk (inverted and secondary access patterns)."
  type        = string
  default     = "gsi1"
}

variable "ttl_attribute" {
  description = "Attribute holding an item's expiry (epoch seconds); empty turns TTL off."
  type        = string
  default     = "expires_at"
}

variable "stream_view_type" {
  description = "Turn on the stream with this view: KEYS_ONLY, NEW_IMAGE, OLD_IMAGE or NEW_AND_OLD_IMAGES; null leaves it off."
  type        = string
  default     = null

  validation {
    condition     = var.stream_view_type == null || contains(["KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES"], coalesce(var.stream_view_type, "-"))
    error_message = "stream_view_type must be null or one of KEYS_ONLY, NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES."
  }
}

variable "point_in_time_recovery" {
  description = "Continuous backups with point-in-time recovery (35 days)."
  type        = bool
  default     = true
}

variable "deletion_protection" {
  description = "Refuse to delete the table."
  type        = bool
  default     = true
}
