# Creating and starting 1,000,000 greenlets that each switch back (suspended): ns and bytes each.
import time
from greenlet import greenlet, getcurrent

N = 1_000_000


def rss_kb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])


main = getcurrent()
gs = []


def spawn(n, greenlet=greenlet, switch=main.switch, append=gs.append):
    for _ in range(n):
        g = greenlet(switch)
        g.switch()
        append(g)


before = rss_kb()
start = time.perf_counter()
spawn(N)
elapsed = time.perf_counter() - start
after = rss_kb()
print("ns_per_op %.1f" % (elapsed / N * 1e9))
print("bytes_per_tasklet %.0f" % ((after - before) * 1024 / N))
