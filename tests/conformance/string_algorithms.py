# String algorithms: palindromes, anagrams, run-length encoding, caesar, word wrap, KMP search.
def is_pal(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
print([is_pal(s) for s in ["A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon"]])
def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]: j += 1
        out.append(f"{j - i}{s[i]}"); i = j
    return "".join(out)
def unrle(s):
    out, num = [], ""
    for c in s:
        if c.isdigit(): num += c
        else: out.append(c * int(num)); num = ""
    return "".join(out)
print(rle("aaabccddddd"), unrle(rle("aaabccddddd")) == "aaabccddddd")
def caesar(s, k): return "".join(chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else chr((ord(c) - 65 + k) % 26 + 65) if c.isupper() else c for c in s)
print(caesar("Hello, World!", 3), caesar(caesar("Hello, World!", 3), -3))
def wrap(text, width):
    lines, line = [], ""
    for w in text.split():
        if line and len(line) + 1 + len(w) > width: lines.append(line); line = w
        else: line = f"{line} {w}" if line else w
    return lines + [line] if line else lines
print(wrap("the quick brown fox jumps over the lazy dog near the river bank", 15))
def kmp(text, pat):
    fail = [0] * len(pat); k = 0
    for i in range(1, len(pat)):
        while k and pat[i] != pat[k]: k = fail[k - 1]
        if pat[i] == pat[k]: k += 1
        fail[i] = k
    res, k = [], 0
    for i, c in enumerate(text):
        while k and c != pat[k]: k = fail[k - 1]
        if c == pat[k]: k += 1
        if k == len(pat): res.append(i - k + 1); k = fail[k - 1]
    return res
print(kmp("abababcabababab", "abab"), "abababcabababab".count("abab"))
from collections import defaultdict
groups = defaultdict(list)
for w in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac"]: groups["".join(sorted(w))].append(w)
print(sorted(groups.values(), key=len, reverse=True))
print("".join(reversed("stressed")), "hello world".title().swapcase(), " ".join(w[::-1] for w in "abc def".split()))
