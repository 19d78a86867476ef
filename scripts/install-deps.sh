#!/usr/bin/env bash
# Installs, by Debian package name, whatever eddy's build, tests and benchmarks need and this
# machine lacks. Idempotent: packages already present are skipped, and apt is not touched at all
# when nothing is missing. Run as root (or with sudo available).
set -euo pipefail

packages=(
  # toolchain
  g++ cmake make pkg-config ccache python3
  # the named stack
  libboost-context-dev libffi-dev zlib1g-dev libmsgpack-cxx-dev libgtest-dev libbenchmark-dev
  # big integers, line editing for the REPL
  libgmp-dev libedit-dev
  # peers for the benchmark runners (bench/run_peers.py, bench/run_switch_peers.py)
  lua5.4 python3-greenlet golang-go
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
