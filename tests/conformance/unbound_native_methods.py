# Builtin methods taken from their type and called with a receiver of the wrong type (or none)
# raise TypeError, whichever call form reaches them.
cases = [
    (str.upper, (5,)),
    (list.append, ("x", 1)),
    (dict.keys, ([],)),
    (set.add, ((), 1)),
    (bytes.hex, ("ab",)),
    (str.join, (1, ["a"])),
    (list.append, ()),
]
for f, args in cases:
    try:
        f(*args)
    except TypeError as e:
        print("TypeError:", e)

f = str.upper
try:
    print(f(5))
except TypeError as e:
    print("TypeError:", e)
g = list.pop
try:
    g({})
except TypeError as e:
    print("TypeError:", e)
try:
    g()
except TypeError as e:
    print("TypeError:", e)
try:
    str.upper(None)
except TypeError as e:
    print("TypeError:", e)
print(str.upper("ok"), list.pop([1, 2]), f("fine"), dict.get({"a": 1}, "a"))
