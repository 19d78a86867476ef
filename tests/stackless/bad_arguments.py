# Wrong argument counts and unexpected keywords get TypeError, never ignored (Stackless's
# METH_NOARGS / METH_O checks), and a channel's __next__(None) does not block.
import stackless
c = stackless.channel()
t = stackless.tasklet()
for name, f, a in [("next", c.__next__, (None,)), ("kill", t.kill, (False, None)), ("iter", c.__iter__, (1,)),
                   ("close", c.close, (1,)), ("open", c.open, (1,)), ("receive", c.receive, (1,)),
                   ("send", c.send, ()), ("remove", t.remove, (1,)), ("insert", t.insert, (1,)),
                   ("run", t.run, (1,)), ("switch", t.switch, (1,)), ("raise_exception", t.raise_exception, ()),
                   ("throw", t.throw, ()), ("set_atomic", t.set_atomic, ()), ("schedule_all", stackless.channel.schedule_all, ()),
                   ("getcurrent", stackless.getcurrent, (1,)), ("getruncount", stackless.getruncount, (1,)),
                   ("send_sequence", c.send_sequence, ()), ("send_exception", c.send_exception, ()),
                   ("send_throw", c.send_throw, ()), ("schedule", stackless.schedule, (1, 2))]:
    try:
        f(*a)
        print(name, "no error")
    except TypeError as e:
        print(name, "TypeError", e)
    except Exception as e:
        print(name, type(e).__name__, e)
t = stackless.tasklet(lambda: None)
for name, f in [("receive", lambda: c.receive(x=1)), ("remove", lambda: t.remove(x=1)), ("getcurrent", lambda: stackless.getcurrent(x=1)),
                ("send", lambda: c.send(x=1)), ("kill", lambda: t.kill(pending=False, x=2)), ("insert", lambda: t.insert(a=1))]:
    try:
        f()
        print(name, "no error")
    except TypeError as e:
        print(name, "TypeError", e)
    except Exception as e:
        print(name, type(e).__name__, e)
