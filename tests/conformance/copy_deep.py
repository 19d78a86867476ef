import copy
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __repr__(self):
        return f"Node({self.val}, {self.children})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
tree.children[0].val = 99
print(shallow.children[0].val, deep.children[0].val, shallow.children is tree.children, deep.children is tree.children)
a = [1, [2, 3]]
a.append(a)
b = copy.deepcopy(a)
print(b[2] is b, b[1] is not a[1], b[:2])
d = {"k": [1, 2], "t": (1, [2])}
dc = copy.deepcopy(d)
dc["t"][1].append(3)
print(d, dc)
t = (1, 2, "x")
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.copy([1]) == [1])
class Custom:
    def __init__(self, data):
        self.data = data
        self.cache = {"computed": True}
    def __copy__(self):
        print("__copy__ called")
        return Custom(self.data)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called")
        return Custom(copy.deepcopy(self.data, memo))
c = Custom([1, 2])
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
print(c2.data is c.data, c3.data is c.data, c3.data)
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
class WithSlots:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
        self.b = "s"
ws = copy.deepcopy(WithSlots())
print(ws.a, ws.b)
s = {1, 2}
fs = frozenset([3])
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(fs) == fs)
import collections
od = collections.OrderedDict(a=[1])
odc = copy.deepcopy(od)
odc["a"].append(2)
print(od, odc, type(odc).__name__)
dd = collections.defaultdict(list, {"x": [1]})
ddc = copy.deepcopy(dd)
ddc["y"].append(5)
print(dict(dd), dict(ddc))
