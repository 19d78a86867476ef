# The watchdog: stackless.run(timeout, threadblock, soft, ignore_nesting, totaltimeout). Cases
# follow Stackless's own Stackless/unittests/test_watchdog.py (TestWatchdog, TestWatchdogSoft,
# TestNewWatchdog), plus the deferral rules of the spec.
import random
import stackless

random.seed(5)


def watchdog_list():
    return stackless.get_thread_info(stackless.current.thread_id, 1 << 31)[3]


def check(name, cond):
    print(name, "ok" if cond else "FAILED")


class SimpleScheduler:
    def __init__(self, bytecodes=25, soft=False):
        self.bytecodes, self.soft, self.schedule_count = bytecodes, soft, 0

    def autoschedule(self):
        while stackless.runcount > 1:
            try:
                returned = stackless.run(self.bytecodes, soft=self.soft)
            except Exception:
                while stackless.runcount > 1:
                    stackless.current.next.kill()
                raise
            self.schedule_count += 1
            if returned:
                returned.insert()


def runtask(name):
    x = 0
    for ii in range(1000):
        x += 1
    return name


def runtask2(name):
    x = 0
    for ii in range(1000):
        if ii % 50 == 0:
            stackless.schedule()  # gives up its timeslice
        x += 1


def runtask3(name):
    exec("for ii in range(1000):\n    pass\n")


def runtask4(name, channel):
    for ii in range(1000):
        if ii % 50 == 0:
            channel.send(name)


def recurse_level_then_do_schedule(count):
    if count == 0:
        stackless.schedule()
    else:
        recurse_level_then_do_schedule(count - 1)


def runtask5(name):
    for ii in [1, 10, 100, 500]:
        recurse_level_then_do_schedule(ii)


def runtask_atomic_helper(count):
    hold = stackless.current.set_atomic(1)
    for ii in range(count):
        pass
    stackless.current.set_atomic(hold)


def runtask_atomic(name):
    for ii in range(10):
        for jj in [1, 10, 100, 500]:
            runtask_atomic_helper(jj)


def runtask_bad(name):
    raise UserWarning


def run_tasklets(fn, n=100, soft=False):
    scheduler = SimpleScheduler(n, soft)
    tasklets = [stackless.tasklet(fn)(name) for name in ["t1", "t2", "t3"]]
    for t in tasklets:
        t.set_ignore_nesting(1)  # allow hard interrupts inside native calls (exec)
    scheduler.autoschedule()
    assert not any(t.alive for t in tasklets)
    return scheduler.schedule_count


for soft in (False, True):
    print("-- TestWatchdog, soft=%s" % soft)
    check("simple", run_tasklets(runtask, soft=soft) >= 1)
    check("nested", run_tasklets(runtask5, soft=soft) >= 1)
    check("nested2 (no timeout)", run_tasklets(runtask5, 0, soft) == 1)
    # schedule() gives up the rest of the timeslice: hard, a tasklet that schedules before its
    # slice runs out is never interrupted; soft, every voluntary switch is an interrupt point.
    # (A tick is one instruction; Stackless's test uses 100 ticks, sized for CPython's counting.)
    ticks = 100 if soft else 1000
    n1 = run_tasklets(runtask, ticks, soft=soft)
    n2 = run_tasklets(runtask2, ticks, soft=soft)
    check("tasklet with schedule: %s" % ("more" if soft else "fewer") + " interrupts than without",
          n1 < n2 if soft else n1 > n2)
    check("exec tasklet", run_tasklets(runtask3, soft=soft) >= 1)
    check("atomic", run_tasklets(runtask_atomic, soft=soft) >= 1)
    try:
        run_tasklets(runtask_bad, soft=soft)
        check("exception", False)
    except UserWarning:
        check("exception", stackless.runcount == 1)

    chan = stackless.channel()
    count = [0]

    def servertask(chan):
        while True:
            chan.receive()
            count[0] += 1

    server = stackless.tasklet(servertask)(chan)
    clients = [stackless.tasklet(runtask4)(name, chan) for name in ["client1", "client2", "client3"]]
    SimpleScheduler(100, soft).autoschedule()
    check("send/recv: server got 60", count[0] == 60)
    try:
        chan.send_exception(StopIteration)
    except StopIteration:
        check("send/recv: server killed", not server.alive)

    def lone():
        stackless.channel().receive()

    stackless.tasklet(lone)()
    stackless.run()
    check("lone receive", stackless.runcount == 1)

