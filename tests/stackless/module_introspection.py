# Module-level introspection: getdebug/debug, getthreads/threads, getuncollectables/uncollectables
# (the tasklets suspended with native frames on a C stack of their own).
import stackless
print(stackless.getdebug() in (True, False), stackless.debug == stackless.getdebug())
print(stackless.getthreads() == stackless.threads, type(stackless.getthreads()))
c = stackless.channel()
def hard():
    sorted([2, 1], key=lambda v: c.receive())
h = stackless.tasklet(hard)()
s = stackless.tasklet(c.receive)()
stackless.run()
print(stackless.getuncollectables() == [h], stackless.uncollectables == [h])
h.kill()
print(stackless.getuncollectables(), s.blocked)
s.kill()
