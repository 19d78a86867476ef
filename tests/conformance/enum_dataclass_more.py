from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
print(list(Color), Color.RED, repr(Color.GREEN), Color(3), Color["RED"], Color.RED.name, Color.BLUE.value)
print(Color.RED is Color(1), Color.RED == 1, len(Color), Color.RED in Color, [c.name for c in reversed(Color)] if hasattr(Color, "__reversed__") else "")
class Pri(IntEnum):
    LOW = 1
    HIGH = 3
print(Pri.LOW < Pri.HIGH, Pri.HIGH + 1, sorted([Pri.HIGH, Pri.LOW]), int(Pri.HIGH), Pri(3).name)
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), rw.value, repr(Perm.R))
try:
    Color(9)
except ValueError as e:
    print("ValueError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
class Alias(Enum):
    ONE = 1
    UNO = 1
print(Alias.UNO is Alias.ONE, list(Alias), Alias.UNO.name)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
    @property
    def gravity(self):
        return 6.674e-11 * self.mass / self.radius ** 2
print(f"{Planet.EARTH.gravity:.2f} {Planet.MARS.gravity:.2f}", Planet.MARS.value)
@dataclass(order=True)
class Item:
    priority: int
    name: str = field(compare=False)
    tags: list = field(default_factory=list, repr=False)
a, b = Item(2, "b"), Item(1, "a")
print(sorted([a, b]), a > b, a == Item(2, "zzz"), asdict(a), astuple(b))
print(replace(a, priority=5), [f.name for f in fields(Item)])
@dataclass(frozen=True)
class P:
    x: int
    y: int = 0
p = P(1)
try:
    p.x = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(hash(p) == hash(P(1, 0)), {p: "ok"}[P(1)], p)
@dataclass
class Derived(P):
    z: int = 9
print(Derived(1, 2, 3), Derived(4))
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2
print(WithPost(5))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
