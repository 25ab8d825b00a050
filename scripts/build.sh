#!/usr/bin/env bash
# Compiles the backend packages (tsc project references), emits the GraphQL schema, generates
# the web app's typed client from it, type-checks and builds the web app.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
npx tsc -b api/tsconfig.json
# The tests run through swc, which strips types: check them (and what they import) here.
npx tsc -p test/tsconfig.json
node api/dist/cli/emit-schema.js
npm run codegen -w web --silent
# Vite strips types without checking them: check the web app (and its generated types) first.
npx tsc -p web/tsconfig.json --noEmit
npm run build -w web --silent
