output "bucket_name" {
  description = "Name of the private bucket to upload the built site to."
  value       = aws_s3_bucket.this.bucket
}

output "distribution_id" {
  description = "ID of the CloudFront distribution (for invalidations after an upload)."
  value       = aws_cloudfront_distribution.this.id
}

output "distribution_domain_name" {
  description = "CloudFront host name of the distribution."
  value       = aws_cloudfront_distribution.this.domain_name
}

output "url" {
  description = "HTTPS URL of the site on its first domain name."
  value       = "https://${var.domain_names[0]}"
}
