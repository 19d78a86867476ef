# eddy-test: max-rss-mb 48
# One million garbage reference cycles of four shapes - through an instance's dict and a bound
# method, through a closure's cell, through a suspended generator's frame, and through a list -
# are created and dropped without any explicit gc.collect(): the automatic collector must free
# them as it goes (peak RSS stays bounded; the runner checks it) and run every __del__.
import gc

N = 1_000_000


class Node:
    deleted = 0

    def __init__(self, i):
        self.i = i
        self.callback = self.poke  # instance -> dict -> bound method -> instance

    def poke(self):
        return self.i

    def __del__(self):
        Node.deleted += 1


closed = 0


def closure_cycle(i):
    def again():  # again -> closure cell -> again
        return again, i
    return again


def generator_cycle():
    global closed
    try:
        me = yield
        yield me  # the frame holds the generator itself
    finally:
        closed += 1


made = {"node": 0, "closure": 0, "generator": 0, "list": 0}
for i in range(N):
    shape = i % 4
    if shape == 0:
        Node(i)
        made["node"] += 1
    elif shape == 1:
        closure_cycle(i)
        made["closure"] += 1
    elif shape == 2:
        g = generator_cycle()
        next(g)
        g.send(g)
        del g
        made["generator"] += 1
    else:
        l = [i]
        l.append(l)
        del l
        made["list"] += 1

print("made", sum(made.values()), "cycles:", made)
print("freed while running:", Node.deleted > 0 and closed > 0)
gc.collect()
print("__del__ ran for every node:", Node.deleted == made["node"])
print("every generator closed:", closed == made["generator"])
print("collections happened automatically:", gc.get_stats()[0]["collections"] > 100)
