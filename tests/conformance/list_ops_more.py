# list operations: slicing assignment, deletion, sort stability, errors.
a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print(e)
del a[1::3]
print(a)
b = [5, 3, 1]
b[1:1] = [9, 9]
print(b, b.index(9), b.index(9, 2), b.count(9))
b.insert(-1, "m"); b.insert(100, "end"); b.insert(-100, "start")
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
try: [].pop()
except IndexError as e: print(e)
try: [1].remove(2)
except ValueError as e: print(e)
try: [1, 2].index(5)
except ValueError as e: print(e)
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
words = ["banana", "Apple", "cherry", "apple"]
words.sort(key=str.lower); print(words)
words.sort(); print(words)
words.reverse(); print(words)
c = [1, 2, 3]
c.extend(range(2)); c.extend("ab"); c += (7,); print(c)
c *= 2; print(len(c), c[:4])
print([1, 2] + [3], [0] * 3, [[0] * 2] * 2, [1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0], [2] > [1, 9])
nested = [[1, 2], [3]]
copy = nested.copy(); copy[0].append(99); print(nested, copy is nested)
print(list(reversed([1, 2, 3])), list(enumerate("ab", 1)), [x for x in [3, 1, 2] if x > 1])
lst = [3, 1, 2]; print(sorted(lst), lst, max(lst), min(lst), sum(lst), len(lst))
lst.clear(); print(lst, bool(lst))
m = [1, 2, 3, 4, 5]
print(m[-2:], m[:-2], m[::-2], m[10:], m[1:1], m[3:1], m[-100:100])
m[1:4] = []; print(m)
m[:] = "xyz"; print(m)
try: m[5] = 1
except IndexError as e: print(e)
try: m["a"]
except TypeError as e: print(e)
x = [1, [2, [3, [4]]]]; print(x, str(x), repr(x))
r = [1]; r.append(r); print(r)
print([i * j for i in range(3) for j in range(3) if i != j])
print(list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])), list(filter(None, [0, 1, "", "a", None])))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip(*[(1, 2), (3, 4)])))
