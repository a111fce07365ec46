output "zone_id" {
  description = "ID of the hosted zone."
  value       = local.zone_id
}

output "name_servers" {
  description = "Name servers to delegate the domain to (empty when the zone already existed)."
  value       = var.create_zone ? aws_route53_zone.this[0].name_servers : []
}

output "domain_name" {
  description = "Domain of the environment."
  value       = var.domain_name
}

output "certificate_arn" {
  description = "ARN of the validated regional certificate (API Gateway, load balancers)."
  value       = aws_acm_certificate_validation.regional.certificate_arn
}

output "cloudfront_certificate_arn" {
  description = "ARN of the validated us-east-1 certificate for CloudFront, or null."
  value       = one(aws_acm_certificate_validation.cloudfront[*].certificate_arn)
}
