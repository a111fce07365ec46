mock_provider "aws" {
  mock_data "aws_region" {
    defaults = {
      region = "eu-west-1"
    }
  }
}

variables {
  domain_name = "example.com"
  zone_id     = "Z0123456789ABCDEFGHIJ"
}

run "dkim_mail_from_dmarc" {
  command = plan

  assert {
    condition     = length(aws_route53_record.dkim) == 3
    error_message = "Easy DKIM publishes three CNAME records"
  }

  assert {
    condition     = aws_route53_record.mail_from_mx.records == toset(["10 feedback-smtp.eu-west-1.amazonses.com"])
    error_message = "the MAIL FROM MX points at SES feedback in the region"
  }

  assert {
    condition     = aws_route53_record.mail_from_spf.records == toset(["v=spf1 include:amazonses.com ~all"])
    error_message = "the MAIL FROM domain publishes SPF for SES"
  }

  assert {
    condition     = startswith(one(aws_route53_record.dmarc.records), "v=DMARC1; p=quarantine")
    error_message = "DMARC is published with the quarantine policy by default"
  }
}

run "unknown_dmarc_policy" {
  command = plan

  variables {
    dmarc_policy = "maybe"
  }

  expect_failures = [var.dmarc_policy]
}
