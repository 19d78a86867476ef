import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("hello   world  of python"), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes ${what}; $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
f = string.Formatter()
print(f.format("{0}-{name}", 1, name="n"), list(f.parse("a{b}c{d!r:>3}")))
def caesar(text, k):
    lo, up = string.ascii_lowercase, string.ascii_uppercase
    table = str.maketrans(lo + up, lo[k:] + lo[:k] + up[k:] + up[:k])
    return text.translate(table)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
counts = {c: 0 for c in string.ascii_lowercase[:5]}
for ch in "abracadabra":
    if ch in counts:
        counts[ch] += 1
print(counts)
print("".join(ch for ch in "a1b2c3!" if ch in string.digits), all(c in string.hexdigits for c in "DeadBeef"))
