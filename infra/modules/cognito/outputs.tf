output "user_pool_id" {
  description = "ID of the user pool."
  value       = aws_cognito_user_pool.this.id
}

output "user_pool_arn" {
  description = "ARN of the user pool (for API Gateway Cognito authorizers)."
  value       = aws_cognito_user_pool.this.arn
}

output "issuer_url" {
  description = "OIDC issuer of the pool's tokens (https://cognito-idp.<region>.amazonaws.com/<pool id>)."
  value       = "https://${aws_cognito_user_pool.this.endpoint}"
}

output "hosted_ui_url" {
  description = "Base URL of the hosted UI / OAuth endpoints."
  value       = "https://${local.hosted_ui_host}"
}

output "browser_client_id" {
  description = "Client ID of the browser (authorization code) client."
  value       = aws_cognito_user_pool_client.browser.id
}

output "machine_client_id" {
  description = "Client ID of the machine-to-machine (client_credentials) client."
  value       = aws_cognito_user_pool_client.machine.id
}

output "machine_client_secret" {
  description = "Client secret of the machine-to-machine client."
  value       = aws_cognito_user_pool_client.machine.client_secret
  sensitive   = true
}

output "resource_server_identifier" {
  description = "Identifier of the API resource server."
  value       = aws_cognito_resource_server.api.identifier
}

output "scope_identifiers" {
  description = "Full scope names (<identifier>/<scope>) of the resource server."
  value       = local.scope_ids
}

output "google_redirect_uri" {
  description = "Authorized redirect URI to register in the Google OAuth client."
  value       = "https://${local.hosted_ui_host}/oauth2/idpresponse"
}

output "identity_pool_id" {
  description = "ID of the identity pool, or null when create_identity_pool is false."
  value       = one(aws_cognito_identity_pool.this[*].id)
}

output "identity_role_names" {
  description = "Names of the identity pool's IAM roles by kind (authenticated, unauthenticated)."
  value       = { for k, r in aws_iam_role.identity : k => r.name }
}
