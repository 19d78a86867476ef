# dataclasses: fields, defaults, factories, order, frozen, asdict, replace, errors.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, is_dataclass
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2); print(p, Point(5), p == Point(1, 2), p != Point(1, 3), Point.__init__.__qualname__)
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()
v = Version(1, 2); print(v, v < Version(1, 3), sorted([Version(2), Version(1, 5), Version(1)]), hash(v) == hash(Version(1, 2)))
try: v.major = 3
except FrozenInstanceError as e: print(type(e).__name__, e)
@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", compare=False)
a = Inventory("ann"); b = Inventory("bob"); a.items.append("sword")
print(a, b, a.items is b.items, Inventory("ann", ["sword"]) == a)
print([f.name for f in fields(Inventory)], asdict(a), astuple(b), replace(a, owner="cat"), is_dataclass(a), is_dataclass(5))
@dataclass
class Child(Point):
    z: int = 9
    def norm(self): return self.x + self.y + self.z
c = Child(1, 2, 3); print(c, c.norm(), Child(7))
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    def __post_init__(self): self.b = self.a * 2
print(WithPost(4))
try: Point()
except TypeError as e: print(e)
try: Point(1, 2, 3)
except TypeError as e: print(e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e: print(e)
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2), Node(3)]); print(n, asdict(n))
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), hash(NoEq(1)) is not None)
print(Point.__hash__ is None, Point.__match_args__)
@dataclass
class KW:
    a: int
    b: int = field(kw_only=True, default=5)
print(KW(1), KW(1, b=2))
