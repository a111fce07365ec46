mock_provider "aws" {}

variables {
  name = "test-main"
}

run "single_table_on_demand" {
  command = plan

  assert {
    condition     = aws_dynamodb_table.this.hash_key == "pk" && aws_dynamodb_table.this.range_key == "sk"
    error_message = "the table keys are pk/sk"
  }

  assert {
    condition     = aws_dynamodb_table.this.billing_mode == "PAY_PER_REQUEST" && aws_dynamodb_table.this.read_capacity == null
    error_message = "on-demand by default, without provisioned capacity"
  }

  assert {
    condition     = one([for g in aws_dynamodb_table.this.global_secondary_index : g.hash_key]) == "gsi1pk"
    error_message = "one GSI over gsi1pk/gsi1sk"
  }
}

run "provisioned" {
  command = plan

  variables {
    billing_mode = "PROVISIONED"
  }

  assert {
    condition     = aws_dynamodb_table.this.read_capacity == 5 && aws_dynamodb_table.this.write_capacity == 5
    error_message = "PROVISIONED sets the capacities"
  }
}

run "unknown_billing_mode" {
  command = plan

  variables {
    billing_mode = "FREE"
  }

  expect_failures = [var.billing_mode]
}
