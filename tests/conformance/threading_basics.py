# threading on OS threads: start/join, names, daemon flags, locks, conditions, events,
# semaphores, barriers, thread-local data, timers; output made deterministic by joining.
import _thread
import threading
import time

results = []
lock = threading.Lock()


def add(n):
    s = 0
    for i in range(n):
        s += i
    with lock:
        results.append(s)


threads = [threading.Thread(target=add, args=(n,)) for n in (1000, 20000, 300000)]
print([t.name for t in threads], [t.is_alive() for t in threads], threads[0].ident)
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), [t.is_alive() for t in threads], all(isinstance(t.ident, int) for t in threads))
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.active_count(), len(threading.enumerate()), threading.get_ident() == _thread.get_ident())

print("-- errors")
t = threading.Thread(target=lambda: None)
for op in (t.join,):
    try:
        op()
    except RuntimeError as e:
        print("RuntimeError:", e)
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
l = threading.Lock()
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(l.acquire(), l.acquire(False), l.acquire(timeout=0.01), l.locked())
l.release()
try:
    l.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)

print("-- daemon flags and names")
d = threading.Thread(target=time.sleep, args=(0,), daemon=True, name="napper")
print(d.daemon, d.name, threading.Thread(name=42).name)
d.start()
d.join()

print("-- RLock")
r = threading.RLock()
with r:
    with r:
        print("held twice")


def try_release():
    try:
        r.release()
    except RuntimeError as e:
        results.append(str(e))


r.acquire()
t = threading.Thread(target=try_release)
t.start()
t.join()
r.release()
print(results[-1])

print("-- Condition: a producer and consumers")
cond = threading.Condition()
items = []
got = []


def consumer():
    with cond:
        while not items:
            cond.wait()
        got.append(items.pop(0))


consumers = [threading.Thread(target=consumer) for _ in range(3)]
for c in consumers:
    c.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
for c in consumers:
    c.join()
print(sorted(got))
with cond:
    print("wait timeout:", cond.wait(0.01), "wait_for:", cond.wait_for(lambda: "yes", 0))

print("-- Event")
ev = threading.Event()
seen = []


def wait_event():
    seen.append(ev.wait(5))


w = threading.Thread(target=wait_event)
w.start()
ev.set()
w.join()
print(seen, ev.is_set(), ev.wait(0))
ev.clear()
print(ev.wait(0.01))

print("-- Semaphore")
sem = threading.BoundedSemaphore(2)
inside = [0, 0]


def use():
    with sem:
        with lock:
            inside[0] += 1
            inside[1] = max(inside[1], inside[0])
        time.sleep(0.01)
        with lock:
            inside[0] -= 1


users = [threading.Thread(target=use) for _ in range(5)]
for u in users:
    u.start()
for u in users:
    u.join()
print("at most 2 inside:", inside[1] <= 2, inside[0])
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)

print("-- Barrier")
bar = threading.Barrier(3)
indexes = []


def meet():
    indexes.append(bar.wait())


ms = [threading.Thread(target=meet) for _ in range(3)]
for m in ms:
    m.start()
for m in ms:
    m.join()
print(sorted(indexes), bar.broken)

print("-- local")
data = threading.local()
data.value = "main"
other = []


def set_local():
    other.append(hasattr(data, "value"))
    data.value = "thread"
    other.append(data.value)


t = threading.Thread(target=set_local)
t.start()
t.join()
print(data.value, other)

print("-- Timer")
fired = []
tm = threading.Timer(0.01, fired.append, args=("fired",))
tm.start()
tm.join()
tm2 = threading.Timer(10, fired.append, args=("never",))
tm2.start()
tm2.cancel()
tm2.join()
print(fired)

print("-- _thread")
done = _thread.allocate_lock()
done.acquire()
box = []


def raw(a, b=0):
    box.append(a + b)
    done.release()


_thread.start_new_thread(raw, (1,), {"b": 2})
done.acquire()
print(box, type(done).__name__)
