# Binding rules, recursion_depth through a tasklet's life, throw() argument checks, and
# switch_trap refusing a switch without changing any queue.
import stackless

got = []


def argstest(*args, **kwargs):
    got.append((args, kwargs))


def target():
    got.append("target ran")


# bind(None, args, kwargs) keeps the function bound before and binds new arguments.
t = stackless.tasklet(argstest)
t.bind(None, ("foo", "bar"), {"hello": "world"})
t.run()
t = stackless.tasklet(argstest)
t.bind(args=(1,), kwargs={"k": 2})
print("scheduled after bind with args:", t.scheduled, t.paused)
t.run()
t = stackless.tasklet(argstest)
t.bind(argstest, None, {"only": "kwargs"})
t.run()
print(got)
t = stackless.tasklet(target)
t.bind(target)
try:
    t.run()
except RuntimeError as e:
    print("bound without args:", e)
t.bind(None)
print("unbound", t.alive)
try:
    stackless.tasklet().bind(None, (1,))
except RuntimeError as e:
    print("RuntimeError:", e)

# The bound callable waits in tempval until setup() makes the frame (Stackless keeps it there).
t = stackless.tasklet(argstest)
print("tempval after bind:", t.tempval is argstest, t.alive)
t.tempval = target  # so setup() calls what tempval holds
t.setup()
print("tempval after setup:", t.tempval, t.alive, t.paused is False)
t.remove()
try:
    t.bind(None, (1,))  # set up: tempval is None, nothing is bound any more
except RuntimeError as e:
    print("rebind without a function:", e, t.alive)
t.bind(argstest, (2,))
print("rebound:", t.tempval, t.alive, t.scheduled)
t.bind(target)  # bind(func) drops the frames it had
print("bind(func) on a bound tasklet:", t.alive, t.tempval is target)
t.bind(None)
print("unbound:", t.tempval, t.alive)
try:
    t.bind(len, (3,))
    t.bind(None, (4,))  # setup took the callable out of tempval
except RuntimeError as e:
    print("after a builtin:", e)
try:
    stackless.getmain().bind(target)
except RuntimeError as e:
    print("main:", e)
for bad in ({"args": [1]}, {"kwargs": [("a", 1)]}):
    try:
        stackless.tasklet(argstest).bind(argstest, **bad)
    except TypeError as e:
        print("TypeError:", e)
got.clear()

# recursion_depth: 0 before the first run and after the end, 1 at the bottom frame.
def depth_probe(c):
    got.append(stackless.getcurrent().recursion_depth)
    c.receive()


c = stackless.channel()
t = stackless.tasklet(depth_probe)(c)
print("unrun depth", t.recursion_depth, t.alive, t.scheduled)
t.run()
print("running depth", got[-1], "blocked depth", t.recursion_depth)
c.send(None)
stackless.run()
print("dead depth", t.recursion_depth, t.alive)

# throw() needs an exception; an instance takes no separate value.
cur = stackless.getcurrent()
for args in [(), (IndexError(1), (1, 2, 3))]:
    try:
        cur.throw(*args)
    except TypeError as e:
        print("TypeError:", e)

# A new tasklet that gets an exception thrown at it: it dies at once, the error goes to main.
def never():
    got.append("should not run")


t = stackless.tasklet(never)()
try:
    t.throw(IndexError)
except IndexError:
    print("IndexError reached main; alive:", t.alive)
t = stackless.tasklet(never)()
t.throw(TaskletExit)
stackless.run()
print("killed before running:", t.alive, "should not run" in got)

# switch_trap: the switch is refused and nothing moves.
t = stackless.tasklet(target)
t.bind(args=())
stackless.switch_trap(1)
try:
    for op in (t.switch, t.run, stackless.schedule, stackless.channel().receive):
        try:
            op()
        except RuntimeError as e:
            print("trapped:", e, "| paused:", t.paused, "main scheduled:", stackless.getmain().scheduled)
    ch = stackless.channel()
    r = stackless.tasklet(ch.receive)()
finally:
    stackless.switch_trap(-1)
r.run()
ch.preference = 1
stackless.switch_trap(1)
ch.send("no switch needed")  # preference 1: the sender goes on
stackless.switch_trap(-1)
print("receiver runnable, not run yet:", r.alive, r.scheduled, r.blocked)
stackless.run()
print("receiver got", r.tempval)
t.switch()
print(got[-1], stackless.getruncount())

print("-- methods taken from the types, called on the wrong objects")
for f, args in ((stackless.channel.send, (1, 2)), (stackless.channel.receive, ("x",)),
                (stackless.tasklet.switch, (3,)), (stackless.tasklet.kill, (None,)),
                (stackless.channel.receive, ()), (stackless.tasklet.run, ())):
    try:
        f(*args)
    except TypeError as e:
        print("TypeError:", e)
recv = stackless.channel.receive
c = stackless.channel()
stackless.tasklet(c.send)("sent through an unbound method's receiver")
print(recv(c), stackless.getruncount())

# The main tasklet (of any thread) cannot be unbound, nor rebound in eddy (its frames run on its
# thread's own stack); its native bottom is not C state (nesting_level 0 in a thread's target).
import threading
def other():
    for args in ((None,), (lambda: 0, ())):
        try:
            stackless.main.bind(*args)
        except RuntimeError as e:
            print(e)
def other_thread():
    print(stackless.current.nesting_level, stackless.current is stackless.main)
    stackless.tasklet(other)().switch()
    print("back in the thread's main")
t = threading.Thread(target=other_thread)
t.start()
t.join()
stackless.tasklet(other)()
stackless.run()
