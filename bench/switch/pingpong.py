# Channel ping-pong between two tasklets: one round trip = a send and a receive each way.
import stackless
import time

N = 1_000_000
ping, pong = stackless.channel(), stackless.channel()


def player():
    for _ in range(N):
        v = ping.receive()
        pong.send(v + 1)


def driver(result):
    start = time.perf_counter()
    v = 0
    for _ in range(N):
        ping.send(v)
        v = pong.receive()
    result.append((time.perf_counter() - start, v))


result = []
stackless.tasklet(player)()
stackless.tasklet(driver)(result)
stackless.run()
elapsed, v = result[0]
assert v == N
print("ns_per_op %.1f" % (elapsed / N * 1e9))
