x = 5
x += 1; x -= 2; x *= 3; x /= 4; print(x)
y = 17
y //= 3; y %= 4; y **= 3; y <<= 2; y >>= 1; y |= 1; y &= 7; y ^= 2; print(y)
s = "a"
s += "b"; s *= 3; print(s)
lst = [1]
alias = lst
lst += [2]
print(lst, alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias)
d = {"n": 1}
d["n"] += 10
print(d)
class_like = [[0]]
class_like[0][0] += 5
print(class_like)
def f():
    f.calls = getattr(f, "calls", 0) + 1
f(); f()
print(f.calls)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
n = 2 ** 62
n += n
print(n)
