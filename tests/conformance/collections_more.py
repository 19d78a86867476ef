from collections import defaultdict, OrderedDict, Counter, namedtuple, deque
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd["missing"], len(dd))
print(repr(defaultdict(int)), defaultdict(None).default_factory)
try:
    defaultdict(None)["x"]
except KeyError as e:
    print("KeyError", e)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 1
print(nested["x"]["y"], dict(nested["x"]))
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(od))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
print(OrderedDict([("x", 1)]))
c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], sorted(c.elements())[:6])
c.update("aaz")
c.subtract({"a": 2})
print(c.most_common(3), c.total(), +Counter(a=1, b=-1), -Counter(a=1, b=-1))
print(Counter(a=3, b=1) & Counter(a=1, b=2), Counter(a=3) | Counter(a=5, c=1))
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), list(Counter("bca").keys()))
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p._asdict(), p._replace(x=9), Point._fields, Point._make([5, 6]), p.x + p[1])
P3 = namedtuple("P3", ["x", "y", "z"], defaults=[0])
print(P3(1, 2), P3._field_defaults)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
x, y = p
print(x, y, isinstance(p, tuple), len(p), p == (1, 2), hash(p) == hash((1, 2)))
R = namedtuple("R", "a b", rename=True) if False else namedtuple("R", "a, b")
print(R(1, 2))
d = deque(range(5), maxlen=3)
print(d, d.maxlen)
d.append(9); d.appendleft(-1)
print(d)
d.rotate(1)
print(d, d.popleft(), d.pop(), d)
d2 = deque()
d2.extend([1, 2]); d2.extendleft([3, 4])
print(d2, d2.count(1), 4 in d2)
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