print("-- TestWatchdogSoft: a chain of tasklets on channels, soft total timeouts")
chans = [stackless.channel() for i in range(3)]


def channel_tasklet(i):
    a, b = i, (i + 1) % 3
    recv = False
    while True:
        if i != 0 or recv:
            chans[a].receive()
        recv = True
        j = 0
        for k in range(random.randint(100, 1000)):
            j = k + k
        chans[b].send(j)


c = [stackless.tasklet(channel_tasklet) for i in range(3)]
for i, t in enumerate(reversed(c)):
    t(i)
counts = []
for i in range(10):
    stackless.run(50000, soft=True, totaltimeout=True, ignore_nesting=True)
    counts.append(stackless.runcount)
for t in c:
    t.kill()
check("channel chain: runcount 3 or 4 after each soft interrupt", all(n in (3, 4) for n in counts))

print("-- TestNewWatchdog")
done = 0


def worker_func():
    global done
    stackless.schedule()
    done += 1


def watchdog_on_tasklet(soft):
    global done
    done = 0
    stackless.tasklet(worker_func)()

    def runner_func():
        global done
        stackless.run(150, soft=soft, totaltimeout=True, ignore_nesting=True)
        if stackless.getruncount():
            done += 1  # interrupted
        t1.kill()
        t2.kill()

    def task():
        while True:
            for i in range(500):
                i = i
            stackless.schedule()

    t1 = stackless.tasklet(task)()
    t2 = stackless.tasklet(task)()
    stackless.tasklet(runner_func)()
    stackless.run()
    return done


check("the tasklet running the watchdog is the one woken (soft)", watchdog_on_tasklet(True) == 2)
check("the tasklet running the watchdog is the one woken (hard)", watchdog_on_tasklet(False) == 2)
check("watchdog list empty", watchdog_list() == [None])


def watchdog_priority(soft):
    global done
    done = 0
    awoken = [0]
    stackless.tasklet(worker_func)()

    def runner_func(recursive, start):
        global done
        if recursive:
            stackless.tasklet(runner_func)(recursive - 1, start)
        with stackless.atomic():
            stackless.run(10000, soft=soft, totaltimeout=True, ignore_nesting=True)
            a = awoken[0]
            awoken[0] += 1
        if recursive == start:
            assert a == 0  # the outermost real watchdog wakes first
            done += 1
        t1.kill()
        t2.kill()

    def task():
        while True:
            for i in range(100):
                i = i
            stackless.schedule()

    t1 = stackless.tasklet(task)()
    t2 = stackless.tasklet(task)()
    stackless.tasklet(runner_func)(3, 3)
    stackless.run()
    return done


check("outermost real watchdog woken (soft)", watchdog_priority(True) == 2)
check("outermost real watchdog woken (hard)", watchdog_priority(False) == 2)
check("watchdog list empty", watchdog_list() == [None])


def schedule_deeper(soft):
    global done
    done = 0
    tasklets = [None, None, None]  # watchdog1, watchdog2, worker
    seen = []

    def worker():
        global done
        seen.append(watchdog_list() == [tasklets[0], stackless.main, tasklets[0], tasklets[1]])
        seen.append(not tasklets[1].scheduled)
        tasklets[1].insert()
        done += 1
        for i in range(100):
            for j in range(100):
                dummy = i * j
        if soft:
            stackless.schedule()
        done += 1

    def watchdog2():
        tasklets[2] = stackless.tasklet(worker)()
        stackless.run()

    def watchdog1():
        tasklets[1] = stackless.tasklet(watchdog2)()
        victim = stackless.run(1000, soft=soft, ignore_nesting=True, totaltimeout=True)
        # The 1000-tick budget runs out in the worker's loops: hard, the worker is interrupted
        # there; soft, at its schedule() - both before its second increment.
        seen.append(done == 1)
        seen.append(victim is (None if soft else tasklets[2]))

    tasklets[0] = stackless.tasklet(watchdog1)()
    stackless.run()
    stackless.run()
    for t in tasklets:
        t.kill()
    return seen


