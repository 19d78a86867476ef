"""from __future__ import annotations: annotations are kept as CPython writes them back."""
from __future__ import annotations, division
from __future__ import absolute_import as aa
import __future__
print(annotations, aa, __future__.all_feature_names[:3])
x: List[int] = 5
y: "Foo"
z: dict[str, int | None]
class C:
    a: C
    b: tuple[int, ...] = ()
    def m(self, p: C, *args: int, k: lambda x, y=2: x = 3, **kw: Callable[[int], str]) -> Optional[C]:
        pass
print(__annotations__)
print(C.__annotations__)
print(C.m.__annotations__)
def f(a: 1 + 2 * 3, b: (1 + 2) * 3, c: -x ** 2, d: (-x) ** 2, e: 2 ** 3 ** 4, f: (2 ** 3) ** 4,
      g: a if b else c, h: not a and b or c, i: a < b <= c, j: x[1:2, ::3], k: f"x{a!r:>{w}}y{{", l: [i for i in range(3) if i],
      m: {1: 2, **d}, n: {1, 2}, o: (1,), p: (), q: b'x', r: 1.5e300 * 10, s: 1e400, t: 0x1F, u: f(*a, b=1, **k),
      v: (x for x in y), w: f(x for x in y), x: 1 .real, y: ..., z: None | True, aa: {k: v for k, v in d}, cc: a.b.c, dd: 'it''s'):
    pass
for k, v in f.__annotations__.items(): print(k, v)
obj = C()
obj.attr: undefined_name = 3
print(obj.attr)

# The rules of future imports: first in the module (after the docstring), known features only.
cases = [
    'x = 1\nfrom __future__ import division\n',
    'from __future__ import spam\n',
    'from __future__ import braces\n',
    '"doc"\nfrom __future__ import (division,\n annotations)\nimport os\nfrom __future__ import division\n',
    'def f():\n    from __future__ import division\n',
    'from __future__ import *\n',
    'from __future__ import division as d\nprint(d.compiler_flag)\n',
    '"""doc"""\n\n# a comment\nfrom __future__ import generator_stop, nested_scopes\nprint("ok")\n',
    'from . __future__ import x\n',
]
for src in cases:
    try:
        exec(compile(src, "m", "exec"), {"__name__": "m"})
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
    except ImportError as e:
        print(type(e).__name__)
import __future__
f = __future__.annotations
print(f.getOptionalRelease(), f.getMandatoryRelease(), f.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)
print(sorted(__future__.__all__))
