#!/usr/bin/env bash
# Configures and builds one flavour of eddy.   usage: scripts/build.sh release|sanitize
set -euo pipefail
cd "$(dirname "$0")/.."
flavour=${1:-release}
launcher=()
if command -v ccache >/dev/null 2>&1; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
case "$flavour" in
  release)  dir=build/release;  opts=(-DCMAKE_BUILD_TYPE=Release) ;;
  sanitize) dir=build/sanitize; opts=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DEDDY_SANITIZE=ON -DEDDY_BENCH=OFF) ;;
  debug)    dir=build/debug;    opts=(-DCMAKE_BUILD_TYPE=Debug) ;;
  *) echo "usage: $0 release|sanitize|debug" >&2; exit 2 ;;
esac
cmake -S . -B "$dir" "${opts[@]}" "${launcher[@]}" >/dev/null
cmake --build "$dir" -j2
