#!/usr/bin/env bash
# Quick start, step 1: install what is missing, build eddy (Release) and run the demo script.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh release
echo "---- build/release/eddy samples/demo.py ----"
./build/release/eddy samples/demo.py
