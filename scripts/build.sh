#!/usr/bin/env bash
# Compiles the backend packages (tsc project references), emits the GraphQL schema, generates
# the web app's typed client from it and builds the web app.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
npx tsc -b api/tsconfig.json
node api/dist/cli/emit-schema.js
npm run codegen -w web --silent
npm run build -w web --silent
