# enum: Enum, IntEnum, Flag, IntFlag, auto, unique, functional API.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self): return f"{self.name} is {self.value}"
    @classmethod
    def default(cls): return cls.GREEN
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.RED in Color, Color.RED.describe(), Color.default(), repr(Color), type(Color.RED).__name__)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED is Color(1), hash(Color.RED) == hash(Color.RED), f"{Color.RED}", str(Color.BLUE))
print(list(Color.__members__), isinstance(Color.RED, Color), {Color.RED: "r"}[Color.RED], sorted(Color, key=lambda c: c.value))
try: Color(7)
except ValueError as e: print(e)
try: Color["PURPLE"]
except KeyError as e: print("KeyError", e)
try: Color.RED = 5
except AttributeError as e: print(e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO * 3, Num.ONE == 1, Num.ONE < Num.TWO, int(Num.TWO), [1, 2, 3][Num.ONE], sorted([Num.TWO, Num.ONE]), f"{Num.TWO}")
class Auto(Enum):
    A = auto()
    B = auto()
    C = auto()
print([(m.name, m.value) for m in Auto])
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(Perm.R, Perm.W.value, Perm.X.value, repr(rw), rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), list(rw), repr(Perm(0)))
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(IP.R | IP.W, repr(IP.R | IP.W), IP.R | 1, int(IP.R | IP.X), IP.R & 4 == 4)
@unique
class Single(Enum):
    A = 1
    B = 2
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self): return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 2))
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
class Shape(Enum):
    SQUARE = "sq"
    CIRCLE = "ci"
print(Shape("sq"), Shape.CIRCLE.value, [s.value for s in reversed(Shape)] if hasattr(Shape, "__reversed__") else "")
