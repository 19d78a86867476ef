# run() called from tasklets and nested: the watchdog list. A run() caller waits until the run
# queue is empty (or an error arrives for it); being run explicitly wakes it, and waking an outer
# watchdog puts the inner ones back into the queue.
import stackless

done = [0]


def worker():
    stackless.schedule()
    done[0] += 1


def check(name, cond):
    print(name, "ok" if cond else "FAILED")


# run() from a worker: main keeps running, so the runner stays paused until run explicitly.
done[0] = 0
stackless.tasklet(worker)()


def runner1():
    stackless.run()
    done[0] += 1


t = stackless.tasklet(runner1)()
while not done[0]:
    stackless.schedule()
check("runner paused while main runnable", done[0] == 1 and t.paused)
t.run()
check("runner woken by run()", done[0] == 2 and not t.alive)

# main blocked while a tasklet calls run(): the runner wakes when the queue empties.
done[0] = 0
stackless.tasklet(worker)()
c = stackless.channel()


def runner2():
    stackless.run()
    done[0] += 1
    c.send(None)


stackless.tasklet(runner2)()
c.receive()
check("main blocked, inner run", done[0] == 2)

# main calls run(); a tasklet calls run() too: the inner one returns first, main is paused then.
done[0] = 0
stackless.tasklet(worker)()
seen = []


def runner3():
    stackless.run()
    seen.append(stackless.getmain().paused)
    done[0] += 1


stackless.tasklet(runner3)()
stackless.run()
check("inner run completes first", done[0] == 2 and seen == [True])

# An error in a tasklet goes to the innermost watchdog.
done[0] = 0
stackless.tasklet(worker)()


def errfunc():
    raise RuntimeError("foo")


def runner4():
    stackless.tasklet(errfunc)()
    try:
        stackless.run()
    except RuntimeError as e:
        seen.append(str(e))
    done[0] += 1


stackless.tasklet(runner4)()
stackless.run()
check("inner watchdog gets the error", done[0] == 2 and seen[-1] == "foo")

# Waking the outer watchdog (main) by hand wakes the inner one too (it is queued again).
done[0] = 0
stackless.tasklet(worker)()


def wakeup():
    stackless.getmain().run()
    done[0] += 1


def runner5():
    stackless.tasklet(wakeup)()
    stackless.run()
    done[0] += 1


stackless.tasklet(runner5)()
stackless.run()
check("main woken by hand", done[0] == 1)
stackless.run()
check("all done after another run", done[0] == 3)

# main runs on while a tasklet sits in run(): the runner stays until it is killed.
done[0] = 0
stackless.tasklet(worker)()
t = stackless.tasklet(runner1)()
while not done[0]:
    stackless.schedule()
stackless.run()
stackless.run()
stackless.schedule()
check("runner still waiting", done[0] == 1 and t.alive)
t.kill()
check("runner killed", not t.alive)
print("runcount", stackless.getruncount())
