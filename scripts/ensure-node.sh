#!/usr/bin/env bash
# Astro 7 needs Node >= 22.12. `npm install` puts Node 24 (the `node` devDependency) first on the PATH of
# every npm script; this stops with the one command to run when that did not happen.
set -euo pipefail
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1)'; then
  echo "Node $(node -v) is too old: Astro 7 needs Node >= 22.12. Run: npm install   (it installs Node 24 into node_modules)" >&2
  exit 1
fi
