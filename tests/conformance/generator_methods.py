import pkg.helpers
class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children
    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()
    @staticmethod
    def numbers(n):
        yield from range(n)
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t.walk()), list(Tree.numbers(3)), sum(t.walk()))
gen = t.walk()
print(next(gen), next(gen), list(gen))
import itertools
print(list(itertools.islice(itertools.count(), 3)), next(itertools.repeat(7)))
print("still running after generator calls")
