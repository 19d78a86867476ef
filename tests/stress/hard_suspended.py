# eddy-test: max-rss-mb 600
# 40,000 tasklets suspended with native frames of their own (blocked inside a generator the
# dispatch loop resumes natively): each keeps a C stack, more than the process's ~32,000
# guarded stack mappings would allow. All of them wake, in order, and end.
import stackless

N = 40_000
ch = stackless.channel()
got = []


def reader():
    yield ch.receive()


def waiter(i):
    for v in reader():
        got.append((i, v))


tasklets = [stackless.tasklet(waiter)(i) for i in range(N)]
stackless.run()
print("blocked:", -ch.balance, "hard:", all(t.nesting_level > 0 for t in tasklets[:100]))
for i in range(N):
    ch.send(i)
stackless.run()
print("woken in order:", got == [(i, i) for i in range(N)], "alive:", sum(t.alive for t in tasklets))
