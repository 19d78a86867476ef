# The cycle collector on random object graphs: after dropping everything but a few roots, a
# collection frees exactly what the roots no longer reach - cycles, self-loops, chains hanging
# off cycles - and nothing they still reach. (A small LCG keeps the graphs the same everywhere.)
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.refs = []


def lcg(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) % (1 << 31)
        yield state


def trial(seed, n):
    rnd = lcg(seed)
    nodes = [Node(i) for i in range(n)]
    for node in nodes:
        for _ in range(next(rnd) % 4):
            node.refs.append(nodes[next(rnd) % n])
    roots = [nodes[next(rnd) % n] for _ in range(next(rnd) % 4)]
    alive = set()
    stack = list(roots)
    while stack:
        node = stack.pop()
        if node.name not in alive:
            alive.add(node.name)
            stack.extend(node.refs)
    refs = [weakref.ref(node) for node in nodes]
    del nodes, node, stack
    gc.collect()
    survivors = {r().name for r in refs if r() is not None}
    return len(alive), survivors == alive


gc.collect()
results = [trial(seed, 5 + seed * 7 % 60) for seed in range(60)]
print(results)
print(all(ok for _, ok in results))
