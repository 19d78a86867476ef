# Generator pipelines: lazy stages, send-based coroutines, itertools composition.
import itertools
def read_lines(text):
    for line in text.splitlines():
        yield line
def parse(lines):
    for ln in lines:
        if not ln or ln.startswith("#"): continue
        name, _, value = ln.partition("=")
        yield name.strip(), value.strip()
def convert(pairs):
    for k, v in pairs:
        if v.isdigit(): yield k, int(v)
        elif v in ("true", "false"): yield k, v == "true"
        else: yield k, v
cfg = """# config
width = 80
height=24
debug = true
title = eddy demo
"""
print(dict(convert(parse(read_lines(cfg)))))
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value; count += 1
        avg = total / count
a = averager(); next(a); print([a.send(v) for v in (10, 20, 60)])
def take_every(n, it):
    for i, x in enumerate(it):
        if i % n == 0: yield x
print(list(take_every(3, range(20))), list(itertools.islice(take_every(2, itertools.count()), 5)))
def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)): yield from flatten(item)
        else: yield item
print(list(flatten([1, [2, (3, [4, 5])], 6])))
def windows(seq, n):
    it = iter(seq); win = list(itertools.islice(it, n))
    if len(win) == n: yield tuple(win)
    for x in it:
        win = win[1:] + [x]; yield tuple(win)
print(list(windows(range(6), 3)))
primes = (n for n in itertools.count(2) if all(n % p for p in range(2, int(n ** 0.5) + 1)))
print(list(itertools.islice(primes, 10)))
gen = (x * x for x in range(4)); print(next(gen), next(gen), list(gen))
def echo():
    received = []
    try:
        while True:
            received.append((yield len(received)))
    finally:
        print("echo closed with", received)
e = echo(); next(e); e.send("a"); e.send("b"); e.close()
