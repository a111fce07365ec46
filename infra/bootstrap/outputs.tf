output "state_bucket" {
  description = "Bucket of the environment's state (backend.tf bucket)."
  value       = aws_s3_bucket.state.bucket
}

output "lock_table" {
  description = "DynamoDB lock table (backend.tf dynamodb_table)."
  value       = aws_dynamodb_table.lock.name
}

output "plan_role_arn" {
  description = "Role the pull-request plan assumes (assume-role input role-to-assume)."
  value       = aws_iam_role.github["plan"].arn
}

output "apply_role_arn" {
  description = "Role the apply in the GitHub environment assumes."
  value       = aws_iam_role.github["apply"].arn
}

output "deploy_role_arn" {
  description = "Role the image deploy in the GitHub environment assumes."
  value       = aws_iam_role.github["deploy"].arn
}

output "permissions_boundary_arn" {
  description = "Policy the apply role must set as the permissions boundary of every role it creates."
  value       = aws_iam_policy.boundary.arn
}
