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

# Two chains side by side, and the browser tests after both. Lint and the type check are quick and explain a
# broken change best, so each chain starts with one: ESLint, the format check and the layer rules, then the
# unit tests (which build their own copies of the site and need no dist/); the type check, then the audit, the
# build and the HTML validator (on Java, reading dist/). The build waits for the type check, since both write Astro's
# generated types and content store. The build runs the content checks (the content-checks integration) and
# stops on the first bad file with the same report as `npm run check`, so they run once. Started together,
# the unit tests use the core the build leaves idle while it renders on one thread: measured back to back on
# two cores, 163 s against 191 s for this part with the unit tests after the build.
side_by_side \
  "npm run lint:code && npx vitest run" \
  "npm run lint:types && npm run check:audit && npm run build && npm run validate:html"

# The browser tests after the unit tests, not beside them: on two cores both use all the CPU they get, and
# side by side the unit tests' site builds starved (the whole run took longer). Three workers: a browser test
# spends part of its time waiting on Chromium and the preview server, and a third worker runs meanwhile.
npx playwright test --workers=3
