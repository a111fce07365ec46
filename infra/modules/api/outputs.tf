output "url" {
  description = "Base URL of the API on its custom domain."
  value       = "https://${aws_api_gateway_domain_name.this.domain_name}"
}

output "rest_api_id" {
  description = "ID of the REST API."
  value       = aws_api_gateway_rest_api.this.id
}

output "function_name" {
  description = "Name of the Lambda function."
  value       = aws_lambda_function.this.function_name
}

output "function_role_name" {
  description = "Name of the function's IAM role (attach more permissions here)."
  value       = aws_iam_role.function.name
}

output "access_log_group_name" {
  description = "CloudWatch log group of the access logs."
  value       = aws_cloudwatch_log_group.access.name
}
