n, steps = 27, 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
a, b = 0, 1
fibs = []
while len(fibs) < 15:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
def gcd(x, y):
    while y:
        x, y = y, x % y
    return x
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
primes = []
candidate = 2
while len(primes) < 20:
    for p in primes:
        if p * p > candidate:
            primes.append(candidate)
            break
        if candidate % p == 0:
            break
    else:
        primes.append(candidate)
    candidate += 1
print(primes)
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 10:
        break
    print(i, end=",")
print()
stack = [1, [2, [3, [4]]]]
flat = []
while stack:
    item = stack.pop()
    if isinstance(item, list):
        stack.extend(item)
    else:
        flat.append(item)
print(sorted(flat))
