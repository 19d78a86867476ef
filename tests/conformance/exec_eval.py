# exec(), eval() and compile(): namespaces, errors, code objects.
x = 10
print(eval("x + 1"), eval("  y * 2", {"y": 4}), eval("a+b", {"a": 1}, {"b": 2}))
g = {}
exec("z = 5\ndef f(): return z * 2", g)
print(g["z"], g["f"](), "__builtins__" in g)
def fn():
    q = 3
    exec("print(q + 1)")
    exec("q = 99")
    print(q)
    return eval("q * 2")
print(fn())
ns = {}
exec("class K:\n    v = 7\nr = K.v", {}, ns)
print(sorted(ns), ns["r"])
c = compile("1 + 2", "<expr>", "eval"); print(eval(c))
c = compile("w = 4", "<s>", "exec"); d = {}; exec(c, d); print(d["w"])
try: eval("1 +")
except SyntaxError as e: print("SE", e.msg, e.filename)
try: eval("x = 1")
except SyntaxError as e: print("SE2", e.msg)
try: exec("raise ValueError('boom')")
except ValueError as e: print("VE", e)
try: eval(5)
except TypeError as e: print(e)
try: compile("1", "f", "bad")
except ValueError as e: print(e)
print(eval("[i*i for i in range(4)]"), eval("(lambda k: k+x)(1)"))
exec("import math\nprint(math.sqrt(16))")
