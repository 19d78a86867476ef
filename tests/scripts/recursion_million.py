# A million nested script calls: eddy's frames live on the heap, so this needs no C stack.
# (CPython would overflow its C stack long before this depth.)
import sys
sys.setrecursionlimit(1_100_000)

def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1

print(down(1_000_000))

def count_nodes(depth):
    # mutual recursion, also a million frames deep
    return 0 if depth == 0 else 1 + count_other(depth - 1)

def count_other(depth):
    return 0 if depth == 0 else 1 + count_nodes(depth - 1)

print(count_nodes(1_000_000))
