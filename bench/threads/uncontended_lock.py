# Uncontended lock acquire + release, ns each: stacklesslib.locks.Lock (script, over channels
# and atomic), threading.Lock (native), threading.RLock (script).
import threading
import time
from stacklesslib.locks import Lock as TaskletLock

N = 200_000


def bench(lock):
    start = time.perf_counter()
    for _ in range(N):
        lock.acquire()
        lock.release()
    return (time.perf_counter() - start) / N * 1e9


def best(make):
    return min(bench(make()) for _ in range(3))


print("stacklesslib_Lock_ns %.1f" % best(TaskletLock))
print("threading_Lock_ns %.1f" % best(threading.Lock))
print("threading_RLock_ns %.1f" % best(threading.RLock))
