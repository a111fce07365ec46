output "backend_parameter_arns" {
  description = "ARNs of the back-end parameters by key, ready for ecs_web_app's secrets input."
  value       = { for k, p in aws_ssm_parameter.backend : k => p.arn }
}

output "backend_parameter_names" {
  description = "Names of the back-end parameters by key."
  value       = { for k, p in aws_ssm_parameter.backend : k => p.name }
}

output "secret_arn" {
  description = "ARN of the Secrets Manager secret holding {frontend, backend}."
  value       = aws_secretsmanager_secret.config.arn
}

output "read_policy_json" {
  description = "IAM policy (JSON) for reading the parameters and the secret."
  value = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "ReadParameters"
        Effect   = "Allow"
        Action   = ["ssm:GetParameter", "ssm:GetParameters", "ssm:GetParametersByPath"]
        Resource = [for p in aws_ssm_parameter.backend : p.arn]
      },
      {
        Sid      = "ReadSecret"
        Effect   = "Allow"
        Action   = ["secretsmanager:GetSecretValue"]
        Resource = [aws_secretsmanager_secret.config.arn]
      },
    ]
  })
}
