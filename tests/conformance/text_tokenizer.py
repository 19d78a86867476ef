KEYWORDS = {"let", "print", "if", "else"}
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("NUM", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(("KW" if word in KEYWORDS else "ID", word))
            i = j
        elif c == '"':
            j = src.index('"', i + 1)
            tokens.append(("STR", src[i + 1:j]))
            i = j + 1
        elif src.startswith(("==", "!=", "<=", ">="), i):
            tokens.append(("OP", src[i:i + 2]))
            i += 2
        elif c in "+-*/()=<>;":
            tokens.append(("OP", c))
            i += 1
        else:
            raise SyntaxError(f"unexpected {c!r} at {i}")
    return tokens
class Parser:
    def __init__(self, tokens):
        self.toks, self.pos = tokens, 0
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else ("EOF", None)
    def take(self, kind=None, value=None):
        tok = self.peek()
        if (kind and tok[0] != kind) or (value is not None and tok[1] != value):
            raise SyntaxError(f"expected {value or kind}, got {tok}")
        self.pos += 1
        return tok
    def expr(self):
        left = self.term()
        while self.peek() in (("OP", "+"), ("OP", "-")):
            op = self.take()[1]
            right = self.term()
            left = (op, left, right)
        return left
    def term(self):
        left = self.atom()
        while self.peek() in (("OP", "*"), ("OP", "/")):
            op = self.take()[1]
            left = (op, left, self.atom())
        return left
    def atom(self):
        kind, val = self.peek()
        if kind in ("NUM", "STR"):
            self.take(); return val
        if kind == "ID":
            self.take(); return ("var", val)
        if (kind, val) == ("OP", "("):
            self.take(); e = self.expr(); self.take("OP", ")"); return e
        if (kind, val) == ("OP", "-"):
            self.take(); return ("-", 0, self.atom())
        raise SyntaxError(f"bad atom {kind} {val!r}")
def evaluate(node, env):
    if isinstance(node, tuple):
        if node[0] == "var":
            return env[node[1]]
        op, a, b = node
        a, b = evaluate(a, env), evaluate(b, env)
        return {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b, "/": lambda: a / b}[op]()
    return node
def run(program):
    env = {}
    for stmt in program.split(";"):
        toks = tokenize(stmt)
        if not toks:
            continue
        p = Parser(toks)
        if toks[0] == ("KW", "let"):
            p.take(); name = p.take("ID")[1]; p.take("OP", "="); env[name] = evaluate(p.expr(), env)
        elif toks[0] == ("KW", "print"):
            p.take(); print(evaluate(p.expr(), env))
    return env
print(tokenize('let x = 3.5 * (y + 2); print "hi" == z'))
env = run("let a = 2; let b = a * (3 + 4) - -1; print b; print b / 4; let s = \"ab\" * 2; print s + \"!\"")
print(sorted(env.items()))
for bad in ["let = 3", "print (1 + 2", "let x = 1 @ 2", "print 1 / 0"]:
    try:
        run(bad)
    except (SyntaxError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
