#!/usr/bin/env bash
# Build the back-end image, push it to ECR and roll the ECS service, then wait for the rollout.
#
#   infra/scripts/backend-deploy.sh <staging|production> [build context, default: .]
#
# Reads the deploy config exported by `make deploy` (infra/scripts/config/<env>.json:
# aws_region, ecr_endpoint, ecr_repository_name, ecs_cluster_name, ecs_service_name).
# Environment: IMAGE_TAG (default: the current git commit), DOCKERFILE (default: Dockerfile),
# WAIT_ATTEMPTS / WAIT_DELAY (default 80 x 15 s = 20 minutes).
set -euo pipefail

usage() {
  echo "usage: $0 <staging|production> [build-context]" >&2
  exit 2
}

[[ $# -ge 1 ]] || usage
env_name=$1
context=${2:-.}
case "$env_name" in
  staging | production) ;;
  *) usage ;;
esac

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
config="$script_dir/config/$env_name.json"
if [[ ! -f "$config" ]]; then
  echo "missing $config: run 'make deploy' (or 'make config') in infra/envs/$env_name first" >&2
  exit 1
fi

for tool in aws docker jq; do
  command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 1; }
done

read_config() {
  local value
  value=$(jq -er --arg k "$1" '.[$k] // empty' "$config") || {
    echo "$config lacks $1" >&2
    exit 1
  }
  printf '%s' "$value"
}

region=$(read_config aws_region)
registry=$(read_config ecr_endpoint)
repository=$(read_config ecr_repository_name)
cluster=$(read_config ecs_cluster_name)
service=$(read_config ecs_service_name)
tag=${IMAGE_TAG:-$(git rev-parse --short=12 HEAD)}
image="$registry/$repository"
attempts=${WAIT_ATTEMPTS:-80}
delay=${WAIT_DELAY:-15}

echo "==> build $image:$tag (linux/amd64)"
# Fargate runs amd64 here: an arm64 image built on a laptop crash-loops with 'exec format error'.
docker buildx build --platform linux/amd64 --load \
  --file "${DOCKERFILE:-Dockerfile}" \
  --tag "$image:$tag" --tag "$image:latest" \
  "$context"

echo "==> login $registry"
aws ecr get-login-password --region "$region" |
  docker login --username AWS --password-stdin "$registry"
trap 'docker logout "$registry" >/dev/null 2>&1 || true' EXIT

echo "==> push"
docker push "$image:$tag"
docker push "$image:latest"

echo "==> roll $cluster/$service"
aws ecs update-service --region "$region" --cluster "$cluster" --service "$service" \
  --force-new-deployment --query 'service.deployments[0].id' --output text

echo "==> wait for the rollout (up to $((attempts * delay)) s)"
for ((i = 1; i <= attempts; i++)); do
  # Backticks are JMESPath literals here, not command substitution.
  # shellcheck disable=SC2016
  read -r state running desired failed < <(
    aws ecs describe-services --region "$region" --cluster "$cluster" --services "$service" \
      --query 'services[0].deployments[?status==`PRIMARY`] | [0].[rolloutState,runningCount,desiredCount,failedTasks]' \
      --output text
  )
  echo "  [$i/$attempts] $state running=$running/$desired failed=$failed"
  case "$state" in
    COMPLETED)
      echo "==> deployed $image:$tag"
      exit 0
      ;;
    FAILED)
      echo "rollout failed; recent service events:" >&2
      aws ecs describe-services --region "$region" --cluster "$cluster" --services "$service" \
        --query 'services[0].events[:10].[createdAt,message]' --output text >&2
      exit 1
      ;;
  esac
  sleep "$delay"
done
echo "rollout did not complete within $((attempts * delay)) s" >&2
exit 1
