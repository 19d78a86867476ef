def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            out.append([items[i]] + p)
    return out
perms = permutations([1, 2, 3, 4])
print(len(perms), perms[:4], perms[-1])
def combinations(items, k):
    if k == 0:
        return [[]]
    if not items:
        return []
    head, tail = items[0], items[1:]
    return [[head] + c for c in combinations(tail, k - 1)] + combinations(tail, k)
print(combinations(list("abcde"), 3))
def powerset(s):
    result = [[]]
    for x in s:
        result += [r + [x] for r in result]
    return result
print(len(powerset(range(6))), powerset("ab"))
