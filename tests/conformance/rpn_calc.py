def tokenize(src):
    tokens, num = [], ""
    for ch in src:
        if ch.isdigit() or ch == ".":
            num += ch
            continue
        if num:
            tokens.append(float(num) if "." in num else int(num))
            num = ""
        if ch in "+-*/()":
            tokens.append(ch)
        elif not ch.isspace():
            raise SyntaxError(f"bad character {ch!r}")
    if num:
        tokens.append(float(num) if "." in num else int(num))
    return tokens
def to_rpn(tokens):
    prec = {"+": 1, "-": 1, "*": 2, "/": 2}
    out, ops = [], []
    for t in tokens:
        if isinstance(t, (int, float)):
            out.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            while ops and ops[-1] != "(" and prec[ops[-1]] >= prec[t]:
                out.append(ops.pop())
            ops.append(t)
    return out + ops[::-1]
def evaluate(rpn):
    stack = []
    for t in rpn:
        if isinstance(t, str):
            b, a = stack.pop(), stack.pop()
            stack.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b if t == "/" else 0}[t])
        else:
            stack.append(t)
    return stack[0]
for expr in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 1", "2 * (3 + 4) * 5", "1.5 * 4"]:
    rpn = to_rpn(tokenize(expr))
    print(expr, "=>", rpn, "=", evaluate(rpn))
try:
    tokenize("1 $ 2")
except SyntaxError as e:
    print("SyntaxError:", e)
