#!/usr/bin/env bash
# The whole test suite, as the README and CI run it: install what is missing, then typecheck,
# lint + format check, and the tests (which build dist/ and run the real CLI end to end).
set -euo pipefail
cd "$(dirname "$0")/.."

# npm ci when node_modules is missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

bash scripts/install-peers.sh

echo "== typecheck"
npx tsc -p tsconfig.json
echo "== lint and format"
npx biome ci .
echo "== tests"
report=$(mktemp /tmp/portplan-vitest.XXXXXX.json)
trap 'rm -f "$report"' EXIT
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json="$report" || status=$?
# One closing line any CI can read, whatever vitest prints above it; a test file that fails to
# load counts as a failure there (scripts/test-summary.mjs).
node scripts/test-summary.mjs "$report" || status=1
exit "$status"
