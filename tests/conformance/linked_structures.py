# Recursive data structures with classes: trees with __iter__, __len__, __contains__, __repr__, equality.
class Tree:
    def __init__(self, value, *children): self.value, self.children = value, list(children)
    def __iter__(self):
        yield self.value
        for c in self.children: yield from c
    def __len__(self): return 1 + sum(len(c) for c in self.children)
    def __contains__(self, v): return any(x == v for x in self)
    def __eq__(self, o): return isinstance(o, Tree) and (self.value, self.children) == (o.value, o.children)
    def __repr__(self): return f"Tree({self.value!r}" + "".join(", " + repr(c) for c in self.children) + ")"
    def depth(self): return 1 + max((c.depth() for c in self.children), default=0)
    def map(self, f): return Tree(f(self.value), *(c.map(f) for c in self.children))
t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5), Tree(6, Tree(7))))
print(list(t), len(t), 5 in t, 9 in t, t.depth(), t.map(lambda v: v * 10), t == t.map(lambda v: v), sum(t))
def paths(tree, prefix=()):
    here = prefix + (tree.value,)
    if not tree.children: yield here
    for c in tree.children: yield from paths(c, here)
print(list(paths(t)), max(paths(t), key=len))
