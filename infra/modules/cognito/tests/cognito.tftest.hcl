mock_provider "aws" {
  mock_data "aws_region" {
    defaults = {
      region = "eu-west-1"
    }
  }
}

variables {
  name                       = "test-app"
  domain_prefix              = "test-app"
  callback_urls              = ["https://app.example.com/auth/callback"]
  logout_urls                = ["https://app.example.com/"]
  resource_server_identifier = "https://api.example.com"
}

run "clients" {
  command = plan

  assert {
    condition     = aws_cognito_user_pool_client.browser.allowed_oauth_flows == toset(["code"]) && !aws_cognito_user_pool_client.browser.generate_secret
    error_message = "the browser client uses the code flow only and has no secret"
  }

  assert {
    condition     = aws_cognito_user_pool_client.browser.refresh_token_validity == 30 && aws_cognito_user_pool_client.browser.access_token_validity == 1
    error_message = "access/ID tokens last 1 h, refresh tokens 30 d"
  }

  assert {
    condition     = aws_cognito_user_pool_client.machine.allowed_oauth_flows == toset(["client_credentials"]) && aws_cognito_user_pool_client.machine.generate_secret
    error_message = "the machine client uses client_credentials with a secret"
  }

  assert {
    condition     = aws_cognito_user_pool_client.machine.allowed_oauth_scopes == toset(["https://api.example.com/read", "https://api.example.com/write"])
    error_message = "the machine client gets the resource server scopes"
  }

  assert {
    condition     = length(aws_cognito_identity_provider.google) == 0 && length(aws_cognito_identity_pool.this) == 0
    error_message = "Google sign-in and the identity pool are off by default"
  }
}

run "google_when_configured" {
  command = plan

  variables {
    google_client_id     = "1234.apps.googleusercontent.com"
    google_client_secret = "test-only"
  }

  assert {
    condition     = length(aws_cognito_identity_provider.google) == 1 && contains(aws_cognito_user_pool_client.browser.supported_identity_providers, "Google")
    error_message = "a Google client ID adds the identity provider to the browser client"
  }

  assert {
    condition     = output.google_redirect_uri == "https://test-app.auth.eu-west-1.amazoncognito.com/oauth2/idpresponse"
    error_message = "the redirect URI points at the hosted UI's idpresponse endpoint"
  }
}

run "rejects_http_callbacks" {
  command = plan

  variables {
    callback_urls = ["http://app.example.com/"]
  }

  expect_failures = [var.callback_urls]
}
