#!/usr/bin/env bash
# The README's demo command: services, migrations, demo data, then the API serving the web app.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
bash scripts/ensure-installed.sh
bash scripts/services.sh
bash scripts/build.sh
npm run db:migrate --silent
npm run seed --silent
PORT="${PORT:-4000}"
cat <<TXT

  Cloudsword is starting on http://127.0.0.1:$PORT
  Demo accounts (password: Cloudsword-Demo-2026), e.g.
    zj.investigator@police.demo   浙江省公安厅 侦查员
    coordinator@cloudsword.demo   联盟秘书处 协调员
    taobao@platform.demo          淘宝平台治理部 线索报送员
  Ctrl-C stops the API; \`npm run services:stop\` stops Neo4j.

TXT
exec node api/dist/main.js
