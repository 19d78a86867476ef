# The tasklet object: creation, binding, the run queue and its attributes.
import stackless

main = stackless.getcurrent()
print("main", main is stackless.getmain(), main.is_main, main.is_current, main.alive, main.scheduled)
print("runcount", stackless.getruncount(), stackless.runcount, stackless.current is main)


def work(x, y=0):
    print("work", x, y, stackless.getcurrent().is_current, stackless.getcurrent().is_main)
    return x + y


t = stackless.tasklet(work)
print("bound", t.alive, t.paused, t.scheduled, t.blocked, t.frame, t.is_main)
t.setup(1, y=2)
print("setup", t.alive, t.paused, t.scheduled, stackless.getruncount())
print("ring", main.next is t, t.next is main, t.prev is main)
stackless.run()
print("ran", t.alive, t.tempval, stackless.getruncount())

# The call syntax is setup; bind with args makes it alive but paused.
t2 = stackless.tasklet(work)(5)
print("t2", t2.scheduled, t2.alive)
t3 = stackless.tasklet()
t3.bind(work, (7,), {"y": 1})
print("t3", t3.alive, t3.paused, t3.scheduled)
t3.insert()
print("t3 inserted", t3.scheduled, stackless.getruncount())
t3.remove()
print("t3 removed", t3.scheduled, t3.paused, stackless.getruncount())
t3.insert()
stackless.run()
print("after run", t2.alive, t3.alive, t2.tempval, t3.tempval)

# run() switches now; the caller stays scheduled.
order = []


def record(name):
    order.append(name)
    stackless.schedule()
    order.append(name + "2")


a = stackless.tasklet(record)("a")
b = stackless.tasklet(record)("b")
b.run()
order.append("main")
stackless.run()
print(order)

# switch(): the caller is paused until someone runs it again.
def switcher():
    print("in switcher, main paused:", main.paused, main.scheduled)
    main.run()
    print("switcher resumed")


s = stackless.tasklet(switcher)()
s.switch()
print("main back", main.scheduled, s.alive)
stackless.run()
print("switcher alive", s.alive)

# schedule() returns its retval, or the current tasklet.
def sched_values():
    print("retval", stackless.schedule(42), stackless.schedule() is stackless.getcurrent())


stackless.tasklet(sched_values)()
stackless.run()

# Errors.
def expect(exc, fn, *args):
    try:
        fn(*args)
    except exc as e:
        print(type(e).__name__ + ":", e)
    else:
        print("no error from", fn)


expect(TypeError, stackless.tasklet, 42)
expect(RuntimeError, main.bind, work)
expect(RuntimeError, main.remove)
dead = stackless.tasklet(work)(1)
stackless.run()
expect(RuntimeError, dead.insert)
expect(RuntimeError, dead.run)
unbound = stackless.tasklet()
expect(RuntimeError, unbound.setup)
alive = stackless.tasklet(work)(1)
expect(RuntimeError, alive.setup, 2)
expect(RuntimeError, alive.bind, work)
alive.kill()
print("set_atomic", main.set_atomic(True), main.atomic, main.set_atomic(False), main.atomic)
print("ignore_nesting", main.set_ignore_nesting(1), main.set_ignore_nesting(0))
expect(TypeError, main.set_atomic, "x")
print("depths", main.nesting_level >= 0, stackless.tasklet(work).recursion_depth)

# Subclasses.
class Named(stackless.tasklet):
    def __init__(self, name, func):
        super().__init__(func)
        self.name = name


n = Named("worker", work)(3)
print(type(n).__name__, n.name, isinstance(n, stackless.tasklet), n.scheduled)
stackless.run()
print("subclass done", n.alive, n.tempval)

# Calling a tasklet sets it up with the call's arguments, keywords too; a subclass may override
# __call__; the unbound and explicit forms do the same.
class Logged(stackless.tasklet):
    def __call__(self, *args, **kwargs):
        print("Logged.__call__", args, sorted(kwargs.items()))
        return super().__call__(*args, **kwargs)


def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))


Logged(show)(1, k=2)
stackless.tasklet(show)(3, k=4)
t = stackless.tasklet(show)
print(t.__call__(5) is t, stackless.tasklet.__call__(stackless.tasklet(show), 6).scheduled)
stackless.run()

# A bound method, a builtin and a lambda run as tasklets.
class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n += k


c = Counter()
stackless.tasklet(c.bump)(5)
stackless.tasklet(print)("printed", "by", "a", "tasklet")
stackless.tasklet(lambda: c.bump(1))()
stackless.run()
print("counter", c.n)

# Bad arguments surface when the tasklet runs (in main, as an uncaught tasklet error).
stackless.tasklet(work)(1, 2, 3)
try:
    stackless.run()
except TypeError as e:
    print("TypeError:", e)
print("runcount", stackless.getruncount())

# Subclasses without __init__ use the builtin one; channel subclasses iterate.
class Plain(stackless.tasklet):
    pass


class Box(stackless.channel):
    pass


box = Box()
Plain(box.send_sequence)([1, 2])
it = iter(box)
print("plain subclass", next(it), next(it), callable(Plain(print)))
stackless.run()
