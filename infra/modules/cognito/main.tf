data "aws_region" "current" {}

locals {
  google_enabled = var.google_client_id != ""
  hosted_ui_host = "${aws_cognito_user_pool_domain.this.domain}.auth.${data.aws_region.current.region}.amazoncognito.com"
  machine_scopes = var.machine_scopes == null ? keys(var.scopes) : var.machine_scopes
  scope_ids      = [for s in keys(var.scopes) : "${var.resource_server_identifier}/${s}"]
}

resource "aws_cognito_user_pool" "this" {
  name                     = var.name
  alias_attributes         = ["email", "preferred_username"]
  auto_verified_attributes = ["email"]
  mfa_configuration        = var.mfa_configuration
  deletion_protection      = var.deletion_protection ? "ACTIVE" : "INACTIVE"

  username_configuration {
    case_sensitive = false
  }

  password_policy {
    minimum_length                   = var.password_minimum_length
    require_lowercase                = true
    require_uppercase                = true
    require_numbers                  = true
    require_symbols                  = true
    temporary_password_validity_days = 7
    password_history_size            = 5
  }

  account_recovery_setting {
    recovery_mechanism {
      name     = "verified_email"
      priority = 1
    }
  }

  admin_create_user_config {
    allow_admin_create_user_only = !var.allow_self_sign_up
  }

  user_attribute_update_settings {
    attributes_require_verification_before_update = ["email"]
  }

  verification_message_template {
    default_email_option = "CONFIRM_WITH_CODE"
  }

  dynamic "software_token_mfa_configuration" {
    for_each = var.mfa_configuration == "OFF" ? [] : [true]
    content {
      enabled = true
    }
  }

  email_configuration {
    email_sending_account = var.ses_identity_arn == null ? "COGNITO_DEFAULT" : "DEVELOPER"
    source_arn            = var.ses_identity_arn
    from_email_address    = var.ses_identity_arn == null ? null : var.from_email_address
  }

  lifecycle {
    precondition {
      condition     = var.ses_identity_arn == null || var.from_email_address != null
      error_message = "from_email_address is required when ses_identity_arn is set."
    }
  }
}

resource "aws_cognito_user_pool_domain" "this" {
  domain       = var.domain_prefix
  user_pool_id = aws_cognito_user_pool.this.id
}

resource "aws_cognito_resource_server" "api" {
  user_pool_id = aws_cognito_user_pool.this.id
  identifier   = var.resource_server_identifier
  name         = "${var.name}-api"

  dynamic "scope" {
    for_each = var.scopes
    content {
      scope_name        = scope.key
      scope_description = scope.value
    }
  }
}

resource "aws_cognito_identity_provider" "google" {
  count = local.google_enabled ? 1 : 0

  user_pool_id  = aws_cognito_user_pool.this.id
  provider_name = "Google"
  provider_type = "Google"

  provider_details = {
    client_id        = var.google_client_id
    client_secret    = var.google_client_secret
    authorize_scopes = "openid email profile"
  }

  attribute_mapping = {
    email          = "email"
    email_verified = "email_verified"
    name           = "name"
    given_name     = "given_name"
    family_name    = "family_name"
    username       = "sub"
  }
}

# Browser (single-page app) client: authorization code flow with PKCE only, no secret.
resource "aws_cognito_user_pool_client" "browser" {
  name         = "${var.name}-browser"
  user_pool_id = aws_cognito_user_pool.this.id

  generate_secret                      = false
  allowed_oauth_flows_user_pool_client = true
  allowed_oauth_flows                  = ["code"]
  allowed_oauth_scopes                 = concat(["openid", "email", "profile"], local.scope_ids)
  explicit_auth_flows                  = ["ALLOW_REFRESH_TOKEN_AUTH"]
  supported_identity_providers         = concat(["COGNITO"], local.google_enabled ? ["Google"] : [])
  callback_urls                        = var.callback_urls
  logout_urls                          = var.logout_urls

  enable_token_revocation       = true
  prevent_user_existence_errors = "ENABLED"

  access_token_validity  = 1
  id_token_validity      = 1
  refresh_token_validity = 30

  token_validity_units {
    access_token  = "hours"
    id_token      = "hours"
    refresh_token = "days"
  }

  depends_on = [aws_cognito_identity_provider.google, aws_cognito_resource_server.api]
}

# Machine-to-machine client: client_credentials against the resource server's scopes, with a secret.
resource "aws_cognito_user_pool_client" "machine" {
  name         = "${var.name}-machine"
  user_pool_id = aws_cognito_user_pool.this.id

  generate_secret                      = true
  allowed_oauth_flows_user_pool_client = true
  allowed_oauth_flows                  = ["client_credentials"]
  allowed_oauth_scopes                 = [for s in local.machine_scopes : "${var.resource_server_identifier}/${s}"]
  explicit_auth_flows                  = ["ALLOW_REFRESH_TOKEN_AUTH"]
  supported_identity_providers         = ["COGNITO"]

  enable_token_revocation       = true
  prevent_user_existence_errors = "ENABLED"

  access_token_validity = 1

  token_validity_units {
    access_token = "hours"
  }

  depends_on = [aws_cognito_resource_server.api]

  lifecycle {
    precondition {
      condition     = alltrue([for s in local.machine_scopes : contains(keys(var.scopes), s)])
      error_message = "machine_scopes must name scopes declared in scopes."
    }
  }
}

resource "aws_cognito_identity_pool" "this" {
  count = var.create_identity_pool ? 1 : 0

  identity_pool_name               = replace(var.name, "-", "_")
  allow_unauthenticated_identities = var.allow_unauthenticated_identities
  allow_classic_flow               = false

  cognito_identity_providers {
    client_id               = aws_cognito_user_pool_client.browser.id
    provider_name           = aws_cognito_user_pool.this.endpoint
    server_side_token_check = true
  }
}

data "aws_iam_policy_document" "identity_assume" {
  for_each = var.create_identity_pool ? toset(["authenticated", "unauthenticated"]) : toset([])

  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]

    principals {
      type        = "Federated"
      identifiers = ["cognito-identity.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "cognito-identity.amazonaws.com:aud"
      values   = [aws_cognito_identity_pool.this[0].id]
    }

    condition {
      test     = "ForAnyValue:StringLike"
      variable = "cognito-identity.amazonaws.com:amr"
      values   = [each.key]
    }
  }
}

# The roles start without permissions: attach the policies the front end needs to these roles.
resource "aws_iam_role" "identity" {
  for_each = data.aws_iam_policy_document.identity_assume

  name                 = "${var.name}-identity-${each.key}"
  assume_role_policy   = each.value.json
  permissions_boundary = var.permissions_boundary_arn
}

resource "aws_cognito_identity_pool_roles_attachment" "this" {
  count = var.create_identity_pool ? 1 : 0

  identity_pool_id = aws_cognito_identity_pool.this[0].id

  roles = merge(
    { authenticated = aws_iam_role.identity["authenticated"].arn },
    var.allow_unauthenticated_identities ? { unauthenticated = aws_iam_role.identity["unauthenticated"].arn } : {},
  )
}
