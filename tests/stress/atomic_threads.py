# eddy-test: max-rss-mb 200
# atomic really covers threads: tasklets on two OS threads hammer one lock built the stacklesslib
# way (check a flag, then take it, inside `with stackless.atomic():`) while the GIL is handed
# over every 100 microseconds. For 10 seconds no two tasklets may ever be inside the critical
# section together. Then the same stress with the debug switch that lets the GIL go even inside
# atomic sections must break the invariant - which shows the first run proves something.
import _thread
import stackless
import sys
import threading
import time

DURATION = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
sys.setswitchinterval(0.0001)


class SimpleLock:
    def __init__(self):
        self.holder = None
        self.inside = 0

    def try_acquire(self, me):
        with stackless.atomic():
            if self.holder is None:
                x = 0
                for i in range(40):  # room for the GIL to change hands, were it allowed to
                    x += i
                self.holder = me
                return True
            return False

    def release(self, me):
        with stackless.atomic():
            if self.holder is me:
                self.holder = None


def stress(duration, stop_at_first_violation):
    lock = SimpleLock()
    stats = {"entries": 0, "violations": 0, "threads": set()}
    deadline = time.monotonic() + duration

    def worker():
        me = stackless.getcurrent()
        while time.monotonic() < deadline:
            if stop_at_first_violation and stats["violations"]:
                return
            if not lock.try_acquire(me):
                stackless.schedule()
                continue
            with stackless.atomic():
                lock.inside += 1
                if lock.inside != 1:
                    stats["violations"] += 1
                stats["entries"] += 1
            x = 0
            for i in range(30):  # the critical section itself may be interrupted
                x += i
            with stackless.atomic():
                lock.inside -= 1
            lock.release(me)
            stackless.schedule()

    def thread_body():
        stats["threads"].add(threading.get_ident())
        for _ in range(3):
            stackless.tasklet(worker)()
        stackless.run()

    threads = [threading.Thread(target=thread_body) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return stats


protected = stress(DURATION, False)
print("with atomic: no two holders:", protected["violations"] == 0,
      "| both threads took the lock many times:", len(protected["threads"]) == 2 and protected["entries"] > 1000)
_thread._set_gil_ignores_atomic(True)
unprotected = stress(min(DURATION, 5.0), True)
_thread._set_gil_ignores_atomic(False)
print("with the GIL let go inside atomic sections: the invariant breaks:", unprotected["violations"] > 0)
if "-v" in sys.argv:
    print(protected, unprotected)
