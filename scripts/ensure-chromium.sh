#!/usr/bin/env bash
# Playwright cannot download its own browser here, so the browser tests use Debian's chromium.
set -euo pipefail
CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the browser tests..." >&2
  export DEBIAN_FRONTEND=noninteractive
  # Another apt run (another checkout installing the same, or the system's own updates) holds the
  # package lock for a while; wait for it instead of failing the test command.
  wait_lock=(-o DPkg::Lock::Timeout=600)
  apt-get "${wait_lock[@]}" update -qq && apt-get "${wait_lock[@]}" install -y -qq chromium >/dev/null
  if [ -x "$CHROMIUM" ]; then exit 0; fi
  echo "chromium was installed, but $CHROMIUM is still missing. Set CHROMIUM_PATH to the browser's path." >&2
  exit 1
fi
echo "Chromium is missing at $CHROMIUM. Run: sudo apt-get update && sudo apt-get install -y chromium   (or set CHROMIUM_PATH)" >&2
exit 1
