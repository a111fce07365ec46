mock_provider "aws" {
  mock_data "aws_caller_identity" {
    defaults = {
      account_id = "111111111111"
    }
  }
}

variables {
  name            = "test-site"
  domain_names    = ["app.example.com"]
  zone_id         = "Z0123456789ABCDEFGHIJ"
  certificate_arn = "arn:aws:acm:us-east-1:111111111111:certificate/test"
}

run "private_bucket_behind_cloudfront" {
  command = plan

  assert {
    condition     = aws_s3_bucket.this.bucket == "test-site-111111111111"
    error_message = "the bucket name carries the account ID"
  }

  assert {
    condition     = aws_s3_bucket_public_access_block.this.block_public_policy && aws_s3_bucket_public_access_block.this.restrict_public_buckets
    error_message = "the bucket blocks public access"
  }

  assert {
    condition     = one(aws_cloudfront_distribution.this.default_cache_behavior).viewer_protocol_policy == "redirect-to-https"
    error_message = "HTTP is redirected to HTTPS"
  }

  assert {
    condition     = length(aws_route53_record.alias) == 2
    error_message = "A and AAAA alias records for the domain"
  }
}

run "rejects_regional_certificate" {
  command = plan

  variables {
    certificate_arn = "arn:aws:acm:eu-west-1:111111111111:certificate/test"
  }

  expect_failures = [var.certificate_arn]
}
