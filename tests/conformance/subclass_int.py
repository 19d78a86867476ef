# Subclasses of int: arithmetic, comparisons, hashing, indexing, formatting, __new__, attributes;
# builtin types that are not acceptable bases.
class I(int):
    pass
i = I(5)
print(i, repr(i), i + 1, type(i + 1).__name__, i * 2, -i, i == 5, 5 == i, hash(i) == hash(5), {5: "x"}[i])
print(bool(I(0)), bool(I(3)), int(i), type(int(i)).__name__, str(i), f"{i:>4}", "%d" % i, range(i), list(range(I(3))))
print([10, 20, 30][I(1)], "abc"[I(2)], i < 6, max(i, 3), abs(I(-4)), divmod(I(7), 2), i ** 2, i // 2, i % 3, i << 1)
class Flag(int):
    def __new__(cls, value, name):
        obj = super().__new__(cls, value)
        obj.name = name
        return obj
    def __repr__(self): return f"<Flag {self.name}={int(self)}>"
    def __or__(self, other): return Flag(int(self) | int(other), self.name + "|" + other.name)
R = Flag(1, "R"); W = Flag(2, "W")
print(R, W, R | W, (R | W) & 2, isinstance(R, int), R.name, sorted([W, R]))
class Big(int): pass
b = Big(2 ** 100); print(b, b + 1, b == 2 ** 100, type(b).__name__)
print(I("42"), I("ff", 16), I(3.9), I(), I(True))
class Money(int):
    def __str__(self): return f"${int(self)}"
print(Money(5), str(Money(5)), repr(Money(5)), [Money(1)])
class Idx:
    def __index__(self): return 2
    def __int__(self): return 7
print(int(Idx()), [1, 2, 3][Idx()] if False else "skip")
print(int.__new__(I, 9), type(int.__new__(I, 9)).__name__)
print(i.bit_length(), I(10).to_bytes if False else "", i.real if hasattr(i, "real") else "")
for base in (bool, range, slice, type(None), type(len), type(lambda: 0)):
    try:
        class X(base): pass
    except TypeError as e:
        print(e)
