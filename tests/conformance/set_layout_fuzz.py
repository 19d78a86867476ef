# Sets print in table order: a random mix of operations must leave CPython's exact layout.
import random
random.seed(11)
words = ["w%d" % i for i in range(60)]
for trial in range(150):
    pool = words if trial % 3 == 0 else list(range(200))
    s = set(random.sample(pool, random.randint(0, 25)))
    for step in range(10):
        o = set(random.sample(pool, random.randint(0, 15)))
        op = random.randint(0, 17)
        if op == 0: s |= o
        elif op == 1: s &= o
        elif op == 2: s -= o
        elif op == 3: s ^= o
        elif op == 4: s = s | o
        elif op == 5: s = s & o
        elif op == 6: s = s - o
        elif op == 7: s = s ^ o
        elif op == 8: s.difference_update(list(o))
        elif op == 9: s.symmetric_difference_update(list(o))
        elif op == 10: s = s.difference(list(o))
        elif op == 11: s = s.intersection(list(o))
        elif op == 12:
            for x in list(o)[:5]: s.add(x)
        elif op == 13:
            for x in list(o): s.discard(x)
        elif op == 14:
            for _ in range(min(3, len(s))): s.pop()
        elif op == 15: s.update(list(o), o)
        elif op == 16: s = set(s)
        else: s = frozenset(s) | o
        print(op, s)
