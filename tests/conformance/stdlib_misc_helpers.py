# functools.total_ordering/singledispatch/cached_property, contextlib.ExitStack/redirect_stdout/closing, collections.ChainMap.
import functools, contextlib, collections, io, sys
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), sorted([V(3), V(1)])[0].v)
@functools.singledispatch
def show(x): return "object"
@show.register(int)
def _(x): return "int %d" % x
@show.register(list)
def _(x): return "list of %d" % len(x)
print(show(1), show([1, 2]), show("s"), show(True))
class C:
    @functools.cached_property
    def heavy(self):
        print("computing"); return 42
c = C(); print(c.heavy, c.heavy)
with contextlib.ExitStack() as stack:
    stack.callback(print, "callback 1")
    stack.callback(print, "callback 2")
    print("inside")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
class Res:
    def close(self): print("closed")
with contextlib.closing(Res()): print("using")
cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), "b" in cm, cm.new_child({"c": 4})["c"], cm.parents)
try:
    with contextlib.ExitStack() as st:
        st.callback(print, "cleanup ran")
        raise ValueError("boom")
except ValueError as e: print("propagated", e)
