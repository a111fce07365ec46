module "common" {
  source      = "../common"
  environment = var.environment
}

data "aws_partition" "current" {}

locals {
  name       = module.common.name
  app_domain = "app.${var.domain_name}"
  api_domain = "api.${var.domain_name}"
  # Created by infra/bootstrap: the apply role may create roles only with this boundary.
  permissions_boundary_arn = "arn:${data.aws_partition.current.partition}:iam::${var.aws_account_id}:policy/${module.common.permissions_boundary_name}"
}

module "network" {
  source = "../../modules/network"

  name                 = local.name
  cidr_block           = module.common.vpc_cidr
  public_subnet_cidrs  = module.common.public_subnet_cidrs
  private_subnet_cidrs = module.common.private_subnet_cidrs
  cache_subnet_cidrs   = module.common.cache_subnet_cidrs
  nat_gateway_mode     = var.nat_gateway_mode

  permissions_boundary_arn = local.permissions_boundary_arn
}

module "dns" {
  source = "../../modules/dns_cert"

  providers = {
    aws           = aws
    aws.us_east_1 = aws.us_east_1
  }

  domain_name = var.domain_name
  create_zone = var.create_zone
}

module "email" {
  source = "../../modules/email"

  domain_name        = var.domain_name
  zone_id            = module.dns.zone_id
  dmarc_report_email = var.alert_email
}

module "cognito" {
  source = "../../modules/cognito"

  name                       = local.name
  domain_prefix              = local.name
  callback_urls              = ["https://${local.app_domain}/auth/callback"]
  logout_urls                = ["https://${local.app_domain}/"]
  resource_server_identifier = "https://${local.api_domain}"
  ses_identity_arn           = var.cognito_email_via_ses ? module.email.identity_arn : null
  from_email_address         = var.cognito_email_via_ses ? "no-reply@${var.domain_name}" : null
  google_client_id           = var.google_client_id
  google_client_secret       = var.google_client_secret
  deletion_protection        = var.deletion_protection
  permissions_boundary_arn   = local.permissions_boundary_arn
}

module "table" {
  source = "../../modules/dynamodb_table"

  name                = "${local.name}-main"
  deletion_protection = var.deletion_protection
}

module "database" {
  source = "../../modules/database"

  name                      = local.name
  vpc_id                    = module.network.vpc_id
  subnet_ids                = module.network.private_subnet_ids
  source_security_group_ids = { web = module.web.security_group_id }
  instance_class            = var.db_instance_class
  multi_az                  = var.db_multi_az
  deletion_protection       = var.deletion_protection
}

module "cache" {
  source = "../../modules/valkey_cache"

  name                      = local.name
  vpc_id                    = module.network.vpc_id
  subnet_ids                = module.network.cache_subnet_ids
  source_security_group_ids = { web = module.web.security_group_id }
  node_type                 = var.cache_node_type
  high_availability         = var.cache_high_availability
}

module "app_config" {
  source = "../../modules/app_config"

  name = "${module.common.project}/${var.environment}"

  backend_config = {
    SESSION_SECRET = var.session_secret
    DATABASE_URL   = module.database.db_uri
    CACHE_URL      = module.cache.auth_uri
  }

  frontend_config = {
    cognitoDomain   = module.cognito.hosted_ui_url
    cognitoClientId = module.cognito.browser_client_id
    userPoolId      = module.cognito.user_pool_id
    apiUrl          = "https://${local.api_domain}"
  }

  secret_recovery_window_days = var.deletion_protection ? 30 : 0
}

data "aws_iam_policy_document" "web_task" {
  source_policy_documents = [
    module.table.access_policy_json,
    module.email.send_policy_json,
  ]
}

module "web" {
  source = "../../modules/ecs_web_app"

  name              = "${local.name}-web"
  vpc_id            = module.network.vpc_id
  subnet_ids        = module.network.public_subnet_ids
  cpu               = var.web_cpu
  memory            = var.web_memory
  min_tasks         = var.web_min_tasks
  max_tasks         = var.web_max_tasks
  health_check_path = var.health_check_path
  task_policy_json  = data.aws_iam_policy_document.web_task.json

  environment = {
    APP_ENV           = var.environment
    PUBLIC_URL        = "https://${local.app_domain}"
    COGNITO_ISSUER    = module.cognito.issuer_url
    COGNITO_CLIENT_ID = module.cognito.browser_client_id
    DYNAMODB_TABLE    = module.table.name
    MAIL_FROM         = "no-reply@${var.domain_name}"
  }

  secrets = merge(module.app_config.backend_parameter_arns, {
    DB_CREDENTIALS = module.database.master_user_secret_arn
  })

  log_retention_days       = var.log_retention_days
  permissions_boundary_arn = local.permissions_boundary_arn
}

module "site" {
  source = "../../modules/static_site"

  name            = "${local.name}-site"
  domain_names    = [local.app_domain]
  zone_id         = module.dns.zone_id
  certificate_arn = module.dns.cloudfront_certificate_arn
  force_destroy   = !var.deletion_protection
}

module "api" {
  source = "../../modules/api"
  count  = var.api_package_file == null ? 0 : 1

  name                     = "${local.name}-api"
  package_file             = var.api_package_file
  user_pool_arn            = module.cognito.user_pool_arn
  authorization_scopes     = module.cognito.scope_identifiers
  cors_allow_origin        = "https://${local.app_domain}"
  domain_name              = local.api_domain
  certificate_arn          = module.dns.certificate_arn
  zone_id                  = module.dns.zone_id
  log_retention_days       = var.log_retention_days
  function_policy_json     = module.table.access_policy_json
  permissions_boundary_arn = local.permissions_boundary_arn

  environment = {
    APP_ENV        = var.environment
    DYNAMODB_TABLE = module.table.name
  }
}
