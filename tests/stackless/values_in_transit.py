# Values in transit survive side effects: a switch that drops the last reference to a tasklet or
# an object whose __del__ (or finally block, or weakref callback) runs script code and switches
# again must not lose or corrupt the channel payload or the tempval being handed over.
import stackless
import weakref

log = []
side = stackless.channel()


class Noisy:
    """Its __del__ runs script code that switches (to a tasklet waiting on `side`)."""

    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append("del " + self.name)
        if side.balance < 0:
            side.send("from __del__ of " + self.name)


def side_listener():
    while True:
        log.append("side got: " + side.receive())


stackless.tasklet(side_listener)()
stackless.schedule()

# 1. The sender's temporary dies during the exchange.
c = stackless.channel()


def sender():
    payload = {"value": 42}
    c.send((payload, Noisy("temp")))


def receiver():
    got = c.receive()
    log.append("receiver got %r" % (got[0],))


stackless.tasklet(receiver)()
stackless.tasklet(sender)()
stackless.run()
print(log)

# 2. The last reference to a dying tasklet goes with the switch; its frame holds an object whose
# __del__ switches; the value returned to the next tasklet must be intact.
log.clear()


def short_lived():
    keep = Noisy("frame local")
    c.send("payload after death")


stackless.tasklet(short_lived)()
print("main received", c.receive())
stackless.run()
print(log)

# 3. A dropped tasklet is killed; its finally block switches while a value is in transit.
log.clear()


def doomed(ch):
    try:
        ch.receive()
    finally:
        log.append("doomed finally")
        side.send("from a finally block")


def transfer():
    d = stackless.channel()
    t = stackless.tasklet(doomed)(d)
    stackless.schedule()
    c.send(("still", "here"))
    del t, d  # t, blocked on d, which its own frame holds: a cycle for the collector


stackless.tasklet(transfer)()
print("main received", c.receive())
stackless.run()
import gc
gc.collect()  # the cycle is garbage: the blocked tasklet is killed, its finally block switches
stackless.run()
print(log)

# 4. A weakref callback that switches, triggered by the exchange.
log.clear()


class Target:
    pass


def wr_callback(ref):
    log.append("weakref callback")
    side.send("from a weakref callback")


def weak_sender():
    obj = Target()
    ref = weakref.ref(obj, wr_callback)
    c.send(["list", "payload"])
    del obj


stackless.tasklet(weak_sender)()
print("main received", c.receive())
stackless.run()
print(log)

# 5. tempval set by schedule(retval) survives a killed tasklet's cleanup running in between.
log.clear()


def holder():
    v = stackless.schedule("my retval")
    log.append("holder resumed with %r" % (v,))


def victim():
    try:
        stackless.schedule()
    finally:
        side.send("victim finally")


h = stackless.tasklet(holder)()
v = stackless.tasklet(victim)()
stackless.schedule()
v.kill()
stackless.run()
print(log)

# 6. A blocked sender's own call (channel, payload) holds the last reference to an object whose
# __del__ switches: it is dropped when the sender resumes, after that switch - the value the
# sender's send() returns and the values later sends carry are intact.
log.clear()
c = stackless.channel()


def dropper():
    got = c.receive()
    log.append("dropper got %s" % got.name)
    del got
    log.append("dropper second: %r" % (c.receive(),))


def blocked_sender():
    r = c.send(Noisy("in the sender's call"))
    log.append("send returned %r" % (r,))
    c.send(("next", 1))
    log.append("sender done")


stackless.tasklet(dropper)()
stackless.tasklet(blocked_sender)()
stackless.run()
print(log)
