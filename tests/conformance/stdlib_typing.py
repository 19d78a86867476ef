# typing: aliases and their repr, TypeVar, Generic, NamedTuple.
from typing import List, Dict, Optional, Union, Any, Callable, Tuple, TypeVar, Generic, NamedTuple, cast, Iterable
print(List[int], Dict[str, List[int]], Optional[str], Union[int, str], Any, Tuple[int, ...], Callable[[int], str])
T = TypeVar("T")
print(T, List[T])
class Box(Generic[T]):
    def __init__(self, item: T): self.item = item
    def get(self) -> T: return self.item
b = Box[int](5) if False else Box(5)
print(b.get(), Box.__mro__[-2].__name__ if len(Box.__mro__) > 2 else "")
def f(xs: List[int], m: Optional[Dict[str, int]] = None) -> int: return sum(xs)
print(f([1, 2]), cast(int, "x"), isinstance([], List) if False else "")
class Pt(NamedTuple):
    x: int
    y: int = 0
p = Pt(1); print(p, p.x, p._replace(y=5), isinstance(p, tuple))
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("a", 1))
