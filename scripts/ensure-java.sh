#!/usr/bin/env bash
# The Nu Html Checker (vnu-jar) that validates the built pages runs on Java.
set -euo pipefail
if command -v java >/dev/null; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Java for the HTML validator..." >&2
  export DEBIAN_FRONTEND=noninteractive
  # Another apt run (another checkout installing the same, or the system's own updates) holds the
  # package lock for a while; wait for it instead of failing the test command.
  wait_lock=(-o DPkg::Lock::Timeout=600)
  apt-get "${wait_lock[@]}" update -qq && apt-get "${wait_lock[@]}" install -y -qq default-jre-headless >/dev/null
  if command -v java >/dev/null; then exit 0; fi
  echo "default-jre-headless was installed, but java is still not on the PATH." >&2
  exit 1
fi
echo "Java is missing; the HTML validator needs it. Run: sudo apt-get update && sudo apt-get install -y default-jre-headless" >&2
exit 1
