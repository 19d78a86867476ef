# time.sleep in a tasklet blocks only that tasklet; a thread whose tasklets all sleep waits in the
# OS (no CPU used) until the earliest deadline; no false deadlock while a timer can still wake
# someone; _stackless.receive_timeout is a channel receive with a deadline.
import _stackless
import stackless
import time

log = []


def sleeper(name, seconds):
    time.sleep(seconds)
    log.append(name)


print("-- sleepers wake in deadline order while another tasklet keeps running")


def busy():
    n = 0
    start = time.monotonic()
    while time.monotonic() - start < 0.25:
        n += 1
        stackless.schedule()
    log.append("busy done, it ran all along: %s" % (n > 100))


stackless.tasklet(sleeper)("slow", 0.2)
stackless.tasklet(sleeper)("fast", 0.1)
stackless.tasklet(busy)()
stackless.run()
print(log)

print("-- all asleep: the thread waits in the OS, run() returns when the last one is done")
log.clear()
for i in (3, 1, 2):
    stackless.tasklet(sleeper)("s%d" % i, 0.05 * i)
cpu, wall = time.process_time(), time.monotonic()
stackless.run()
cpu, wall = time.process_time() - cpu, time.monotonic() - wall
print(log, "waited:", wall >= 0.15, "no busy waiting:", cpu < wall / 3)

print("-- main blocked on a channel a sleeper will send on: no deadlock")
ch = stackless.channel()


def later():
    time.sleep(0.05)
    ch.send("hello from a sleeper")


stackless.tasklet(later)()
print(ch.receive())

print("-- main sleeping while a tasklet is runnable: the tasklet runs meanwhile")
log.clear()
stackless.tasklet(log.append)("ran while main slept")
start = time.monotonic()
time.sleep(0.05)
print(log, time.monotonic() - start >= 0.05)

print("-- sleep(0) yields")
log.clear()
stackless.tasklet(log.append)("other")
time.sleep(0)
print(log)

print("-- a sleeping tasklet is blocked; killing it cancels the sleep")
s = stackless.tasklet(sleeper)("never", 10)
stackless.schedule()
print("blocked:", s.blocked, "alive:", s.alive)
start = time.monotonic()
s.kill()
stackless.run()
print("killed:", not s.alive, "at once:", time.monotonic() - start < 1)

print("-- receive_timeout")
c = stackless.channel()
print(_stackless.receive_timeout(c, 0.05, "timed out"), c.balance)


def sender(delay, value):
    time.sleep(delay)
    c.send(value)


stackless.tasklet(sender)(0.01, "in time")
print(_stackless.receive_timeout(c, 5, "timed out"))
# A timer from an earlier wait does not cut a later wait on the same channel short.
stackless.tasklet(sender)(0.02, "first")
print(_stackless.receive_timeout(c, 0.2, "timed out"))
stackless.tasklet(sender)(0.3, "second")
print(_stackless.receive_timeout(c, 5, "timed out"))
# ... nor a later untimed wait (the earlier wait ended with a value: its timer is stale).
log = []


def waiter():
    log.append(_stackless.receive_timeout(c, 0.05, "timed out"))
    log.append(c.receive())


def late_sender():
    c.send("first")
    time.sleep(0.1)
    log.append("sender awake")
    c.send("second")


stackless.tasklet(waiter)()
stackless.tasklet(late_sender)()
stackless.run()
print(log)
c.preference = 1
stackless.tasklet(c.send)("already waiting")
stackless.schedule()
print(_stackless.receive_timeout(c, 0, "timed out"))
print(_stackless.receive_timeout(c, 0, "nothing there"))

print("-- errors")
for bad in ((-1,), ("1",), (float("nan"),)):
    try:
        time.sleep(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    _stackless.receive_timeout(c, -1)
except ValueError as e:
    print("ValueError", e)
try:
    _stackless.receive_timeout("not a channel", 1)
except TypeError as e:
    print("TypeError", e)
print("runcount", stackless.runcount)
