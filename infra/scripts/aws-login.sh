#!/usr/bin/env bash
# Check (and if needed start) an AWS session for an environment before running tofu by hand.
#
#   source <(infra/scripts/aws-login.sh staging)     # exports AWS_PROFILE
#   infra/scripts/aws-login.sh staging               # prints the identity
#
# The profile is myapp-<env> unless AWS_PROFILE_<ENV> (e.g. AWS_PROFILE_STAGING) names another;
# SSO profiles are logged in when their token has expired. The account must match the one in
# infra/envs/<env>/terraform.tfvars, so that nothing is ever applied to the wrong account.
set -euo pipefail

[[ $# -eq 1 ]] || { echo "usage: $0 <staging|production>" >&2; exit 2; }
env_name=$1
case "$env_name" in
  staging | production) ;;
  *) echo "unknown environment: $env_name (staging or production)" >&2; exit 2 ;;
esac

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tfvars="$script_dir/../envs/$env_name/terraform.tfvars"
override_var="AWS_PROFILE_${env_name^^}"
profile=${!override_var:-myapp-$env_name}

expected=$(sed -n 's/^aws_account_id *= *"\([0-9]\{12\}\)".*/\1/p' "$tfvars")
[[ -n "$expected" ]] || { echo "no aws_account_id in $tfvars" >&2; exit 1; }

if ! account=$(aws sts get-caller-identity --profile "$profile" --query Account --output text 2>/dev/null); then
  echo "session of profile $profile expired or missing: logging in" >&2
  aws sso login --profile "$profile" >&2
  account=$(aws sts get-caller-identity --profile "$profile" --query Account --output text)
fi

if [[ "$account" != "$expected" ]]; then
  echo "profile $profile is account $account, but $env_name is $expected" >&2
  exit 1
fi

echo "profile $profile -> account $account ($env_name)" >&2
printf 'export AWS_PROFILE=%q\n' "$profile"
