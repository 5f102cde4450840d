#!/usr/bin/env bash
# The quick start: install, build, and plan the shipped small example as change-ticket rules.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
npm run --silent build
node bin/portplan.js plan examples/small.yaml --rules --format table
