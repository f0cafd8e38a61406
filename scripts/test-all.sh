#!/usr/bin/env bash
# The README's test command: provisions the real services (idempotent), installs from the lockfile,
# lints, type-checks, and runs the unit and integration suites on Node 24.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" = 0 ]; then bash scripts/provision.sh; else sudo bash scripts/provision.sh; fi
npm ci --no-audit --no-fund
npm run lint
npm test
