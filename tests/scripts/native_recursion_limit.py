# Native code recursing (repr of a deeply nested list) is bounded too: RecursionError.
nested = []
for i in range(200000):
    nested = [nested]
try:
    repr(nested)
except RecursionError:
    print("RecursionError from repr")
cyclic = [1]
cyclic.append(cyclic)
print(cyclic)
d = {"self": None}
d["self"] = d
print(d)
