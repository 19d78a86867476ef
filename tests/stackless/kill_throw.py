# kill() and throw() on tasklets in every state; finally blocks run; dropped tasklets are killed.
import stackless
import sys


def loop(log, name):
    try:
        while True:
            stackless.schedule()
    except TaskletExit:
        log.append(name + " got TaskletExit")
        raise
    finally:
        log.append(name + " finally")


log = []
# Not yet run: it just dies, no code runs.
t = stackless.tasklet(loop)(log, "new")
t.kill()
print("new", t.alive, t.scheduled, log)
# Runnable (scheduled, has run once).
t = stackless.tasklet(loop)(log, "runnable")
stackless.schedule()
t.kill()
print("runnable", t.alive, log[-2:])
# Paused (removed from the queue).
t = stackless.tasklet(loop)(log, "paused")
stackless.schedule()
t.remove()
print("paused before", t.paused)
t.kill()
print("paused", t.alive, log[-2:])
# Blocked on a channel.
ch = stackless.channel()


def blocked(log):
    try:
        ch.receive()
    finally:
        log.append("blocked finally")


t = stackless.tasklet(blocked)(log)
stackless.schedule()
print("blocked before", t.blocked, ch.balance)
t.kill()
print("blocked", t.alive, t.blocked, ch.balance, log[-1])
# Dead: a no-op.
t.kill()
print("dead kill ok", t.alive)
# Pending kill: only made runnable.
t = stackless.tasklet(loop)(log, "pending")
stackless.schedule()
t.remove()
t.kill(pending=True)
print("pending", t.alive, t.scheduled)
stackless.schedule()
print("pending after", t.alive, log[-1])

# kill() on the current tasklet raises TaskletExit in it (swallowed at its top).
def self_kill(log):
    try:
        stackless.getcurrent().kill()
    finally:
        log.append("self kill finally")
    log.append("not reached")


stackless.tasklet(self_kill)(log)
stackless.run()
print("self", log[-1])

# throw(): the exception at the suspension point, traceback preserved.
def catcher(log):
    try:
        stackless.schedule()
    except KeyError as e:
        log.append("caught %r" % (e,))
        return "handled"


t = stackless.tasklet(catcher)(log)
stackless.schedule()
t.throw(KeyError("k"))
print("throw", log[-1], t.alive, t.tempval)
t = stackless.tasklet(catcher)(log)
stackless.schedule()
t.throw(KeyError, "v", pending=True)
print("pending throw", t.scheduled, log[-1])
stackless.run()
print("pending throw ran", log[-1])
t = stackless.tasklet(catcher)(log)
stackless.schedule()
t.raise_exception(KeyError, "a", "b")
print("raise_exception", log[-1])


def bad():
    stackless.schedule()


t = stackless.tasklet(bad)()
stackless.schedule()
try:
    t.throw(ValueError("uncaught"))
except ValueError as e:
    print("propagated to main:", e)
dead = stackless.tasklet(lambda: None)()
stackless.run()
try:
    dead.throw(ValueError)
except RuntimeError as e:
    print("RuntimeError:", e)
dead.throw(TaskletExit)
print("TaskletExit to a dead tasklet is a no-op")
print("TaskletExit", issubclass(TaskletExit, SystemExit), TaskletExit is stackless.TaskletExit)

# A tasklet whose last reference goes while it is alive is killed.
def doomed(log):
    try:
        stackless.schedule_remove(None)
    finally:
        log.append("doomed finally")


t = stackless.tasklet(doomed)(log)
stackless.schedule()
print("doomed paused", t.paused)
del t
print("dropped", log[-1])

# Killing a tasklet that is blocked inside a generator (its C state unwinds too).
def gen(c):
    try:
        while True:
            yield c.receive()
    finally:
        log.append("gen finally")


def gen_user(c):
    for v in gen(c):
        log.append("gen got %s" % v)


c = stackless.channel()
t = stackless.tasklet(gen_user)(c)
stackless.schedule()
c.send(1)
print("in generator", t.blocked, t.restorable, log[-1])
t.kill()
print("generator killed", t.alive, log[-1])
print("runcount", stackless.getruncount())

# A paused tasklet in a reference cycle with itself (schedule_remove's default retval is the
# tasklet): the cycle collector frees it, and it is killed on the way.
import gc


def cyclic(log):
    try:
        stackless.schedule_remove()
    finally:
        log.append("cyclic finally")


t = stackless.tasklet(cyclic)(log)
stackless.schedule()
del t
gc.collect()
print("collected", log[-1])
