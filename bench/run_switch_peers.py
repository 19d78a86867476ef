#!/usr/bin/env python3
"""Times eddy's tasklet switching against the systems people use today, in one run.

Each benchmark in bench/switch prints "ns_per_op X" (and "bytes_per_tasklet Y" for spawn_block),
timed inside the program so that start-up is not counted:

  pingpong     a channel round trip between two tasklets (send + receive each way); peers: a Lua
               5.4 coroutine resume+yield, a greenlet switch(value) there and back, a Go unbuffered
               channel ping-pong between two goroutines
  schedule     stackless.schedule() between two tasklets, per switch (eddy only)
  spawn_block  create and start a tasklet that blocks on a channel, 1,000,000 of them alive: ns and
               resident bytes each; peers: Lua coroutines, greenlets, goroutines

The runner prints the best of --repeat runs and the ratio eddy/peer (below 1.0: eddy is faster).
Peers come from Debian packages (scripts/install-deps.sh): lua5.4, python3-greenlet (run by
/usr/bin/python3, the interpreter that package belongs to), golang-go.

usage: bench/run_switch_peers.py [--eddy build/release/eddy] [--repeat 3] [NAME ...]
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SWITCH = os.path.join(HERE, "switch")


def measure(cmd, repeat):
    best = {}
    for _ in range(repeat):
        p = subprocess.run(cmd, capture_output=True, text=True)
        if p.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed ({p.returncode}): {p.stderr.strip()[-500:]}")
        for key, value in re.findall(r"^(\w+) ([0-9.]+)$", p.stdout, re.M):
            v = float(value)
            best[key] = v if key not in best else min(best[key], v)
    return best


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eddy", default=os.path.join(HERE, "..", "build", "release", "eddy"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    names = args.names or ["pingpong", "schedule", "spawn_block"]
    debian_python = "/usr/bin/python3"
    go = shutil.which("go")
    build_dir = tempfile.mkdtemp(prefix="eddy-bench-go-")
    print(f"best of {args.repeat} runs")
    for name in names:
        peers = [("eddy", [os.path.abspath(args.eddy), os.path.join(SWITCH, name + ".py")])]
        lua = os.path.join(SWITCH, name + ".lua")
        if shutil.which("lua5.4") and os.path.exists(lua):
            peers.append(("lua5.4", ["lua5.4", lua]))
        greenlet = os.path.join(SWITCH, name + "_greenlet.py")
        if os.path.exists(greenlet) and subprocess.run([debian_python, "-c", "import greenlet"],
                                                       capture_output=True).returncode == 0:
            peers.append(("greenlet", [debian_python, greenlet]))
        gosrc = os.path.join(SWITCH, name + ".go")
        if go and os.path.exists(gosrc):
            binary = os.path.join(build_dir, name)
            subprocess.run([go, "build", "-o", binary, gosrc], check=True, cwd=build_dir,
                           env=dict(os.environ, GOCACHE=os.path.join(build_dir, "cache")))
            peers.append(("go", [binary]))
        results = {}
        for peer, cmd in peers:
            sys.stderr.write(f"  running {name} on {peer}...\r")
            results[peer] = measure(cmd, args.repeat)
        sys.stderr.write(" " * 60 + "\r")
        for key in ("ns_per_op", "bytes_per_tasklet"):
            if key not in results["eddy"]:
                continue
            mine = results["eddy"][key]
            row = f"{name:<12} {key:<18} eddy {mine:9.1f}"
            for peer, r in results.items():
                if peer != "eddy" and key in r:
                    row += f" | {peer} {r[key]:9.1f} (eddy/{peer} {mine / r[key]:.2f})"
            print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
