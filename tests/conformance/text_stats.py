# Text processing: word frequencies, string methods, Counter, sorting, formatting tables.
from collections import Counter, defaultdict
text = """The quick brown fox jumps over the lazy dog. The dog barks; the fox runs!
A journey of a thousand miles begins with a single step. Step by step, mile by mile."""
words = [w.strip(".,;!").lower() for w in text.split()]
freq = Counter(words)
print(freq.most_common(5))
print(len(words), len(set(words)), sum(freq.values()), freq["the"], freq["missing"])
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for n in sorted(by_len):
    print(f"{n:2d}: {', '.join(by_len[n])}")
lines = text.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:20], lines[1].title()[:30])
print(text.count("the"), text.lower().count("the"), text.find("fox"), text.rfind("fox"), text.index("dog"))
caps = "".join(c for c in text if c.isupper()); print(caps)
vowels = sum(1 for c in text.lower() if c in "aeiou"); print(vowels)
table = [("word", "count")] + [(w, str(c)) for w, c in freq.most_common(4)]
width = max(len(r[0]) for r in table)
for w, c in table:
    print(f"{w:<{width}} | {c:>5}")
acr = "".join(w[0].upper() for w in "portable network graphics".split()); print(acr)
print(" ".join(reversed("one two three".split())), "-".join(sorted("dcba")), "abc".center(9, "."))
print(Counter("mississippi"), Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=1, b=2))
c = Counter(words); c.update(["fox", "fox"]); print(c["fox"], list(c.elements())[:3], c.total() if hasattr(c, "total") else sum(c.values()))
