# Weak references to tasklets, channels and locks (Stackless's weakref support): callbacks run when
# they go, a blocked tasklet dropped with its channel is killed (finally runs) and its weakref dies.
import stackless, weakref, gc, _thread
log = []
t = stackless.tasklet(lambda: None)
c = stackless.channel()
l = _thread.allocate_lock()
wt = weakref.ref(t, lambda r: log.append("tasklet gone"))
wc = weakref.ref(c, lambda r: log.append("channel gone"))
wl = weakref.ref(l)
print(wt() is t, wc() is c, wl() is l)
del t, c, l
print(wt(), wc(), wl(), log)
def blocked():
    try:
        ch.receive()
    finally:
        log.append("finally ran")
ch = stackless.channel()
b = stackless.tasklet(blocked)()
stackless.run()
wb = weakref.ref(b)
s = weakref.WeakSet([b])
print(len(s), b.blocked)
del b, ch
gc.collect()
print(wb(), log, len(s))
class T(stackless.tasklet):
    pass
x = T(lambda: None)
print(weakref.ref(x)() is x)
