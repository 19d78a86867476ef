# greenlet producer/consumer: one round trip = switch(value) there and switch(value) back.
import time
from greenlet import greenlet, getcurrent

N = 1_000_000
main = getcurrent()


def player(v):
    while True:
        v = main.switch(v + 1)


g = greenlet(player)
start = time.perf_counter()
v = 0
for _ in range(N):
    v = g.switch(v)
elapsed = time.perf_counter() - start
assert v == N
print("ns_per_op %.1f" % (elapsed / N * 1e9))
