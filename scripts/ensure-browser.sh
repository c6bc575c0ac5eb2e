#!/usr/bin/env bash
# Installs Chromium for the browser tests when no Chrome/Chromium is found (Debian/Ubuntu).
set -euo pipefail
if [ -n "${BORDERLINE_BROWSER:-}" ] || command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 \
  || command -v google-chrome >/dev/null 2>&1 || [ -x "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" ]; then
  exit 0
fi
if command -v apt-get >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium
else
  echo "No Chrome or Chromium found and no apt-get: install Chrome, or set BORDERLINE_BROWSER to its path." >&2
  exit 1
fi
