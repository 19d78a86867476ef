def check(n):
    assert isinstance(n, int), f"expected int, got {type(n).__name__}"
    assert n >= 0, "negative"
    return n * 2
for v in [3, -1, "x", 0]:
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError:", e)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e, e.args)
assert True, "never"
assert 1 == 1
print("asserts done")
