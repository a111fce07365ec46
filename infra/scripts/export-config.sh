#!/usr/bin/env bash
# Export an environment's deploy config (the non-sensitive outputs the deploy needs) to JSON.
#
#   infra/scripts/export-config.sh <staging|production> [output file]
#
# Default output: infra/scripts/config/<env>.json. TOFU selects the binary (default: tofu).
set -euo pipefail

[[ $# -ge 1 ]] || { echo "usage: $0 <staging|production> [output-file]" >&2; exit 2; }
env_name=$1
case "$env_name" in
  staging | production) ;;
  *) echo "unknown environment: $env_name (staging or production)" >&2; exit 2 ;;
esac

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
env_dir="$script_dir/../envs/$env_name"
out=${2:-$script_dir/config/$env_name.json}
keys='["aws_region","ecr_endpoint","ecr_repository_name","ecs_cluster_name","ecs_service_name"]'

command -v jq >/dev/null || { echo "jq is required" >&2; exit 1; }

outputs=$("${TOFU:-tofu}" -chdir="$env_dir" output -json)
mkdir -p "$(dirname "$out")"
tmp=$(mktemp "$out.XXXXXX")
trap 'rm -f "$tmp"' EXIT
# Sensitive outputs are never written, even when asked for by name.
jq --argjson keys "$keys" '
  with_entries(select(.key as $k | $keys | index($k)) | select(.value.sensitive | not))
  | map_values(.value)
' <<<"$outputs" >"$tmp"
missing=$(jq -r --argjson keys "$keys" '$keys - keys | join(", ")' "$tmp")
if [[ -n "$missing" ]]; then
  echo "outputs missing from $env_dir: $missing (has it been applied?)" >&2
  exit 1
fi
mv "$tmp" "$out"
trap - EXIT
echo "wrote $out"
