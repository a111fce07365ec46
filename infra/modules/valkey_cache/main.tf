resource "aws_elasticache_subnet_group" "this" {
  name        = var.name
  description = "Cache subnets of ${var.name}"
  subnet_ids  = var.subnet_ids
}

resource "aws_security_group" "this" {
  name        = "${var.name}-cache"
  description = "Valkey ${var.name}: ingress only from the given security groups"
  vpc_id      = var.vpc_id

  tags = { Name = "${var.name}-cache" }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "from_source" {
  for_each = var.source_security_group_ids

  security_group_id            = aws_security_group.this.id
  referenced_security_group_id = each.value
  ip_protocol                  = "tcp"
  from_port                    = var.port
  to_port                      = var.port
  description                  = "Valkey from ${each.key}"
}

# Clients authenticate with this token (Valkey AUTH over TLS): being inside a source security group
# is not enough to read or write the cache. It reaches the application through auth_uri, which the
# environment stores as an SSM SecureString that ECS hands to the container as a secret.
resource "random_password" "auth_token" {
  length  = 64
  special = false # 16-128 printable characters without @, " or /: letters and digits keep URIs simple
}

resource "aws_elasticache_replication_group" "this" {
  replication_group_id = var.name
  description          = "Valkey for ${var.name}"

  engine               = "valkey"
  engine_version       = var.engine_version
  node_type            = var.node_type
  port                 = var.port
  parameter_group_name = "default.valkey${split(".", var.engine_version)[0]}"

  num_cache_clusters         = var.high_availability ? 2 : 1
  multi_az_enabled           = var.high_availability
  automatic_failover_enabled = var.high_availability

  subnet_group_name  = aws_elasticache_subnet_group.this.name
  security_group_ids = [aws_security_group.this.id]

  transit_encryption_enabled = true
  transit_encryption_mode    = "required"
  at_rest_encryption_enabled = true
  auth_token                 = random_password.auth_token.result
  # A new token is added beside the old one, so running tasks keep working until they restart.
  auth_token_update_strategy = "ROTATE"

  snapshot_retention_limit   = var.snapshot_retention_days
  snapshot_window            = "03:00-04:00"
  maintenance_window         = "sun:04:30-sun:05:30"
  auto_minor_version_upgrade = true
  apply_immediately          = false
}
