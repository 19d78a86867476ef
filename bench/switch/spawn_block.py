# Creating and starting a tasklet that then blocks on a channel: ns each, and the resident memory
# each blocked tasklet costs, with 1,000,000 of them alive.
import stackless
import time

N = 1_000_000


def rss_kb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])


ch = stackless.channel()


def waiter():
    ch.receive()


def spawn(n, tasklet=stackless.tasklet, run=stackless.run):
    for _ in range(n):
        tasklet(waiter)()
    run()


before = rss_kb()
start = time.perf_counter()
spawn(N)
elapsed = time.perf_counter() - start
after = rss_kb()
assert ch.balance == -N
print("ns_per_op %.1f" % (elapsed / N * 1e9))
print("bytes_per_tasklet %.0f" % ((after - before) * 1024 / N))
