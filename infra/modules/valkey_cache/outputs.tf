output "uri" {
  description = "TLS connection URI of the primary endpoint (rediss://host:port)."
  value       = "rediss://${aws_elasticache_replication_group.this.primary_endpoint_address}:${aws_elasticache_replication_group.this.port}"
}

output "reader_uri" {
  description = "TLS connection URI of the reader endpoint (rediss://host:port)."
  value       = "rediss://${aws_elasticache_replication_group.this.reader_endpoint_address}:${aws_elasticache_replication_group.this.port}"
}

output "primary_endpoint_address" {
  description = "Host name of the primary endpoint."
  value       = aws_elasticache_replication_group.this.primary_endpoint_address
}

output "security_group_id" {
  description = "ID of the cache's security group."
  value       = aws_security_group.this.id
}

output "replication_group_id" {
  description = "ID of the replication group."
  value       = aws_elasticache_replication_group.this.id
}

output "auth_token" {
  description = "AUTH token clients must present."
  value       = random_password.auth_token.result
  sensitive   = true
}

output "auth_uri" {
  description = "TLS connection URI of the primary endpoint with the AUTH token (rediss://:token@host:port), for the application's secrets."
  value       = "rediss://:${random_password.auth_token.result}@${aws_elasticache_replication_group.this.primary_endpoint_address}:${aws_elasticache_replication_group.this.port}"
  sensitive   = true
}
