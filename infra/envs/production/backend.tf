# State lives in the bucket and lock table that infra/bootstrap created for this account.
# Backend blocks take no variables: the account ID here must match terraform.tfvars.
terraform {
  backend "s3" {
    bucket         = "myapp-production-tfstate-222222222222"
    key            = "envs/production/terraform.tfstate"
    region         = "eu-west-1"
    encrypt        = true
    dynamodb_table = "myapp-production-tfstate-lock"
  }
}
