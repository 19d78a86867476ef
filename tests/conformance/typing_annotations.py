# Type annotations that scripts write: typing aliases in signatures, get_type_hints, Optional defaults.
from typing import List, Dict, Optional, Tuple, Union, Callable, get_type_hints
def mean(xs: List[float]) -> float: return sum(xs) / len(xs)
def lookup(d: Dict[str, int], k: str, default: Optional[int] = None) -> Optional[int]: return d.get(k, default)
def apply(f: Callable[[int], int], v: int) -> int: return f(v)
class Point:
    x: float
    y: float = 0.0
    def __init__(self, x: float, y: float = 0.0): self.x, self.y = x, y
    def as_tuple(self) -> Tuple[float, float]: return (self.x, self.y)
print(mean([1.0, 2.0, 4.5]), lookup({"a": 1}, "b", 0), apply(lambda v: v * 3, 7), Point(1.5).as_tuple())
print(mean.__annotations__, get_type_hints(Point), Point.as_tuple.__annotations__["return"])
print(lookup.__annotations__["default"], Union[int, str], Optional[List[int]])
