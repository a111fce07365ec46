provider "aws" {
  region              = module.common.region
  allowed_account_ids = [var.aws_account_id]

  default_tags {
    tags = module.common.tags
  }
}

# CloudFront only takes certificates from us-east-1.
provider "aws" {
  alias               = "us_east_1"
  region              = "us-east-1"
  allowed_account_ids = [var.aws_account_id]

  default_tags {
    tags = module.common.tags
  }
}
