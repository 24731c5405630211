#!/usr/bin/env bash
# `npm test`: every check and test, from a fresh clone after `npm install`.
# npm puts node_modules/.bin first on PATH, so `node` here is the Node 24 from the `node` devDependency.
set -euo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1

if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1)'; then
  echo "Node $(node -v) is too old: Astro 7 needs Node >= 22.12. Run: npm install   (it installs Node 24 into node_modules)" >&2
  exit 1
fi

bash scripts/ensure-chromium.sh

npm run check
npm run check:audit
npx vitest run
npx astro build
npx playwright test
