# stackless.schedule() between two tasklets: ns per switch.
import stackless
import time

N = 1_000_000


def spinner():
    for _ in range(N):
        stackless.schedule()


stackless.tasklet(spinner)()
stackless.tasklet(spinner)()
start = time.perf_counter()
stackless.run()
elapsed = time.perf_counter() - start
print("ns_per_op %.1f" % (elapsed / (2 * N) * 1e9))
