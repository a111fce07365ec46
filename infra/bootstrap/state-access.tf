# State access: plan reads it and takes the lock; only apply writes it.

locals {
  state_objects = "${aws_s3_bucket.state.arn}/envs/${var.environment}/*"
  # Lock table items: the lock is "<bucket>/<key>", the state digest "<bucket>/<key>-md5".
  lock_ids = "${aws_s3_bucket.state.bucket}/envs/${var.environment}/*"
}

data "aws_iam_policy_document" "state_read" {
  statement {
    sid       = "ListStateBucket"
    actions   = ["s3:ListBucket"]
    resources = [aws_s3_bucket.state.arn]
  }

  statement {
    sid       = "ReadState"
    actions   = ["s3:GetObject"]
    resources = [local.state_objects]
  }

  # With use_lockfile = true the lock is an object next to the state: only that key is writable.
  statement {
    sid       = "S3LockFile"
    actions   = ["s3:PutObject", "s3:DeleteObject"]
    resources = ["${aws_s3_bucket.state.arn}/envs/${var.environment}/*.tflock"]
  }

  statement {
    sid       = "ReadLockTable"
    actions   = ["dynamodb:DescribeTable", "dynamodb:GetItem"]
    resources = [aws_dynamodb_table.lock.arn]
  }

  # The lock item only: the digest item (-md5) stays with apply, which writes the state.
  statement {
    sid       = "TakeAndReleaseTheLock"
    actions   = ["dynamodb:PutItem", "dynamodb:DeleteItem"]
    resources = [aws_dynamodb_table.lock.arn]

    condition {
      test     = "ForAllValues:StringLike"
      variable = "dynamodb:LeadingKeys"
      values   = [local.lock_ids]
    }

    condition {
      test     = "ForAllValues:StringNotLike"
      variable = "dynamodb:LeadingKeys"
      values   = ["*-md5"]
    }
  }

  statement {
    sid       = "StateEncryption"
    actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
    resources = ["arn:${local.partition}:kms:${module.common.region}:${local.account_id}:key/*"]

    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["s3.${module.common.region}.amazonaws.com"]
    }
  }
}

data "aws_iam_policy_document" "state_write" {
  source_policy_documents = [data.aws_iam_policy_document.state_read.json]

  statement {
    sid       = "WriteState"
    actions   = ["s3:PutObject", "s3:DeleteObject"]
    resources = [local.state_objects]
  }

  statement {
    sid       = "WriteStateDigest"
    actions   = ["dynamodb:PutItem", "dynamodb:DeleteItem"]
    resources = [aws_dynamodb_table.lock.arn]
  }

  statement {
    sid       = "StateEncryptionWrite"
    actions   = ["kms:Encrypt"]
    resources = ["arn:${local.partition}:kms:${module.common.region}:${local.account_id}:key/*"]

    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["s3.${module.common.region}.amazonaws.com"]
    }
  }
}
