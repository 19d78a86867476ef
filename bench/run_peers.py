#!/usr/bin/env python3
"""Times eddy against its peers on the script benchmarks in bench/scripts, in one run.

Each benchmark NAME has NAME.py (run by eddy and by python3) and NAME.lua (lua5.4). Every program
prints its result; the runner checks that all peers agree, takes the best of --repeat wall-clock
runs for each, and prints the ratios eddy/python3 and eddy/lua (below 1.0: eddy is faster).

usage: bench/run_peers.py [--eddy build/release/eddy] [--repeat 5] [NAME ...]
"""
import argparse
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPTS = os.path.join(HERE, "scripts")


def best_time(cmd, repeat):
    best, out = None, None
    for _ in range(repeat):
        start = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        if p.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed ({p.returncode}): {p.stderr.strip()[-500:]}")
        out = p.stdout
        best = elapsed if best is None else min(best, elapsed)
    return best, out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eddy", default=os.path.join(HERE, "..", "build", "release", "eddy"))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    names = args.names or sorted(f[:-3] for f in os.listdir(SCRIPTS) if f.endswith(".py"))
    peers = [("eddy", [os.path.abspath(args.eddy)], ".py")]
    if shutil.which("python3"):
        peers.append(("python3", [shutil.which("python3")], ".py"))
    if shutil.which("lua5.4"):
        peers.append(("lua5.4", [shutil.which("lua5.4")], ".lua"))
    if len(peers) < 3:
        print("note: missing peers:", {"python3", "lua5.4"} - {p[0] for p in peers}, "(install them with scripts/install-deps.sh)")
    print(f"best of {args.repeat} runs, wall-clock seconds")
    header = f"{'benchmark':<12}" + "".join(f"{p[0]:>10}" for p in peers) + f"{'eddy/py':>10}{'eddy/lua':>10}"
    print(header)
    print("-" * len(header))
    status = 0
    for name in names:
        times, outputs = {}, {}
        for peer, cmd, ext in peers:
            path = os.path.join(SCRIPTS, name + ext)
            if not os.path.exists(path):
                continue
            sys.stderr.write(f"  running {name} on {peer}...\r")
            times[peer], outputs[peer] = best_time(cmd + [path], args.repeat)
        if len(set(outputs.values())) > 1:
            print(f"{name}: peers disagree: {outputs}")
            status = 1
        row = f"{name:<12}" + "".join(f"{times.get(p[0], float('nan')):>10.3f}" for p in peers)
        ratio = lambda peer: f"{times['eddy'] / times[peer]:>10.2f}" if peer in times else f"{'-':>10}"
        print(row + ratio("python3") + ratio("lua5.4"))
    return status


if __name__ == "__main__":
    sys.exit(main())
