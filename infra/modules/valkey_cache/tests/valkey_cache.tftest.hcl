mock_provider "aws" {}

variables {
  name                      = "test-cache"
  vpc_id                    = "vpc-0123456789abcdef0"
  subnet_ids                = ["subnet-0000000000000000a", "subnet-0000000000000000b"]
  source_security_group_ids = { web = "sg-0123456789abcdef0" }
}

run "single_node_with_tls" {
  command = apply

  assert {
    condition     = startswith(output.uri, "rediss://")
    error_message = "the cache URI must be rediss://"
  }

  assert {
    condition     = aws_elasticache_replication_group.this.transit_encryption_enabled && aws_elasticache_replication_group.this.at_rest_encryption_enabled
    error_message = "transit and at-rest encryption must be on"
  }

  assert {
    condition     = nonsensitive(length(aws_elasticache_replication_group.this.auth_token) == 64 && aws_elasticache_replication_group.this.auth_token == random_password.auth_token.result)
    error_message = "clients must authenticate with the generated AUTH token"
  }

  assert {
    condition     = nonsensitive(output.auth_uri == "rediss://:${random_password.auth_token.result}@${aws_elasticache_replication_group.this.primary_endpoint_address}:6379" && !strcontains(output.uri, random_password.auth_token.result))
    error_message = "auth_uri carries the token, uri does not"
  }

  assert {
    condition     = aws_elasticache_replication_group.this.num_cache_clusters == 1 && !aws_elasticache_replication_group.this.multi_az_enabled
    error_message = "without high_availability the group is a single node"
  }

  assert {
    condition     = aws_vpc_security_group_ingress_rule.from_source["web"].referenced_security_group_id == "sg-0123456789abcdef0" && aws_vpc_security_group_ingress_rule.from_source["web"].cidr_ipv4 == null
    error_message = "ingress comes from the source security group only"
  }
}

run "high_availability" {
  command = plan

  variables {
    high_availability = true
  }

  assert {
    condition     = aws_elasticache_replication_group.this.multi_az_enabled && aws_elasticache_replication_group.this.automatic_failover_enabled && aws_elasticache_replication_group.this.num_cache_clusters == 2
    error_message = "high_availability turns on Multi-AZ, failover and a replica"
  }
}
