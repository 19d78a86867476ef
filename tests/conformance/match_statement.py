# The match statement: literal, capture, wildcard, value, sequence, mapping, class, OR and AS patterns, guards.
def f(x):
    match x:
        case 0: return "zero"
        case 1 | 2 | 3: return "small"
        case -1: return "minus one"
        case "hello": return "greeting"
        case None: return "none"
        case True: return "true"
        case [a, b]: return f"pair {a} {b}"
        case [first, *rest]: return f"list first={first} rest={rest}"
        case (a, b, c): return f"triple {a}{b}{c}"
        case {"type": "point", "x": x, "y": y}: return f"point {x},{y}"
        case {"k": v, **others}: return f"dict k={v} others={others}"
        case str() as s: return "str " + s
        case float(v) if v > 100: return f"big float {v}"
        case int(n): return f"int {n}"
        case _: return "other"
for v in [0, 2, -1, "hello", None, True, [1, 2], [1, 2, 3, 4], (7, 8, 9), {"type": "point", "x": 1, "y": 2}, {"k": 5, "z": 6}, "world", 150.5, 1.5, 42, ()]:
    print(repr(v), "->", f(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
class Color:
    RED = "red"
    GREEN = "green"
def where(p):
    match p:
        case Point(0, 0): return "origin"
        case Point(x=0, y=yy): return f"on y axis at {yy}"
        case Point(x, 0): return f"on x axis at {x}"
        case Point(x, y) if x == y: return "diagonal"
        case Point(): return "somewhere"
        case Color.RED: return "red!"
        case _: return "not a point"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7), "red", 5]:
    print(where(p))
def cmd(command):
    match command.split():
        case ["go", direction]: return "going " + direction
        case ["pick", "up", item] | ["take", item]: return "taking " + item
        case ["drop", *objects]: return "dropping " + ",".join(objects)
        case ["quit" | "exit"]: return "bye"
        case []: return "empty"
        case _: return "unknown: " + command
for c in ["go north", "pick up sword", "take shield", "drop a b c", "quit", "exit", "", "dance"]:
    print(cmd(c))
match 5:
    case x:
        print("bound", x)
print(x)
match (1, [2, 3]):
    case (a, [b, c]) as whole:
        print(a, b, c, whole)
match {"a": 1}:
    case {"b": _}: print("b")
    case {}: print("empty mapping pattern matches any dict")
match = 3
print(match)
