# match: errors (unreachable patterns, too many positional sub-patterns), guards falling through, break/continue.
class P:
    __match_args__ = ("a",)
    def __init__(self): self.a = 1
for src in ["match 1:\n case P(1, 2): pass", "match 1:\n case [a, *b, *c]: pass", "match 1:\n case a | b: pass"]:
    try:
        exec(src, {"P": P})
    except SyntaxError as e:
        print("SyntaxError", e.msg)
    except TypeError as e:
        print("TypeError", e)
try:
    match P():
        case P(1, 2): pass
except TypeError as e: print(e)
match [1, 2]:
    case [1, 2] if False: print("no")
    case [x, y]: print("guard fell through", x, y)
def g(v):
    match v:
        case {"x": int(n)} | {"y": int(n)}: return n
        case bool(b): return ("bool", b)
        case list([1, *_]): return "starts with 1"
        case _: return None
print(g({"x": 3}), g({"y": 4}), g(True), g([1, 9]), g("s"))
for i in range(3):
    match i:
        case 0: continue
        case 1: print("one")
        case 2: break
print("loop done", i)
match "abc":
    case [*chars]: print("str is not a sequence", chars)
    case str(s): print("matched str", s)
