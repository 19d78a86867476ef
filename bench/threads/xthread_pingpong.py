# Channel ping-pong between two tasklets on two OS threads: ns per round trip (a send and a
# receive each way). The peer: bench/switch/pingpong.go run with GOMAXPROCS=2.
import stackless
import threading
import time

N = 20_000
ping, pong = stackless.channel(), stackless.channel()


def player():
    for _ in range(N):
        v = ping.receive()
        pong.send(v + 1)


t = threading.Thread(target=player)
t.start()
start = time.perf_counter()
v = 0
for _ in range(N):
    ping.send(v)
    v = pong.receive()
elapsed = time.perf_counter() - start
t.join()
assert v == N
print("ns_per_op %.1f" % (elapsed / N * 1e9))
