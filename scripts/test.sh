#!/usr/bin/env bash
# Quick start, step 2: install what is missing, then build and run every test: the Release build
# (unit, script, conformance, bad-input tests) and the ASan+UBSan build (unit and script tests).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh release
bash scripts/build.sh sanitize
status=0
echo "==== Release build: all tests ===="
ctest --test-dir build/release -j2 --output-on-failure || status=1
echo "==== ASan+UBSan build: unit, script, conformance and bad-input tests ===="
ctest --test-dir build/sanitize -j2 --output-on-failure -L 'unit|sanitize' || status=1
exit $status
