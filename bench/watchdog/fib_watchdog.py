# The watchdog's cost: fib(30) run plainly, in a tasklet under run() without a timeout, and
# in a tasklet under run(timeout) with a timeout too large to ever fire (every instruction is
# counted against it). Prints ns for each and the ratios to the plain run.
import stackless
import time


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def timed(how):
    best = None
    for _ in range(3):
        start = time.perf_counter()
        if how == "plain":
            r = fib(30)
        else:
            out = []
            stackless.tasklet(lambda: out.append(fib(30)))()
            victim = stackless.run(10 ** 15) if how == "armed" else stackless.run()
            assert victim is None
            r = out[0]
        elapsed = time.perf_counter() - start
        assert r == 832040
        best = elapsed if best is None else min(best, elapsed)
    return best


plain = timed("plain")
unarmed = timed("unarmed")
armed = timed("armed")
print("fib30_plain_s %.3f" % plain)
print("fib30_run_no_timeout_s %.3f  ratio %.3f" % (unarmed, unarmed / plain))
print("fib30_run_timeout_s %.3f  ratio %.3f" % (armed, armed / plain))
