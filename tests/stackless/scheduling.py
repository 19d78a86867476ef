# The scheduler: run() and its watchdog list, deadlock, errors and the error handler,
# callbacks, switch_trap, and per-tasklet state (exceptions, generators, with) across switches.
import stackless
import sys

# Deadlock: the last runnable tasklet cannot block.
try:
    stackless.channel().receive()
except RuntimeError as e:
    print("main:", e)
mc = stackless.channel()


def lonely():
    try:
        stackless.channel().receive()
    except RuntimeError as e:
        print("tasklet:", e)
    mc.send("done")


stackless.tasklet(lonely)()
print("main got", mc.receive())


def dies_blocking():
    stackless.channel().receive()


stackless.tasklet(dies_blocking)()
try:
    mc.receive()
except RuntimeError as e:
    print("main gets the tasklet's error:", e)


def raises():
    raise ZeroDivisionError("from tasklet")


stackless.tasklet(raises)()
try:
    stackless.run()
except ZeroDivisionError as e:
    print("run() raised", e)

# The error handler runs inside the dying tasklet; returning swallows the error.
seen = []


def handler(typ, val, tb):
    seen.append((typ.__name__, str(val), stackless.getcurrent() is not stackless.getmain()))


old = stackless.set_error_handler(handler)
print("old handler", old)
stackless.tasklet(raises)()
stackless.run()
print("handled", seen)
stackless.set_error_handler(lambda *a: 1 / 0)
stackless.tasklet(raises)()
try:
    stackless.run()
except ZeroDivisionError as e:
    print("handler's own error goes to main:", e)
stackless.set_error_handler(None)

# run() nests: an inner run() in a tasklet returns when the queue empties.
log = []


def worker(n):
    for i in range(n):
        log.append("w%d" % i)
        stackless.schedule()


def nested_runner():
    stackless.tasklet(worker)(2)
    log.append("inner run start")
    stackless.run()
    log.append("inner run end")


stackless.tasklet(nested_runner)()
stackless.run()
print(log)
print("empty run", stackless.run(), stackless.getruncount())

# schedule_remove: the caller leaves the queue until someone inserts it again.
def remover(log):
    log.append("before")
    v = stackless.schedule_remove("ret")
    log.append("resumed with %r" % (v,))


log = []
t = stackless.tasklet(remover)(log)
stackless.run()
print(log, t.paused)
t.insert()
stackless.run()
print(log, t.alive)

# switch_trap: any switch raises while it is set.
stackless.tasklet(lambda: None)()
old = stackless.switch_trap(1)
try:
    stackless.schedule()
except RuntimeError as e:
    print("RuntimeError:", e)
print("trap", old, stackless.switch_trap(-1))
stackless.run()

# Callbacks.
events = []


def sched_cb(prev, next):
    events.append(("sched", prev is stackless.getmain(), next is stackless.getmain()))


print("old schedule callback", stackless.set_schedule_callback(sched_cb))
stackless.tasklet(lambda: None)()
stackless.run()
print(events, stackless.get_schedule_callback() is sched_cb)
stackless.set_schedule_callback(None)
try:
    stackless.set_schedule_callback(42)
except TypeError as e:
    print("TypeError:", e)
chan_events = []


def chan_cb(chan, task, sending, willblock):
    chan_events.append((sending, willblock, task.tempval if sending else None))


stackless.set_channel_callback(chan_cb)
c = stackless.channel()
stackless.tasklet(c.send)("payload")
print("received", c.receive())
stackless.set_channel_callback(None)
print(chan_events, stackless.get_channel_callback())

# Per-tasklet state across switches: the handled exception, generators, with blocks.
def exc_keeper(name, c):
    try:
        raise KeyError(name)
    except KeyError:
        c.receive()
        print(name, "still handling", sys.exc_info()[1])
    print(name, "after", sys.exc_info())


c = stackless.channel()
stackless.tasklet(exc_keeper)("one", c)
stackless.tasklet(exc_keeper)("two", c)
stackless.schedule()
print("main exc_info", sys.exc_info())
c.send(None)
c.send(None)
stackless.run()


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0])


def with_user(name):
    with Resource(name):
        stackless.schedule()
        print("inside", name)


stackless.tasklet(with_user)("a")
stackless.tasklet(with_user)("b")
stackless.run()


def counter_gen(name):
    for i in range(3):
        yield name + str(i)
        stackless.schedule()


def gen_user(name, out):
    out.extend(counter_gen(name))


out = []
stackless.tasklet(gen_user)("x", out)
stackless.tasklet(gen_user)("y", out)
stackless.run()
print(out)

# Blocking with native frames in between (hard switches): in __init__, in a sort key, deep.
c = stackless.channel()


class Blocker:
    def __init__(self):
        self.v = c.receive()


def make():
    print("constructed", Blocker().v)


stackless.tasklet(make)()
stackless.schedule()
c.send("init value")


def keyed():
    print("sorted", sorted([3, 1, 2], key=lambda x: c.receive() * x))


stackless.tasklet(keyed)()
stackless.schedule()
for k in (1, -1, 1):
    c.send(k)
stackless.run()


def deep(n):
    if n == 0:
        return c.receive()
    return [deep(n - 1) for _ in range(1)][0]


def deep_native(n):
    return list(map(lambda _: deep(5), range(1)))[0] if n == 0 else deep_native(n - 1)


stackless.tasklet(lambda: print("deep got", deep_native(20)))()
stackless.schedule()
c.send("bottom")
stackless.run()
print("runcount", stackless.getruncount())
