provider "aws" {
  region              = module.common.region
  allowed_account_ids = [var.aws_account_id]

  default_tags {
    tags = merge(module.common.tags, { Stack = "bootstrap" })
  }
}
