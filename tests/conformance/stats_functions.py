data = [2, 4, 4, 4, 5, 5, 7, 9]
def mean(xs): return sum(xs) / len(xs)
def median(xs):
    s = sorted(xs)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
def variance(xs):
    m = mean(xs)
    return sum((x - m) ** 2 for x in xs) / len(xs)
def mode(xs):
    counts = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    return max(counts, key=lambda k: (counts[k], -k))
print(mean(data), median(data), variance(data), variance(data) ** 0.5, mode(data))
print(median([3, 1, 2]), mean([1.5, 2.5]), round(mean(range(1, 101)), 2))
def histogram(xs):
    lo, hi = min(xs), max(xs)
    for v in range(lo, hi + 1):
        print(f"{v:>2} | {'*' * xs.count(v)}")
histogram(data)
