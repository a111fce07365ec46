environment          = "staging"
aws_account_id       = "111111111111"
create_oidc_provider = true
