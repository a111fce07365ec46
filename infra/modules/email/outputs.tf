output "identity_arn" {
  description = "ARN of the SES domain identity (for Cognito's email_configuration and sending policies)."
  value       = aws_sesv2_email_identity.this.arn
}

output "domain_name" {
  description = "The verified sending domain."
  value       = aws_sesv2_email_identity.this.email_identity
}

output "mail_from_domain" {
  description = "Custom MAIL FROM domain."
  value       = local.mail_from_domain
}

output "send_policy_json" {
  description = "IAM policy (JSON) allowing an application role to send mail from this identity."
  value = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid      = "SendFromDomain"
      Effect   = "Allow"
      Action   = ["ses:SendEmail", "ses:SendRawEmail"]
      Resource = [aws_sesv2_email_identity.this.arn]
    }]
  })
}
