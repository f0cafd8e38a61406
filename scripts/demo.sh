#!/usr/bin/env bash
# The README's demo command: installs what the demos use (idempotent; the same services the tests use),
# installs from the lockfile, then runs each action on the embedded examples/ against a local fake GitHub.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" = 0 ]; then bash scripts/provision.sh; else sudo bash scripts/provision.sh; fi
[ -x node_modules/.bin/node ] || npm ci --no-audit --no-fund
npm run build --silent >/dev/null
npm run --silent demo
