# OpenTofu's mock providers fill computed values during plan as well (mock_resource takes only
# `defaults`; Terraform's `override_during` is not OpenTofu syntax), so the validation records'
# for_each keys are known in a plan-only run.
mock_provider "aws" {
  mock_resource "aws_acm_certificate" {
    defaults = {
      arn = "arn:aws:acm:eu-west-1:111111111111:certificate/test"
      domain_validation_options = [
        {
          domain_name           = "staging.example.com"
          resource_record_name  = "_abc.staging.example.com."
          resource_record_type  = "CNAME"
          resource_record_value = "_def.acm-validations.aws."
        },
        {
          domain_name           = "*.staging.example.com"
          resource_record_name  = "_abc.staging.example.com."
          resource_record_type  = "CNAME"
          resource_record_value = "_def.acm-validations.aws."
        },
      ]
    }
  }
}

mock_provider "aws" {
  alias = "us_east_1"
}

variables {
  domain_name = "staging.example.com"
}

run "zone_and_certificates" {
  command = plan

  assert {
    condition     = length(aws_route53_zone.this) == 1 && length(aws_acm_certificate.cloudfront) == 1
    error_message = "creates the zone and the us-east-1 certificate by default"
  }

  assert {
    condition     = aws_acm_certificate.regional.subject_alternative_names == toset(["*.staging.example.com"])
    error_message = "the certificate covers the wildcard"
  }

  assert {
    condition     = length(aws_route53_record.validation) == 2 && alltrue([for r in aws_route53_record.validation : r.allow_overwrite])
    error_message = "one validation record per name, overwrite allowed for the shared apex/wildcard record"
  }
}

run "rejects_uppercase_domain" {
  command = plan

  variables {
    domain_name = "Staging.Example.com"
  }

  expect_failures = [var.domain_name]
}
