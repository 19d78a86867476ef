# operator: arithmetic and comparison functions, itemgetter/attrgetter/methodcaller, in-place ops.
import operator as op
print(op.add(2, 3), op.sub(5, 8), op.mul("ab", 3), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 3), op.pow(2, 10), op.neg(4), op.pos(-2), op.abs(-9))
print(op.eq(1, 1.0), op.ne("a", "b"), op.lt(1, 2), op.le(2, 2), op.gt("b", "a"), op.ge([1], [1, 0]), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.invert(5), op.lshift(1, 4), op.rshift(256, 3), op.contains([1, 2], 2), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"))
d = {"a": 1}; op.setitem(d, "b", 2); op.delitem(d, "a"); print(d, op.getitem([10, 20], 1), op.getitem("hello", slice(1, 3)))
print(op.itemgetter(0, 2)("abc"), op.itemgetter("k")({"k": 5}), op.attrgetter("real", "imag")(3), op.methodcaller("split", ",")("a,b"))
class N:
    def __init__(self): self.inner = type("I", (), {"v": 42})()
print(op.attrgetter("inner.v")(N()), op.concat([1], [2]), op.iadd([1], [2]), op.index(7))
from functools import reduce
print(reduce(op.mul, range(1, 8)), reduce(op.add, ["a", "b", "c"], ">"), sorted([("b", 2), ("a", 3)], key=op.itemgetter(1)))
