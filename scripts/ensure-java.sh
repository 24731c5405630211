#!/usr/bin/env bash
# The Nu Html Checker (vnu-jar) that validates the built pages runs on Java.
set -euo pipefail
if command -v java >/dev/null; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Java for the HTML validator..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq default-jre-headless >/dev/null
  if command -v java >/dev/null; then exit 0; fi
  echo "default-jre-headless was installed, but java is still not on the PATH." >&2
  exit 1
fi
echo "Java is missing; the HTML validator needs it. Run: sudo apt-get update && sudo apt-get install -y default-jre-headless" >&2
exit 1
