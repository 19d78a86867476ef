# Native recursion inside tasklets running on their own C stacks (fibers) is refused with
# RecursionError, never a crash; and a SystemExit raised in a tasklet ends the program.
import stackless
import sys

c = stackless.channel()


def deep_native():
    x = []
    for i in range(200000):
        x = [x]
    try:
        repr(x)
    except RecursionError as e:
        print("repr:", type(e).__name__)

    def f(n):
        return sorted([1], key=lambda v: f(n + 1))

    try:
        f(0)
    except RecursionError as e:
        print("nested dispatch:", type(e).__name__)
    c.send("done")


def blocker():
    # blocks with native frames below it (a sort key): a hard switch
    print(sorted([2, 1], key=lambda v: c.receive()))


stackless.tasklet(deep_native)()
print(c.receive())
stackless.tasklet(blocker)()
stackless.schedule()
c.send(1)
c.send(2)
stackless.run()


def exiter():
    print("exiting from a tasklet")
    sys.exit(3)


stackless.tasklet(exiter)()
stackless.run()
print("not reached")
