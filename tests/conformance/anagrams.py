words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
for key in sorted(groups):
    print(key, sorted(groups[key]))
print(max(groups.values(), key=len), sum(1 for g in groups.values() if len(g) > 1))
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
for s in ["A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon"]:
    print(repr(s), is_palindrome(s))
