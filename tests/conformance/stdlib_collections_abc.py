# collections.abc: protocol checks, registered types, mixin methods.
from collections.abc import Iterable, Iterator, Sized, Callable, Sequence, Mapping, MutableMapping, Hashable, Container, Generator, Set
import collections
print(isinstance([1], Iterable), isinstance(5, Iterable), isinstance("s", Sequence), isinstance({}, Mapping), isinstance([], Mapping))
print(isinstance(iter([]), Iterator), isinstance([], Iterator), isinstance(len, Callable), isinstance(lambda: 0, Callable), isinstance(5, Callable))
print(isinstance((x for x in []), Generator), isinstance({1}, Set), isinstance(5, Hashable), isinstance([], Hashable), isinstance({}, Sized), isinstance("", Container))
class Bag(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
b = Bag(); b["x"] = 1; b.update(y=2); print(b.get("x"), b.get("z", 0), "y" in b, list(b.keys()), list(b.items()), b.pop("x"), len(b), b.setdefault("q", 5), dict(b))
class Seq(Sequence):
    def __getitem__(self, i): return [10, 20, 30][i]
    def __len__(self): return 3
s = Seq(); print(list(s), 20 in s, s.index(30), list(reversed(s)), s.count(10), isinstance(s, Iterable))
print(collections.Counter("abca").most_common(1), collections.OrderedDict(a=1))
class Walker:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(Walker(), Iterator), issubclass(Walker, Iterable))
