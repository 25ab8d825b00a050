#!/usr/bin/env bash
# Stops the Neo4j that scripts/services.sh started. PostgreSQL is the system's cluster, shared
# with other work on this machine, so it is left running.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$REPO/scripts/neo4j.sh" stop
echo "postgresql: left running (system cluster, not started by the project)"
