#!/usr/bin/env python3
"""Runs one eddy test script and judges it. Used by CTest (see tests/CMakeLists.txt).

  run_test.py script      EDDY FILE   stdout must equal FILE's .out file beside it, exit status
                                      must equal the .status file (default 0)
  run_test.py stackless   EDDY FILE   the same, for the `stackless` module's tests
  run_test.py conformance EDDY FILE   stdout and exit status must be byte-identical to python3's
  run_test.py badinput    EDDY FILE   must fail cleanly: exit status 1 with a "...Error" line on
                                      stderr, never a crash, a hang or a sanitizer report
Exit status 77 means "skipped" (python3 missing for a conformance test).
"""
import os
import re
import resource
import shutil
import subprocess
import sys

TIMEOUT = 120
# A stress script may bound the peak resident memory of its run: "# eddy-test: max-rss-mb N".
RSS_MARKER = re.compile(rb"eddy-test: max-rss-mb (\d+)")


def run(cmd, path, stdin=b""):
    env = dict(os.environ)
    env.setdefault("PYTHONHASHSEED", "0")
    try:
        p = subprocess.run(cmd + [os.path.basename(path)], cwd=os.path.dirname(path) or ".",
                           input=stdin, capture_output=True, timeout=TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        return None
    return p


def show(label, data):
    text = data.decode("utf-8", "replace")
    if len(text) > 4000:
        text = text[:4000] + "\n...[truncated]"
    print(f"---- {label} ----\n{text}")


def main():
    mode, eddy, path = sys.argv[1], os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3])
    p = run([eddy], path)
    if p is None:
        print(f"FAIL: eddy timed out after {TIMEOUT}s on {path}")
        return 1
    crashed = p.returncode < 0 or p.returncode >= 128 or b"Sanitizer" in p.stderr or b"runtime error:" in p.stderr
    if crashed:
        print(f"FAIL: eddy crashed (status {p.returncode}) on {path}")
        show("stderr", p.stderr)
        return 1
    if mode == "stress":
        # Expected output as for scripts, plus the peak RSS bound (ru_maxrss of the one child).
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        with open(path, "rb") as f:
            m = RSS_MARKER.search(f.read())
        print(f"peak RSS: {peak_mb:.1f} MB" + (f" (limit {m.group(1).decode()} MB)" if m else ""))
        if m and peak_mb > int(m.group(1)):
            print(f"FAIL: {path}: peak RSS {peak_mb:.1f} MB is over the limit")
            return 1
        mode = "script"
    if mode in ("script", "stackless"):
        base = os.path.splitext(path)[0]
        with open(base + ".out", "rb") as f:
            expected = f.read()
        want_status = 0
        if os.path.exists(base + ".status"):
            with open(base + ".status") as f:
                want_status = int(f.read().strip())
        if p.stdout != expected or p.returncode != want_status:
            print(f"FAIL: {path}: status {p.returncode} (want {want_status})")
            show("expected stdout", expected)
            show("eddy stdout", p.stdout)
            show("eddy stderr", p.stderr)
            return 1
        return 0
    if mode == "conformance":
        python = shutil.which("python3")
        if not python:
            print("SKIPPED: python3 is not installed, so conformance cannot be checked")
            return 77
        q = run([python], path)
        if q is None:
            print("FAIL: python3 timed out")
            return 1
        if p.stdout != q.stdout or p.returncode != q.returncode:
            print(f"FAIL: {path} differs from CPython (eddy status {p.returncode}, python3 status {q.returncode})")
            show("python3 stdout", q.stdout)
            show("eddy stdout", p.stdout)
            show("eddy stderr", p.stderr)
            return 1
        return 0
    if mode == "badinput":
        lines = p.stderr.decode("utf-8", "replace").strip().splitlines()
        last = lines[-1] if lines else ""
        if p.returncode != 1 or "Error" not in last.split(":")[0]:
            print(f"FAIL: {path}: want a clean error (status 1, '...Error: ...' last on stderr); "
                  f"got status {p.returncode}")
            show("eddy stderr", p.stderr)
            return 1
        return 0
    print(f"unknown mode {mode}")
    return 2


if __name__ == "__main__":
    sys.exit(main())