check("schedule deeper (soft)", all(schedule_deeper(True)))
check("schedule deeper (hard)", all(schedule_deeper(False)))
check("watchdog list empty", watchdog_list() == [None])

print("-- interrupts and what defers them")


def forever():
    while True:
        pass


t = stackless.tasklet(forever)()
v = stackless.run(1000)
print("victim returned:", v is t, "alive", t.alive, "paused", t.paused, "scheduled", t.scheduled,
      "runcount", stackless.runcount)
t.kill()
print("killed while interrupted:", t.alive)

log = []


def atomic_worker():
    with stackless.atomic():
        for i in range(5000):
            pass
        log.append("atomic section done")
    for i in range(5000):
        pass
    log.append("never")


t = stackless.tasklet(atomic_worker)()
v = stackless.run(100)
print("atomic defers, pending fires after:", log, v is t)
t.kill()


def switch_trapped():
    stackless.switch_trap(1)
    for i in range(3000):
        pass
    stackless.switch_trap(-1)
    log.append("trap section done")
    while True:
        pass


log.clear()
t = stackless.tasklet(switch_trapped)()
v = stackless.run(100)
print("switch_trap defers:", log, v is t)
t.kill()


def nested_native():
    sorted(range(20), key=lambda x: [i for i in range(300)] and -x)
    log.append("sorted done")
    while True:
        pass


for ignore in (False, True):
    log.clear()
    t = stackless.tasklet(nested_native)()
    v = stackless.run(100, ignore_nesting=ignore)
    print("inside a native call, ignore_nesting=%s:" % ignore, log, v is t, t.nesting_level)
    t.kill()
    print("  killed:", t.alive)


def looper(name, n):
    for i in range(n):
        for j in range(100):
            pass
    log.append(name)


log.clear()
ts = [stackless.tasklet(looper)(n, 30) for n in "abc"]
interrupts = 0
while True:
    v = stackless.run(500)
    if v is None:
        break
    interrupts += 1
    v.insert()
print("timeslices: all done", log, interrupts > 10)

log.clear()
ts = [stackless.tasklet(looper)(n, 30) for n in "abc"]
v = stackless.run(3000, totaltimeout=True)
print("total timeout interrupts one run:", v in ts, len(log))
v.insert()
stackless.run()
print(sorted(log))

print("-- first timeout wins; nested run() timeouts are ignored")


def inner_runner():
    log.append("inner run returned %r" % (stackless.run(10),))


log.clear()
stackless.tasklet(inner_runner)()
stackless.tasklet(forever)()
v = stackless.run(2000)
print(log, "victim is the spinner:", v is not None and v.alive, watchdog_list())
v.kill()
stackless.run()
print(log, watchdog_list())

print("-- arguments")
for bad in ("1", 1.5, None):
    try:
        stackless.run(bad)
    except TypeError as e:
        print("TypeError:", e)
print(stackless.run(timeout=100, threadblock=False, soft=False, ignore_nesting=False, totaltimeout=False))

print("-- lifecycle of an interrupted tasklet (Stackless's test_miscell TestWatchdog)")


def runtask_plain():
    x = 0
    for ii in range(1000):
        x += 1


t = stackless.tasklet(runtask_plain)()
print(t.alive, t.scheduled, t.recursion_depth)
t.set_ignore_nesting(1)
res = stackless.run(10)
print(res is t, t.alive, t.paused, t.scheduled, t.recursion_depth)
t.insert()
print(t.paused, t.scheduled)
stackless.run()
print(t.alive, t.scheduled, t.recursion_depth)
