# eddy-test: max-rss-mb 300
# The watchdog under load: 3,000 tasklets doing random work (loops that never yield, deep
# recursion, channel traffic, atomic sections, generators, sleeps, native calls that re-enter
# the interpreter) driven by run(timeout) with random timeouts; each interrupted tasklet is put
# back, killed or sent an exception at random, and blocked ones are killed at random too. Every
# tasklet must end exactly once, atomic sections must never be cut, and nothing may leak.
import gc
import random
import stackless
import time

random.seed(7)
N = 3_000
gc.collect()
start_objects = len(gc.get_objects())

channels = [stackless.channel() for _ in range(20)]
for i, ch in enumerate(channels):
    ch.preference = (-1, 0, 1)[i % 3]
ended = {}
in_atomic = [0]
stats = {"atomic sections": 0, "messages": 0}


class Boom(Exception):
    pass


def recurse(n):
    return 0 if n == 0 else 1 + recurse(n - 1)


def gen(n):
    for i in range(n):
        yield i * i


def work(ident, rng):
    try:
        for step in range(rng.randint(1, 6)):
            kind = rng.randrange(8)
            if kind == 0:  # spin, never yielding
                x = 0
                for i in range(rng.randint(100, 3000)):
                    x += i
            elif kind == 1:
                recurse(rng.randint(10, 300))
            elif kind == 2:  # channel traffic, with a partner that may or may not come
                ch = channels[rng.randrange(len(channels))]
                if rng.random() < 0.5:
                    stackless.tasklet(ch.send)(ident)
                    ch.receive()
                else:
                    stackless.tasklet(ch.receive)()
                    ch.send(ident)
                stats["messages"] += 1
            elif kind == 3:  # an atomic section is never interrupted
                with stackless.atomic():
                    in_atomic[0] += 1
                    assert in_atomic[0] == 1
                    x = 0
                    for i in range(rng.randint(50, 500)):
                        x += i
                    in_atomic[0] -= 1
                    stats["atomic sections"] += 1
            elif kind == 4:
                sum(gen(rng.randint(10, 200)))
            elif kind == 5:
                stackless.schedule()
            elif kind == 6:  # a native that runs script code: interrupted only with ignore_nesting
                sorted(range(rng.randint(5, 40)), key=lambda v: recurse(v % 7) - v)
            else:
                time.sleep(0)
    except Boom:
        pass
    finally:
        assert ident not in ended
        ended[ident] = True


tasklets = []
for i in range(N):
    t = stackless.tasklet(work)(i, random.Random(i))
    if i % 3 == 0:
        t.set_ignore_nesting(True)
    tasklets.append(t)

rounds = interrupts = kills = throws = 0
while stackless.runcount > 1:
    rounds += 1
    victim = stackless.run(random.choice((17, 50, 200, 1000)), totaltimeout=random.random() < 0.2)
    if victim is not None:
        interrupts += 1
        r = random.random()
        if r < 0.003:
            victim.kill()
            kills += 1
        elif r < 0.006:
            victim.throw(Boom, pending=True)
            throws += 1
        else:
            victim.insert()
    if rounds % 50 == 0:  # kill a few blocked ones (their partner may never come)
        for ch in channels:
            if ch.balance and random.random() < 0.3:
                ch.queue.kill()
                kills += 1
for ch in channels:  # whoever still waits for a partner
    while ch.balance:
        ch.queue.kill()

assert not in_atomic[0]
alive = [t for t in tasklets if t.alive]
print("every worker ended once:", len(ended) == N and not alive)
print("interrupted often:", interrupts > 1000, "kills/throws happened:", kills > 10 and throws > 10)
print("atomic sections ran whole:", stats["atomic sections"] > 300, "messages:", stats["messages"] > 50)
del tasklets, alive, t, victim
gc.collect()
print("no leaks:", len(gc.get_objects()) - start_objects <= 50, stackless.runcount)
