# Recursive algorithms: memoization, backtracking (sudoku row, subsets), divide and conquer.
import functools, sys
sys.setrecursionlimit(5000)
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info().hits > 0)
def subsets(s):
    if not s: return [[]]
    rest = subsets(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(sorted(subsets([1, 2, 3])))
def perms(s): return [s] if len(s) <= 1 else [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(perms("abc"))
def merge_sort(a):
    if len(a) <= 1: return a
    m = len(a) // 2
    l, r = merge_sort(a[:m]), merge_sort(a[m:])
    out = []
    while l and r: out.append((l if l[0] <= r[0] else r).pop(0))
    return out + l + r
print(merge_sort([5, 2, 9, 1, 5, 6, 0, -3]))
def queens(n, row=0, cols=()):
    if row == n: return 1
    return sum(queens(n, row + 1, cols + (c,)) for c in range(n)
               if all(c != cc and abs(c - cc) != row - r for r, cc in enumerate(cols)))
print([queens(n) for n in range(1, 8)])
def ackermann(m, n):
    if m == 0: return n + 1
    if n == 0: return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
def depth(n): return 0 if n == 0 else 1 + depth(n - 1)
print(depth(3000))
def change(amount, coins):
    @functools.cache
    def ways(a, i):
        if a == 0: return 1
        if a < 0 or i == len(coins): return 0
        return ways(a - coins[i], i) + ways(a, i + 1)
    return ways(amount, 0)
print(change(100, (1, 5, 10, 25, 50)))
try:
    def inf(n): return inf(n + 1)
    inf(0)
except RecursionError as e:
    print("RecursionError", str(e)[:40])
