#!/usr/bin/env bash
# Validates docker-compose.yml without a Docker engine: `docker compose config` where the
# Compose v2 plugin exists, else Debian's docker-compose 1.29 (installed with apt if root).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if docker compose version >/dev/null 2>&1; then
  docker compose config --quiet
  echo "== docker-compose.yml is valid (docker compose $(docker compose version --short))"
  exit 0
fi
if ! command -v docker-compose >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null
  else
    echo "neither docker compose nor docker-compose is installed: cannot check docker-compose.yml" >&2
    exit 1
  fi
fi
docker-compose config --quiet
echo "== docker-compose.yml is valid ($(docker-compose version --short))"
