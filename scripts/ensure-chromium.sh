#!/usr/bin/env bash
# Browser tests drive Debian's Chromium; a test tool's own browser download fails here.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
# A CJK font, or Chinese text renders as empty boxes in screenshots.
if [ -x "$CHROMIUM" ] && fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk"; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing Chromium from Debian's packages…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
else
  echo "Chromium is missing at $CHROMIUM: install it (sudo apt-get install -y chromium fonts-wqy-microhei) or set CHROMIUM_PATH" >&2
  exit 1
fi
