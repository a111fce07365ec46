module "common" {
  source      = "../envs/common"
  environment = var.environment
}

data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}

locals {
  name       = module.common.name
  account_id = data.aws_caller_identity.current.account_id
  partition  = data.aws_partition.current.partition
  repository = module.common.github_repository
}
