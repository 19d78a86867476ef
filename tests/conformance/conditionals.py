def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0 and n > 100:
        return "big even"
    elif n % 2 == 0:
        return "even"
    else:
        return "odd"
print([classify(n) for n in [-5, 0, 7, 8, 102, 101]])
def grade(score):
    return "A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "F"
print([grade(s) for s in [95, 85, 75, 65, 90, 80]])
x = None
if x is None:
    print("x is None")
if not x:
    print("x is falsy")
if x == None:
    print("x == None")
values = [0, "", [], {}, None, 0.0, "0", [0], -1]
print([bool(v) for v in values], [v for v in values if v])
a, b = 3, 5
print("both" if a and b else "not both", a if a > b else b, max(a, b) == (a > b and a or b))
if 1 < a < 4 and not b < 0 or False:
    print("compound true")
