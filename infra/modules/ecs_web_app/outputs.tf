output "ecr_endpoint" {
  description = "Registry host of the ECR repository (<account>.dkr.ecr.<region>.amazonaws.com), for docker login."
  value       = split("/", aws_ecr_repository.this.repository_url)[0]
}

output "ecr_repository_name" {
  description = "Name of the ECR repository."
  value       = aws_ecr_repository.this.name
}

output "ecr_repository_url" {
  description = "Full URL of the ECR repository."
  value       = aws_ecr_repository.this.repository_url
}

output "ecs_cluster_name" {
  description = "Name of the ECS cluster."
  value       = aws_ecs_cluster.this.name
}

output "ecs_service_name" {
  description = "Name of the ECS service."
  value       = aws_ecs_express_gateway_service.this.service_name
}

output "service_url" {
  description = "HTTPS endpoint ECS Express gives the service."
  value       = "https://${aws_ecs_express_gateway_service.this.ingress_paths[0].endpoint}"
}

output "security_group_id" {
  description = "Security group of the tasks (give it to the cache and database as a source)."
  value       = aws_security_group.service.id
}

output "execution_role_arn" {
  description = "ARN of the task execution role."
  value       = aws_iam_role.execution.arn
}

output "task_role_name" {
  description = "Name of the task role (attach more application permissions here)."
  value       = aws_iam_role.task.name
}

output "log_group_name" {
  description = "CloudWatch log group of the containers."
  value       = aws_cloudwatch_log_group.this.name
}
