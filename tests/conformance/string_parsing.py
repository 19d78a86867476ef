# Hand-written parsing: a tokenizer and a recursive-descent calculator with error reporting.
def tokenize(s):
    tokens, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace(): i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."): j += 1
            tokens.append(("num", float(s[i:j]) if "." in s[i:j] else int(s[i:j]))); i = j
        elif c in "+-*/()^": tokens.append(("op", c)); i += 1
        else: raise SyntaxError(f"unexpected {c!r} at {i}")
    return tokens
class Parser:
    def __init__(self, tokens): self.t, self.p = tokens, 0
    def peek(self): return self.t[self.p] if self.p < len(self.t) else ("end", None)
    def take(self): tok = self.peek(); self.p += 1; return tok
    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            v = v + self.term() if self.take()[1] == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek() in (("op", "*"), ("op", "/")):
            v = v * self.factor() if self.take()[1] == "*" else v / self.factor()
        return v
    def factor(self):
        b = self.unary()
        if self.peek() == ("op", "^"): self.take(); return b ** self.factor()
        return b
    def unary(self):
        if self.peek() == ("op", "-"): self.take(); return -self.unary()
        kind, v = self.take()
        if kind == "num": return v
        if v == "(":
            r = self.expr()
            if self.take() != ("op", ")"): raise SyntaxError("expected )")
            return r
        raise SyntaxError(f"unexpected {v!r}")
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "2 * (3 + 4) - -1", "1.5 * 4", "3 +", "2 $ 3", "(1 + 2"]:
    try:
        print(src, "=", Parser(tokenize(src)).expr())
    except (SyntaxError, ZeroDivisionError) as e:
        print(src, "->", type(e).__name__, e)
