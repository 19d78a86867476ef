a = [0, 1, 2, 3, 4, 5, 6, 7]
del a[0]
del a[-1]
del a[1:3]
print(a)
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
x, y = 1, 2
del x, y
print("x" in dir(), "y" in dir())
nested = {"a": [1, {"b": 2}]}
del nested["a"][1]["b"]
print(nested)
lst = list(range(10))
del lst[::3]
print(lst)
def f():
    local = 5
    del local
    return "deleted"
print(f())
