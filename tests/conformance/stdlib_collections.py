from collections import defaultdict, Counter, OrderedDict, deque, namedtuple
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups, dict(groups), groups["z"], len(groups), isinstance(groups, dict))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts.get("q"), "q" in counts)
c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2), sorted(c.elements())[:6], c.total())
c.update("aaz")
c.subtract({"b": 2})
print(c.most_common(3), Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3, b=1) - Counter(a=1, b=5))
print(Counter(), Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), len(Counter("aab")), sum(Counter("xyzx").values()))
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
od.move_to_end("b")
print(od, list(od), od.popitem(), od.popitem(last=False), od)
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d, len(d), d[0], 2 in d)
d.rotate(1)
print(d, list(reversed(d)))
bounded = deque(maxlen=3)
for i in range(6):
    bounded.append(i)
print(bounded, list(bounded))
Point = namedtuple("Point", "x y")
p = Point(1, 2)
q = Point(x=3, y=4)
print(p, q, p.x + q.y, p[0], tuple(p), p == (1, 2), p._asdict(), p._replace(y=9), Point._fields)
x, y = q
print(x, y, len(p), hash(p) == hash((1, 2)))
Config = namedtuple("Config", ["host", "port", "debug"], defaults=[8080, False])
print(Config("localhost"), Config("h", 1, True))
class Registry(dict):
    def register(self, name, value):
        self[name] = value
        return self
r = Registry(a=1).register("b", 2)
print(r, len(r), r["a"], isinstance(r, dict), type(r).__name__, Registry() == {}, bool(Registry()))
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), s == [1, 2, 3], sorted(s, reverse=True), s + [4], type(s).__name__)
