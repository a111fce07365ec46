mock_provider "aws" {
  mock_resource "aws_api_gateway_domain_name" {
    defaults = {
      regional_domain_name = "d-abc.execute-api.eu-west-1.amazonaws.com"
      regional_zone_id     = "ZLY8HYME6SFDD"
    }
  }
}

variables {
  name              = "test-api"
  package_file      = "tests/fixtures/handler.zip"
  user_pool_arn     = "arn:aws:cognito-idp:eu-west-1:111111111111:userpool/eu-west-1_test"
  cors_allow_origin = "https://app.example.com"
  domain_name       = "api.example.com"
  certificate_arn   = "arn:aws:acm:eu-west-1:111111111111:certificate/test"
  zone_id           = "Z0123456789ABCDEFGHIJ"
}

run "cognito_protected_proxy" {
  command = plan

  assert {
    condition     = alltrue([for m in aws_api_gateway_method.any : m.authorization == "COGNITO_USER_POOLS"])
    error_message = "every route goes through the Cognito authorizer"
  }

  assert {
    condition     = alltrue([for m in aws_api_gateway_method.options : m.authorization == "NONE"])
    error_message = "CORS preflight needs no token"
  }

  assert {
    condition     = toset(keys(aws_api_gateway_gateway_response.default)) == toset(["DEFAULT_4XX", "DEFAULT_5XX"])
    error_message = "4xx and 5xx gateway responses carry CORS headers"
  }

  assert {
    condition     = aws_api_gateway_gateway_response.default["DEFAULT_4XX"].response_parameters["gatewayresponse.header.Access-Control-Allow-Origin"] == "'https://app.example.com'"
    error_message = "gateway responses allow the configured origin"
  }

  assert {
    condition     = aws_api_gateway_rest_api.this.disable_execute_api_endpoint
    error_message = "only the custom domain answers"
  }
}

run "rejects_wildcard_origin" {
  command = plan

  variables {
    cors_allow_origin = "*"
  }

  expect_failures = [var.cors_allow_origin]
}
