# stacklesslib: threading's locks for tasklets (locks.py) and deadlines (util.py), also under
# the watchdog's preemption.
import stackless
import time
from stacklesslib import locks, util
from stacklesslib.locks import (Barrier, BoundedSemaphore, BrokenBarrierError, Condition, Event,
                                Lock, RLock, Semaphore, lock_channel_wait)

log = []

print("-- Lock: mutual exclusion, across switches inside the critical section")
lock = Lock()
inside = []


def worker(name):
    for i in range(3):
        with lock:
            inside.append(name)
            assert len(inside) == 1, inside
            stackless.schedule()  # others run, and must wait
            inside.remove(name)
            log.append(name)


for n in "abc":
    stackless.tasklet(worker)(n)
stackless.run()
print(log, lock.locked(), repr(lock))
print(lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.02), lock.locked())
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)

print("-- timeouts")
lock.acquire()
start = time.monotonic()
print(lock.acquire(timeout=0.05), time.monotonic() - start >= 0.05)


def release_later():
    time.sleep(0.02)
    lock.release()


stackless.tasklet(release_later)()
print(lock.acquire(timeout=5))
lock.release()

print("-- RLock")
r = RLock()


def rworker(name):
    with r:
        with r:
            log.append(name + " in")
            stackless.schedule()
            log.append(name + " out")


log.clear()
for n in "xy":
    stackless.tasklet(rworker)(n)
stackless.run()
print(log)
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

print("-- Semaphore and BoundedSemaphore")
sem = Semaphore(2)
holding = []
peak = [0]


def sworker(i):
    with sem:
        holding.append(i)
        peak[0] = max(peak[0], len(holding))
        stackless.schedule()
        holding.remove(i)


for i in range(6):
    stackless.tasklet(sworker)(i)
stackless.run()
print("at most 2 at once:", peak[0], repr(sem))
b = BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
try:
    Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)

print("-- Condition: producer/consumer")
cond = Condition()
items = []


def consumer(name):
    with cond:
        while not items:
            cond.wait()
        log.append("%s got %s" % (name, items.pop(0)))


def producer():
    for i in range(3):
        with cond:
            items.append(i)
            cond.notify()
        stackless.schedule()


log.clear()
for n in ("c1", "c2", "c3"):
    stackless.tasklet(consumer)(n)
stackless.tasklet(producer)()
stackless.run()
print(log)
with cond:
    start = time.monotonic()
    print("wait times out:", cond.wait(0.03), time.monotonic() - start >= 0.03)
    print("wait_for:", cond.wait_for(lambda: 42, 0))
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
log.clear()
for n in ("w1", "w2", "w3"):
    stackless.tasklet(lambda n: (cond.acquire(), log.append(n + " woke: %s" % cond.wait()), cond.release()))(n)
stackless.schedule()
with cond:
    cond.notify_all()
stackless.run()
print(log)

print("-- Event")
ev = Event()
log.clear()


def ewaiter(name):
    log.append("%s: %s" % (name, ev.wait()))


for n in ("e1", "e2"):
    stackless.tasklet(ewaiter)(n)
stackless.schedule()
print(ev.is_set(), log)
ev.set()
stackless.run()
print(ev.is_set(), log, ev.wait(0))
ev.clear()
print(ev.wait(0.01))

print("-- Barrier")
bar = Barrier(3, action=lambda: log.append("action"))
log.clear()


def bworker(name):
    log.append("%s index %d" % (name, bar.wait()))


for n in "pqr":
    stackless.tasklet(bworker)(n)
stackless.run()
print(sorted(log), bar.n_waiting, bar.broken)
bar2 = Barrier(2, timeout=0.02)
try:
    bar2.wait()
except BrokenBarrierError:
    print("broken by the timeout:", bar2.broken)
bar2.reset()
print("reset:", bar2.broken, bar2.parties)

print("-- util.channel_wait and util.timeout")
ch = stackless.channel()
try:
    util.channel_wait(ch, 0.01)
except util.WaitTimeoutError:
    print("WaitTimeoutError")
stackless.tasklet(ch.send)("value")
print(util.channel_wait(ch, 1))
print(lock_channel_wait(ch, 0.01))


def slow_task():
    try:
        with util.timeout(0.03):
            time.sleep(10)
        log.append("not reached")
    except TimeoutError as e:
        log.append("timed out: " + str(e))


def fast_task():
    with util.timeout(1):
        time.sleep(0.01)
    log.append("fast done")


log.clear()
stackless.tasklet(slow_task)()
stackless.tasklet(fast_task)()
start = time.monotonic()
stackless.run()
print(log, time.monotonic() - start < 1)

print("-- under the watchdog: locks hold while tasklets are preempted")
lock = Lock()
counter = [0, 0]  # (in critical section, total entries)


def hammer(n):
    for i in range(n):
        with lock:
            counter[0] += 1
            assert counter[0] == 1
            x = 0
            for j in range(30):
                x += j
            counter[1] += 1
            counter[0] -= 1


for i in range(5):
    stackless.tasklet(hammer)(200)
interrupts = 0
while True:
    victim = stackless.run(37)
    if victim is None:
        break
    interrupts += 1
    victim.insert()
print("entries:", counter[1], "preempted often:", interrupts > 50, "runcount:", stackless.runcount)

print("-- util.call_async: blocking work on a worker thread, the other tasklets keep running")
import threading

results = []


def blocking_work(x):
    time.sleep(0.05)
    return x * 2, threading.current_thread().name.startswith("call_async")


def caller(i):
    results.append((i,) + util.call_async(blocking_work, i))


def ticker():
    n = 0
    while len(results) < 3:
        n += 1
        stackless.schedule()
    results.append(("ticker ran meanwhile", n > 10))


for i in range(3):
    stackless.tasklet(caller)(i)
stackless.tasklet(ticker)()
stackless.run()
print(sorted(results, key=str))


def failing():
    raise KeyError("raised in the pool")


try:
    util.call_async(failing)
except KeyError as e:
    print("KeyError", e)
print(util.call_async(sum, [1, 2, 3]))
