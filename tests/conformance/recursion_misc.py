def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out.extend(flatten(item))
    return out
print(flatten([1, [2, [3, [4, [5]]]], 6, [[7]]]))
def depth(x):
    return 1 + max((depth(i) for i in x), default=0) if isinstance(x, list) else 0
print(depth([1, [2, [3]]]), depth([]), depth(5))
def power_set_count(n):
    return 1 if n == 0 else 2 * power_set_count(n - 1)
print(power_set_count(30))
def tree_sum(node):
    if node is None:
        return 0
    value, left, right = node
    return value + tree_sum(left) + tree_sum(right)
tree = (1, (2, (4, None, None), None), (3, None, (5, None, None)))
print(tree_sum(tree))
def insert(node, v):
    if node is None:
        return (v, None, None)
    val, l, r = node
    return (val, insert(l, v), r) if v < val else (val, l, insert(r, v))
def inorder(node):
    return [] if node is None else inorder(node[1]) + [node[0]] + inorder(node[2])
root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35]:
    root = insert(root, v)
print(inorder(root))
def fib_pair(n):
    if n == 0:
        return (0, 1)
    a, b = fib_pair(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n % 2 else (c, d)
print(fib_pair(300)[0])
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(2 ** 40, 6 ** 20), gcd(17, 0))
