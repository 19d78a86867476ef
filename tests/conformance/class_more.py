class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
    def add(self, child):
        self.children.append(child)
        return child
    def walk(self, depth=0):
        yield_list = [(depth, self.value)]
        for c in self.children:
            yield_list.extend(c.walk(depth + 1))
        return yield_list
    def __repr__(self):
        return f"Node({self.value!r})"
root = Node("root")
a = root.add(Node("a"))
a.add(Node("a1"))
root.add(Node("b")).add(Node("b1")).add(Node("b11"))
for depth, value in root.walk():
    print("  " * depth + value)
print(root.children, len(root.walk()))
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1] if self._items else None
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return f"Stack({self._items})"
s = Stack()
for i in range(4):
    s.push(i * i)
print(s, len(s), s.pop(), s.peek(), s)
try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        return Money(self.cents + other.cents)
    __radd__ = __add__
    def __format__(self, spec):
        return format(self.cents / 100, spec or ".2f")
    def __repr__(self):
        return f"Money({self.cents})"
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
total = sum([Money(150), Money(275), Money(5)])
print(total, f"{total}", f"{total:>10.1f}", sorted([Money(3), Money(1), Money(2)]), Money(1) == Money(1))
print(max(Money(10), Money(20)), min([Money(7), Money(3)]), Money(1) in [Money(1)])
