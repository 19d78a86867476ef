def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for i, ch in enumerate(s):
        if ch in "([{":
            stack.append((ch, i))
        elif ch in pairs:
            if not stack or stack[-1][0] != pairs[ch]:
                return f"mismatch at {i}"
            stack.pop()
    return "ok" if not stack else f"unclosed at {stack[-1][1]}"
for s in ["()", "([]{})", "(]", "((", "{[()()]}", "", "a(b)c]", "[(])"]:
    print(repr(s), balanced(s))
