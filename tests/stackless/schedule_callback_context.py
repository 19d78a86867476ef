# A schedule callback runs in the tasklet being left: stackless.current, the frame stack and
# sys.exc_info() all agree inside it; it gets (prev, next) for every switch.
import stackless
import sys


class ExMain(Exception):
    name = "call_run"


class ExA(Exception):
    name = "task_a"


def call_run():
    try:
        raise ExMain()
    except Exception:
        stackless.run()


def task_a():
    try:
        raise ExA()
    except Exception:
        stackless.schedule()


tasklet_a = stackless.tasklet(task_a)()
tasklet_main = stackless.current
switches = []


def cb(prev, next):
    exc = sys.exc_info()[0]
    f = sys._getframe()
    name = None
    while f is not None:
        if f.f_code in (call_run.__code__, task_a.__code__):
            name = f.f_code.co_name
            break
        f = f.f_back
    current = stackless.current
    current_name = {id(tasklet_main): "call_run", id(tasklet_a): "task_a"}.get(id(current))
    switches.append((name, exc.name if exc else None, current_name,
                     prev is tasklet_main, next is tasklet_main))


stackless.set_schedule_callback(cb)
call_run()
stackless.set_schedule_callback(None)
for s in switches:
    print(s)
print("consistent", all((r is None or r == c) and (e is None or e == c) for r, e, c, _, _ in switches))


class Monitor:
    def __init__(self):
        self.count = 0

    def __call__(self, prev, next):
        self.count += 1


mon = Monitor()
print(stackless.set_schedule_callback(mon), stackless.get_schedule_callback() is mon)


def work(n):
    for _ in range(n):
        stackless.schedule()


for _ in range(2):
    stackless.tasklet(work)(3)
print("before run", mon.count)
stackless.run()
print("at least 6 switches", mon.count >= 6)
print(stackless.set_schedule_callback(None) is mon, stackless.get_schedule_callback())
