terraform {
  required_version = ">= 1.10"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.25"
    }
  }

  # Bootstrap creates the remote state, so its own state starts local: one file per environment
  # (make bootstrap ENV=staging passes -backend-config=path=state/staging.tfstate). Keep these files
  # safe (they hold no secrets) or migrate them into the new bucket afterwards (see README).
  backend "local" {}
}
