#!/usr/bin/env bash
# The e2e suite drives Chromium. Playwright cannot download its browsers on our machines, so Debian's
# chromium is installed when it is missing; elsewhere (no apt-get) Playwright's own browser is fetched.
# Used by `npm run test:e2e` and by .ci/run, so a fresh machine needs nothing else.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] || [ -x /usr/bin/chromium ]; then exit 0; fi
if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "Installing Debian's chromium for the e2e tests (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium >/dev/null
else
  npx playwright install chromium
fi
