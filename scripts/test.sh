#!/usr/bin/env bash
# `npm test`: every check and test, from a fresh clone after `npm install`.
# npm puts node_modules/.bin first on PATH, so `node` here is the Node 24 from the `node` devDependency.
set -euo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1

bash scripts/ensure-node.sh
bash scripts/ensure-chromium.sh
bash scripts/ensure-java.sh

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

# Runs each command (one string each) at the same time, then prints their output one after the other, in the
# order given, and fails if any of them failed. Each of these commands mostly keeps one core busy, so on two
# cores two of them side by side take about as long as the slower one.
side_by_side() {
  local pids=() i failed=0
  local commands=("$@")
  for i in "${!commands[@]}"; do
    bash -c "${commands[$i]}" >"$logs/$i" 2>&1 &
    pids[i]=$!
  done
  for i in "${!commands[@]}"; do
    local status=0
    wait "${pids[$i]}" || status=$?
    echo "> ${commands[$i]}"
    cat "$logs/$i"
    if [ "$status" -ne 0 ]; then
      echo "FEJL (exit $status): ${commands[$i]}" >&2
      failed=1
    fi
  done
  return "$failed"
}

# Types, lint and the layer rules first: they are quick and explain a broken build best (their output comes
# first). ESLint and the layer rules run beside the type check; the build waits for the type check, since
# both write Astro's generated types and content store. The build runs the content checks (the
# content-checks integration) and stops on the first bad file with the same report as `npm run check`, so
# they run once, before the slower tests.
side_by_side \
  "npm run lint:code" \
  "npm run lint:types && npm run check:audit && npm run build"

# The HTML validator reads only dist/ and runs on Java beside the unit tests, which build their own copies.
npm run validate:html >"$logs/vnu" 2>&1 &
vnu=$!
npx vitest run
status=0
wait "$vnu" || status=$?
echo "> npm run validate:html"
cat "$logs/vnu"
[ "$status" -eq 0 ] || exit "$status"

# The browser tests after the unit tests, not beside them: on two cores both use all the CPU they get, and
# side by side the unit tests' site builds starved (the whole run took longer). Three workers: a browser test
# spends part of its time waiting on Chromium and the preview server, and a third worker runs meanwhile.
npx playwright test --workers=3
