# Channels: blocking, balance, the three preferences, schedule_all, exceptions, sequences,
# iteration and closing.
import stackless


def expect(exc, fn, *args):
    try:
        fn(*args)
    except exc as e:
        print(type(e).__name__ + ":", e)
    else:
        print("no error from", fn)


# A sender with no receiver blocks; so does a receiver with no sender.
ch = stackless.channel()
t = stackless.tasklet(ch.send)(1)
t.run()
print("sender blocked", t.blocked, t.scheduled, t.paused, ch.balance, ch.queue is t)
print("received", ch.receive(), ch.balance, t.blocked)
stackless.run()
r = stackless.tasklet(ch.receive)()
r.run()
print("receiver blocked", r.blocked, ch.balance)
ch.send("x")
stackless.run()
print("receiver got", r.tempval, r.alive)

# The order tasklets run in, for each preference: who runs first after an exchange.
def trace(pref, sender_first):
    log = []
    c = stackless.channel()
    c.preference = pref

    def sender():
        log.append("send")
        c.send("v")
        log.append("sent")

    def receiver():
        log.append("recv")
        log.append("got " + c.receive())

    def bystander():
        log.append("bystander")

    tasks = [sender, receiver] if sender_first else [receiver, sender]
    for f in tasks:
        stackless.tasklet(f)()
    stackless.tasklet(bystander)()
    stackless.run()
    return log


for pref in (-1, 0, 1):
    print("preference", pref, trace(pref, True), trace(pref, False))

# schedule_all: the partner is queued and the caller yields.
log = []
c = stackless.channel()
c.schedule_all = 5
print("schedule_all", c.schedule_all)


def s1():
    c.send(1)
    log.append("s1 after send")


def r1():
    log.append("r1 got %d" % c.receive())


stackless.tasklet(r1)()
stackless.tasklet(s1)()
stackless.tasklet(lambda: log.append("third"))()
stackless.run()
print(log)
c.preference = 7
print("clamped", c.preference)
c.preference = -3
print("clamped", c.preference)
expect(TypeError, setattr, c, "preference", 1.5)

# send_exception and send_throw: the receiver raises.
def catcher(c):
    try:
        c.receive()
    except Exception as e:
        print("receiver raised", type(e).__name__, e.args)


c = stackless.channel()
stackless.tasklet(catcher)(c)
stackless.schedule()
c.send_exception(KeyError, "k", 2)
stackless.tasklet(catcher)(c)
stackless.schedule()
try:
    raise ValueError("with traceback")
except ValueError as err:
    saved = err
c.send_throw(saved)
stackless.run()


def tb_catcher(c):
    try:
        c.receive()
    except ValueError as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print("traceback frames", names)


def thrower():
    raise ValueError("deep")


try:
    thrower()
except ValueError as err:
    exc, tb = err, err.__traceback__
c = stackless.channel()
stackless.tasklet(tb_catcher)(c)
stackless.schedule()
c.send_throw(ValueError, exc, tb)
stackless.run()

# send_sequence and iteration; closing.
c = stackless.channel()
got = []


def drain():
    for v in c:
        got.append(v)
    print("drain finished", got)


stackless.tasklet(drain)()
stackless.schedule()
print("sent", c.send_sequence(range(4)))
c.close()
print("closing", c.closing, "closed", c.closed, "balance", c.balance)
stackless.run()
print("still waiting", c.closed, c.balance)
c.send("last")  # a waiting receiver still takes a value from a closing channel
stackless.run()
print("closed", c.closed, c.balance)
expect(ValueError, c.send, 1)
expect(ValueError, c.receive)
c.open()
print("reopened", c.closing, c.closed)

# A tasklet with block_trap set may not block.
def trapped():
    stackless.getcurrent().block_trap = True
    try:
        stackless.channel().receive()
    except RuntimeError as e:
        print("RuntimeError:", e)


stackless.tasklet(trapped)()
stackless.run()

# Channel subclasses.
class Mailbox(stackless.channel):
    def post(self, v):
        self.send(("mail", v))


m = Mailbox()
stackless.tasklet(m.post)(9)
print("mailbox", m.receive(), isinstance(m, stackless.channel))
stackless.run()

# Many values through one channel between two tasklets, in order.
c = stackless.channel()
out = []
stackless.tasklet(lambda: [c.send(i) for i in range(100)])()
stackless.tasklet(lambda: [out.append(c.receive()) for i in range(100)])()
stackless.run()
print("in order", out == list(range(100)), c.balance)
