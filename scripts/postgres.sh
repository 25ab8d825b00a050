#!/usr/bin/env bash
# Starts the machine's PostgreSQL cluster when 127.0.0.1:5432 does not answer. Safe to run twice.
set -euo pipefail
if pg_isready -q -h 127.0.0.1 -p 5432; then
  echo "postgresql: already running on 127.0.0.1:5432"
  exit 0
fi
version="$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$version" ]; then
  echo "postgresql: not installed here; set DATABASE_URL to a reachable server (or use docker compose)" >&2
  exit 1
fi
pg_ctlcluster --skip-systemctl-redirect "$version" main start
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && { echo "postgresql: started ($version/main)"; exit 0; }
  sleep 1
done
echo "postgresql: did not become ready on 127.0.0.1:5432" >&2
exit 1
