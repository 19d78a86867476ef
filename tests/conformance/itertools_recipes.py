# itertools recipes: chunked, flatten, roundrobin, unique_everseen, sliding windows, powerset.
from itertools import islice, chain, cycle, combinations, groupby, zip_longest, accumulate, count, repeat, starmap, tee
def chunked(it, n):
    it = iter(it)
    while chunk := list(islice(it, n)): yield chunk
def roundrobin(*its):
    pending = [iter(i) for i in its]
    while pending:
        nxt = []
        for it in pending:
            try: yield next(it); nxt.append(it)
            except StopIteration: pass
        pending = nxt
def unique_everseen(it, key=None):
    seen = set()
    for x in it:
        k = key(x) if key else x
        if k not in seen: seen.add(k); yield x
def powerset(s): return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
print(list(chunked(range(7), 3)), list(roundrobin("ABC", "D", "EF")), list(unique_everseen("AAAABBBCCDAABBB")))
print(list(unique_everseen("ABBcCAD", str.lower)), list(powerset([1, 2, 3])))
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))], list(zip_longest([1, 2, 3], "ab")))
print(list(accumulate([1, 2, 3, 4], max)), list(accumulate(range(5), initial=100)), list(islice(count(10, -3), 4)))
print(list(starmap(lambda a, b: a ** b, zip(range(4), repeat(2)))), list(map(sum, zip(*tee(range(4), 2)))))
print(list(islice(cycle([1, 2]), 5)), list(islice("abcdefg", 1, None, 2)), list(chain("ab", [1], (2,))))
