#!/usr/bin/env bash
# The one test command (README, CI): install, check types and lint, build, then every test suite.
# Ends with test-all's line "N passed, M failed"; exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }
# Say where it stopped, except after the tests, whose summary line must stay the last one.
trap 'status=$?; [ $status -eq 0 ] || [ "${CURRENT_STEP:-}" = tests ] || echo "test.sh: failed at step \"${CURRENT_STEP:-?}\" (exit $status)" >&2' EXIT

# npm ci wipes node_modules: do it in CI, on a fresh clone, or when the lock changed since the last install.
CURRENT_STEP="npm ci"
if [ "${CI:-}" = "true" ] || [ ! -f node_modules/.package-lock.json ] \
  || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "npm ci"
  npm ci --no-audit --no-fund
else
  step "node_modules is up to date with package-lock.json (skipping npm ci)"
fi

CURRENT_STEP="ensure chromium"; step "$CURRENT_STEP"
bash scripts/ensure-chromium.sh

CURRENT_STEP="ensure webkit and firefox"; step "$CURRENT_STEP"
bash scripts/ensure-engines.sh

CURRENT_STEP="ensure nginx"; step "$CURRENT_STEP"
bash scripts/ensure-nginx.sh

CURRENT_STEP="typecheck"; step "$CURRENT_STEP"
npm run --silent typecheck

CURRENT_STEP="lint"; step "$CURRENT_STEP"
npm run --silent lint

CURRENT_STEP="build"; step "$CURRENT_STEP"
npm run --silent build

CURRENT_STEP="tests"; step "$CURRENT_STEP"
node scripts/test-all.mjs
