#!/usr/bin/env bash
# Starts the services Cloudsword needs on this machine, each only if it is not already reachable:
# PostgreSQL on 127.0.0.1:5432 (the system's cluster) and Neo4j on 127.0.0.1:$NEO4J_BOLT_PORT
# (the project's own, see scripts/neo4j.sh). Safe to run any number of times.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$REPO/scripts/postgres.sh"

bash "$REPO/scripts/neo4j.sh" start
