def find_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return None
    return d
print([(n, find_divisor(n)) for n in [2, 15, 17, 49, 97, 221]])
attempts = 0
while attempts < 3:
    attempts += 1
    if attempts == 5:
        break
else:
    print("exhausted after", attempts)
