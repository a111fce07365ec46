output "project" {
  description = "Project name, the first part of every resource name."
  value       = local.project
}

output "region" {
  description = "AWS region of the environments."
  value       = local.region
}

output "github_repository" {
  description = "GitHub repository (owner/name) whose workflows deploy the environments."
  value       = local.github_repository
}

output "name" {
  description = "Name prefix of the environment's resources: <project>-<environment>."
  value       = "${local.project}-${var.environment}"
}

output "vpc_cidr" {
  description = "IPv4 CIDR of the environment's VPC."
  value       = local.vpc_cidr
}

output "public_subnet_cidrs" {
  description = "CIDRs of the public subnets."
  value       = local.subnets.public
}

output "private_subnet_cidrs" {
  description = "CIDRs of the private subnets."
  value       = local.subnets.private
}

output "cache_subnet_cidrs" {
  description = "CIDRs of the cache subnets."
  value       = local.subnets.cache
}

output "tags" {
  description = "Default tags of every resource."
  value       = local.tags
}

output "permissions_boundary_name" {
  description = "Name of the IAM policy (created by bootstrap) that bounds every role the environment creates."
  value       = "${local.project}-${var.environment}-permissions-boundary"
}
