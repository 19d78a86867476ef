print(int("42"), int("-0"), int("+7"), int(" 12 "), int("0b101", 0), int("0o17", 0), int("17", 0))
for bad in ["", "1.5", "abc", "0x", "1 2", "--1"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int([])
except TypeError as e:
    print("TypeError:", e)
print(float("3.5"), float("-.5"), float("1e-3"), float("  2  "), float("Infinity"), float("-inf"))
try:
    float("x1")
except ValueError as e:
    print("ValueError:", e)
print(str(), str(12), str(-1.5), str([1, "2"]), str({"a": (1,)}), str(None), str(True))
print(bool(), bool(""), bool("0"), bool(0.0), bool(-1), bool([None]), bool(range(0)))
print(list("ab"), list(range(3)), list({1: 2}), list((1, 2)), list(map(str, [1])))
print(tuple("ab"), tuple([1]), tuple(range(2)), tuple({3: 4}))
print(dict(a=1), dict([("k", "v")]), dict(zip("ab", "cd")), dict({"x": 1}, y=2))
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
print(sorted(set("banana")), sorted(frozenset([3, 1])), set(), frozenset())
print(type(int), type(type), type(len).__name__, type(print) is type(len))
print(int.__name__, str.__name__, type(3) is int, type(True) is bool, type(3) == bool)
print(range(3).__class__.__name__, (1).__class__.__name__)
print(isinstance(int, type), isinstance(3, object), issubclass(bool, int), issubclass(int, object))
