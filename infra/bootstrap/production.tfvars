environment          = "production"
aws_account_id       = "222222222222"
create_oidc_provider = true
