# Tasklets on several OS threads: each thread has its own main tasklet and run queue; channels
# hand values across threads (the receiver becomes runnable in its own thread, the sender goes
# on); insert/run/kill of another thread's tasklet queue it there and wake that thread; a thread
# with nothing runnable waits (no false deadlock) while another thread can still wake it.
import stackless
import threading
import time

print("-- each thread has its own scheduler")
seen = {}


def own_scheduler(name):
    log = []
    ch = stackless.channel()
    stackless.tasklet(lambda: [ch.send(i) for i in range(3)])()
    stackless.tasklet(lambda: [log.append(ch.receive()) for i in range(3)])()
    stackless.run()
    main = stackless.getmain()
    seen[name] = (log, main is stackless.getcurrent(), main.thread_id == threading.get_ident(),
                  main is not main_of_main, stackless.getruncount())


main_of_main = stackless.getmain()
ts = [threading.Thread(target=own_scheduler, args=(n,)) for n in "ab"]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen.items()))

print("-- channels across threads")
ping, pong = stackless.channel(), stackless.channel()


def player(n):
    for _ in range(n):
        v = ping.receive()
        pong.send(v + 1)


t = threading.Thread(target=player, args=(200,))
t.start()
v = 0
for _ in range(200):
    ping.send(v)
    v = pong.receive()
t.join()
print("200 round trips:", v)

print("-- the sender goes on; the receiver runs in its own thread")
order = []
ch = stackless.channel()
ready = threading.Event()


def receiver():
    ready.set()
    order.append(("received", ch.receive(), threading.current_thread().name))


r = threading.Thread(target=receiver, name="receiver")
r.start()
ready.wait()
while ch.balance == 0:
    time.sleep(0.001)
ch.send("hello")
order.append(("sent", threading.current_thread().name))
r.join()
print(sorted(order))

print("-- insert, run and kill a tasklet of another thread")
box = []
started = threading.Event()
go = stackless.channel()


def other():
    def task(tag):
        box.append((tag, threading.current_thread().name))

    a = stackless.tasklet(task)("inserted")
    a.remove()
    b = stackless.tasklet(task)("run")
    b.remove()

    def victim():
        try:
            go.receive()
        except TaskletExit:
            box.append(("killed", threading.current_thread().name))
            raise

    c = stackless.tasklet(victim)()
    box.append(("tasklets", a, b, c))
    started.set()
    stackless.run()          # c blocks on go; then this thread waits for work from main
    while len(box) < 4:
        stackless.run()
        time.sleep(0.001)


o = threading.Thread(target=other, name="other")
o.start()
started.wait()
while go.balance == 0:
    time.sleep(0.001)
_, a, b, c = box[0]
a.insert()
b.run()
c.kill()
o.join()
print(sorted(x for x in box[1:]), c.alive)

print("-- errors")
done = []
dead = threading.Thread(target=lambda: done.append(stackless.tasklet(lambda: None)()))
dead.start()
dead.join()
orphan = done[0]
print("orphan:", orphan.thread_id, orphan.alive)
for op in (orphan.insert, orphan.run):
    try:
        op()
    except RuntimeError as e:
        print("RuntimeError:", e)
orphan.bind_thread()  # moved to this thread: alive again, and it can run here
print("rebound orphan:", orphan.alive, orphan.thread_id == threading.get_ident())
orphan.insert()
stackless.run()
print("ran to its end:", orphan.alive)

print("-- when a thread ends, its tasklets at nesting level 0 are detached, not killed")
parked = []


def leaves_a_paused_tasklet():
    def work():
        stackless.schedule_remove()
        parked.append("resumed in " + threading.current_thread().name)

    parked.append(stackless.tasklet(work)())
    stackless.run()


th = threading.Thread(target=leaves_a_paused_tasklet, name="short-lived")
th.start()
th.join()
p = parked[0]
print("detached:", p.thread_id, p.alive, p.paused)
p.bind_thread()
print("rebound:", p.alive, p.paused)
p.insert()
stackless.run()
print(parked[1:], p.alive)
print(len(stackless.threads), stackless.threads[0] == threading.get_ident())
# Thread ids as Stackless reads them: -1 is the current thread; others must exist.
print(stackless.get_thread_info(-1)[0] is stackless.getmain(), stackless.get_thread_info()[2])
runnable = stackless.tasklet(lambda: None)()
for call in (lambda: stackless.get_thread_info(-5), lambda: stackless.get_thread_info(None),
             lambda: stackless.get_thread_info(123456789), lambda: runnable.bind_thread(123456789),
             lambda: runnable.bind_thread(threading.get_ident())):
    try:
        call()
    except (RuntimeError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
runnable.bind_thread()  # (already in this thread: nothing to do)
runnable.kill()
