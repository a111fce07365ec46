# --- deploy config (exported to infra/scripts/config/<env>.json by `make deploy`) ----------------

output "aws_region" {
  description = "Region of the environment."
  value       = module.common.region
}

output "ecr_endpoint" {
  description = "ECR registry host for docker login."
  value       = module.web.ecr_endpoint
}

output "ecr_repository_name" {
  description = "ECR repository of the web image."
  value       = module.web.ecr_repository_name
}

output "ecs_cluster_name" {
  description = "ECS cluster of the web service."
  value       = module.web.ecs_cluster_name
}

output "ecs_service_name" {
  description = "ECS service to roll after a push."
  value       = module.web.ecs_service_name
}

# --- endpoints ------------------------------------------------------------------------------------

output "service_url" {
  description = "HTTPS endpoint of the web service."
  value       = module.web.service_url
}

output "site_url" {
  description = "URL of the static front end."
  value       = module.site.url
}

output "site_bucket_name" {
  description = "Bucket to upload the front-end build to."
  value       = module.site.bucket_name
}

output "site_distribution_id" {
  description = "CloudFront distribution to invalidate after an upload."
  value       = module.site.distribution_id
}

output "api_url" {
  description = "Base URL of the API, or null when the API is left out."
  value       = one(module.api[*].url)
}

output "name_servers" {
  description = "Name servers to delegate the environment's domain to."
  value       = module.dns.name_servers
}

# --- data stores ----------------------------------------------------------------------------------

output "cache_uri" {
  description = "TLS URI of the Valkey cache (rediss://)."
  value       = module.cache.uri
}

output "db_uri" {
  description = "PostgreSQL connection URI (no password; the password is in Secrets Manager)."
  value       = module.database.db_uri
  sensitive   = true
}

output "db_credentials_secret_arn" {
  description = "Secrets Manager secret with the database master credentials."
  value       = module.database.master_user_secret_arn
}

output "dynamodb_table_name" {
  description = "Name of the application table."
  value       = module.table.name
}

output "app_config_secret_arn" {
  description = "Secrets Manager secret holding the front-end and back-end config."
  value       = module.app_config.secret_arn
}

# --- identity -------------------------------------------------------------------------------------

output "cognito_user_pool_id" {
  description = "ID of the Cognito user pool."
  value       = module.cognito.user_pool_id
}

output "cognito_hosted_ui_url" {
  description = "Base URL of the Cognito hosted UI."
  value       = module.cognito.hosted_ui_url
}

output "cognito_browser_client_id" {
  description = "Client ID of the browser (code flow) client."
  value       = module.cognito.browser_client_id
}

output "cognito_machine_client_id" {
  description = "Client ID of the machine-to-machine client."
  value       = module.cognito.machine_client_id
}

output "cognito_machine_client_secret" {
  description = "Client secret of the machine-to-machine client."
  value       = module.cognito.machine_client_secret
  sensitive   = true
}

output "google_redirect_uri" {
  description = "Authorized redirect URI to register in the Google OAuth client."
  value       = module.cognito.google_redirect_uri
}
