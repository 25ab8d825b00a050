#!/usr/bin/env bash
# The README's test command: install, build, start the test services, run every test tier.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
bash scripts/ensure-installed.sh
bash scripts/ensure-chromium.sh
bash scripts/build.sh
# NEO4J_TEST_PORT moves the test Neo4j (several checkouts on one machine); the tests follow it.
export NEO4J_TEST_URL="${NEO4J_TEST_URL:-bolt://127.0.0.1:${NEO4J_TEST_PORT:-7688}}"
bash scripts/test-services.sh
# In band: integration suites share one test Neo4j and each starts an API; on two cores
# parallel workers only add contention.
report="$(mktemp)"
status=0
npx jest --runInBand --json --outputFile="$report" "$@" || status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(`\n${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : ""));
' "$report" || true
rm -f "$report"
exit "$status"
