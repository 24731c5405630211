#!/usr/bin/env bash
# `npm test`: every check and test, from a fresh clone after `npm install`.
# npm puts node_modules/.bin first on PATH, so `node` here is the Node 24 from the `node` devDependency.
set -euo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1

bash scripts/ensure-node.sh

# Types, lint and the layer rules first: they are quick and explain a broken build best.
npm run lint

bash scripts/ensure-chromium.sh
bash scripts/ensure-java.sh

npm run check
npm run check:audit
npx vitest run
npx astro build
npm run validate:html
npx playwright test
