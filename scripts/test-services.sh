#!/usr/bin/env bash
# The services the tests need: PostgreSQL, and a Neo4j of their own on port 7688 so that the
# tests never touch the demo graph. Safe to run twice.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$REPO/scripts/postgres.sh"
NEO4J_BOLT_PORT="${NEO4J_TEST_PORT:-7688}" NEO4J_DATA_DIR="$REPO/.data/neo4j-test" NEO4J_HEAP="${NEO4J_TEST_HEAP:-1g}" \
  bash "$REPO/scripts/neo4j.sh" start
