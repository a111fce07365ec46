mock_provider "aws" {
  mock_data "aws_availability_zones" {
    defaults = {
      names = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
    }
  }
}

variables {
  name                 = "test-net"
  cidr_block           = "10.10.0.0/16"
  public_subnet_cidrs  = ["10.10.0.0/24", "10.10.1.0/24"]
  private_subnet_cidrs = ["10.10.16.0/20", "10.10.32.0/20"]
  cache_subnet_cidrs   = ["10.10.240.0/28", "10.10.240.16/28"]
}

run "two_zones_without_nat" {
  command = plan

  assert {
    condition     = [for s in aws_subnet.public : s.availability_zone] == ["eu-west-1a", "eu-west-1b"]
    error_message = "public subnets must spread over the first two zones"
  }

  assert {
    condition     = length(aws_subnet.cache) == 2 && length(aws_subnet.private) == 2
    error_message = "one private and one cache subnet per zone"
  }

  assert {
    condition     = length(aws_nat_gateway.this) == 0 && length(aws_route.private_nat) == 0
    error_message = "nat_gateway_mode none creates no NAT gateway"
  }

  assert {
    condition     = alltrue([for s in aws_subnet.public : s.map_public_ip_on_launch == false])
    error_message = "instances in public subnets get no public IP by default"
  }
}

run "one_nat_per_zone" {
  command = plan

  variables {
    nat_gateway_mode = "per_az"
  }

  assert {
    condition     = length(aws_nat_gateway.this) == 2 && length(aws_route.private_nat) == 2
    error_message = "per_az creates a NAT gateway and a default route per zone"
  }
}

run "rejects_unknown_nat_mode" {
  command = plan

  variables {
    nat_gateway_mode = "sometimes"
  }

  expect_failures = [var.nat_gateway_mode]
}
