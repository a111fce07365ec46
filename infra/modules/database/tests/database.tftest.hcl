mock_provider "aws" {
  mock_resource "aws_db_instance" {
    defaults = {
      address = "test-db.abcdefghijkl.eu-west-1.rds.amazonaws.com"
      master_user_secret = [{
        secret_arn    = "arn:aws:secretsmanager:eu-west-1:111111111111:secret:rds!db-test"
        kms_key_id    = "arn:aws:kms:eu-west-1:111111111111:key/test"
        secret_status = "active"
      }]
    }
  }
}

variables {
  name                      = "test-db"
  vpc_id                    = "vpc-0123456789abcdef0"
  subnet_ids                = ["subnet-0000000000000000a", "subnet-0000000000000000b"]
  source_security_group_ids = { web = "sg-0123456789abcdef0" }
}

run "private_encrypted_managed_password" {
  command = apply

  assert {
    condition     = !aws_db_instance.this.publicly_accessible && aws_db_instance.this.storage_encrypted && aws_db_instance.this.manage_master_user_password
    error_message = "the database is private, encrypted and RDS manages its password"
  }

  assert {
    condition     = output.db_uri == "postgresql://app_admin@test-db.abcdefghijkl.eu-west-1.rds.amazonaws.com:5432/app?sslmode=require"
    error_message = "db_uri carries user, host, port, database and sslmode, no password"
  }

  assert {
    condition     = aws_db_instance.this.deletion_protection && !aws_db_instance.this.skip_final_snapshot
    error_message = "deletion protection keeps a final snapshot"
  }
}

run "reserved_user_name" {
  command = plan

  variables {
    master_username = "postgres"
  }

  expect_failures = [var.master_username]
}
