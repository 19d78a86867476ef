def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
result = find([1, 2, 3], 5)
print(result, result is None, find([1, 2, 3], 2))
config = {"debug": None, "level": 0}
print(config.get("debug") or "default", config.get("level") or "zero is falsy", config.get("missing", "absent"))
values = [None, 3, None, 1]
print([v for v in values if v is not None], sorted(v for v in values if v is not None))
print(None == None, None is None, type(None).__name__, repr(None), str(None), [None] * 2)
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
