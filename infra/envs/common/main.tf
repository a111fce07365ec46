# Values shared by every environment root (and by bootstrap): one place to change the project's
# name, region, repository and network layout. No resources here.
locals {
  project           = "myapp"
  region            = "eu-west-1"
  github_repository = "example-org/myapp"

  vpc_cidrs = {
    staging    = "10.10.0.0/16"
    production = "10.20.0.0/16"
  }
  vpc_cidr = local.vpc_cidrs[var.environment]

  # Two availability zones: public /24s for load balancers, private /20s for the database and
  # internal workloads, and /28s at the top of the range reserved for the cache.
  subnets = {
    public  = [for i in range(2) : cidrsubnet(local.vpc_cidr, 8, i)]
    private = [for i in range(2) : cidrsubnet(local.vpc_cidr, 4, i + 1)]
    cache   = [for i in range(2) : cidrsubnet(local.vpc_cidr, 12, 3840 + i)]
  }

  tags = {
    Project     = local.project
    Environment = var.environment
    ManagedBy   = "opentofu"
    Repository  = local.github_repository
  }
}
