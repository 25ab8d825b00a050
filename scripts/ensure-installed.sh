#!/usr/bin/env bash
# Installs npm dependencies when node_modules is missing or older than the lockfile.
# `npm install` (not `npm ci`): the registry here answers 404 for other platforms' optional
# packages, which the lockfile therefore lacks and `npm ci` calls out of sync (STACK.md).
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
marker=node_modules/.package-lock.json
if [ ! -f "$marker" ] || [ package-lock.json -nt "$marker" ]; then
  echo "installing npm dependencies…"
  npm install --no-audit --no-fund --loglevel=error
fi
