output "name" {
  description = "Name of the table."
  value       = aws_dynamodb_table.this.name
}

output "arn" {
  description = "ARN of the table."
  value       = aws_dynamodb_table.this.arn
}

output "gsi_name" {
  description = "Name of the global secondary index."
  value       = var.gsi_name
}

output "stream_arn" {
  description = "ARN of the stream, or empty when the stream is off."
  value       = aws_dynamodb_table.this.stream_arn
}

output "access_policy_json" {
  description = "IAM policy (JSON) for reading and writing the table and its index, for an application role."
  value = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid    = "TableReadWrite"
      Effect = "Allow"
      Action = [
        "dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem",
        "dynamodb:DeleteItem", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query",
        "dynamodb:TransactGetItems", "dynamodb:TransactWriteItems", "dynamodb:UpdateItem",
      ]
      Resource = [aws_dynamodb_table.this.arn, "${aws_dynamodb_table.this.arn}/index/*"]
    }]
  })
}
