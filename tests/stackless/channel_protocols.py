# Channel behaviours scripts rely on: exceptions sent through a channel (with their traceback),
# block_trap on main and on a tasklet, the close protocol with send_sequence, iteration ended by
# a StopIteration sent as an exception, and subclassing with __init__.
import stackless
import sys
import traceback


def bar():
    raise ValueError(1, 2, 3)


def thrower(ch):
    try:
        bar()
    except Exception:
        ch.send_throw(*sys.exc_info())


c = stackless.channel()
stackless.tasklet(thrower)(c).run()
try:
    c.receive()
except ValueError as e:
    print("args", e.args, "| last frame:", traceback.extract_tb(sys.exc_info()[2])[-1][2])
stackless.tasklet(lambda ch: ch.send_exception(ValueError, 1, 2, 3))(c).run()
try:
    c.receive()
except ValueError as e:
    print("send_exception args", e.args)

count = []


def trapped(op):
    cur = stackless.getcurrent()
    old = cur.block_trap
    cur.block_trap = True
    try:
        op()
    except RuntimeError as e:
        count.append(str(e))
    finally:
        cur.block_trap = old


for op in (lambda: c.send(None), c.receive):
    trapped(op)
    stackless.tasklet(trapped)(op)
    stackless.run()
print(len(count), set(count))

# close(): a sender pumps until the receiver has drained the channel.
data = []


def sender():
    c.send_sequence(range(10))
    c.close()
    while c.closing and not c.closed:
        c.send(None)


def receiver():
    for i in c:
        data.append(i)
    while data[-1] is None:
        data.pop()
    data.append(10)


stackless.tasklet(sender)()
stackless.tasklet(receiver)()
stackless.run()
print(data, c.closed)

c = stackless.channel()
data = []


def sender2():
    print("sent", c.send_sequence(range(10)))
    c.send_exception(StopIteration)
    c.close()


def receiver2():
    for i in c:
        data.append(i)


stackless.tasklet(sender2)()
stackless.tasklet(receiver2)()
stackless.run()
print(data, c.closed)
c = stackless.channel()
c.close()
for op in (lambda: c.send(None), c.receive, lambda: next(iter(c))):
    try:
        op()
    except (ValueError, StopIteration) as e:
        print(type(e).__name__, e)


class Named(stackless.channel):
    def __init__(self, name):
        super().__init__()
        self.name = name


n = Named("bong")
print(n.name, n.balance, type(n).__name__)
