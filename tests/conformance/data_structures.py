# Data structures built from classes: linked list, stack, queue, binary search tree, graph BFS/DFS.
from collections import deque
class Node:
    __slots__ = ("val", "next")
    def __init__(self, val, next=None): self.val, self.next = val, next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        for x in reversed(list(items)): self.head = Node(x, self.head)
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self): return sum(1 for _ in self)
    def reverse(self):
        prev, cur = None, self.head
        while cur: cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self): return " -> ".join(map(str, self)) or "empty"
ll = LinkedList([1, 2, 3, 4]); print(ll, len(ll)); ll.reverse(); print(ll, LinkedList())
class BST:
    def __init__(self): self.root = None
    def insert(self, k):
        def ins(node, k):
            if node is None: return [k, None, None]
            if k < node[0]: node[1] = ins(node[1], k)
            elif k > node[0]: node[2] = ins(node[2], k)
            return node
        self.root = ins(self.root, k)
    def inorder(self):
        out = []
        def walk(n):
            if n: walk(n[1]); out.append(n[0]); walk(n[2])
        walk(self.root)
        return out
    def height(self, n="root"):
        n = self.root if n == "root" else n
        return 0 if n is None else 1 + max(self.height(n[1]), self.height(n[2]))
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30]: t.insert(k)
print(t.inorder(), t.height())
graph = {"A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"], "F": []}
def bfs(start):
    seen, order, q = {start}, [], deque([start])
    while q:
        n = q.popleft(); order.append(n)
        for m in graph[n]:
            if m not in seen: seen.add(m); q.append(m)
    return order
def dfs(n, seen=None):
    seen = set() if seen is None else seen
    seen.add(n)
    return [n] + [x for m in graph[n] if m not in seen for x in dfs(m, seen)]
print(bfs("A"), dfs("A"))
def shortest(a, b):
    q = deque([[a]]); seen = {a}
    while q:
        path = q.popleft()
        if path[-1] == b: return path
        for m in graph[path[-1]]:
            if m not in seen: seen.add(m); q.append(path + [m])
print(shortest("A", "F"))
stack = []; stack.append(1); stack.append(2); print(stack.pop(), stack)
dq = deque([1, 2, 3], maxlen=4); dq.appendleft(0); dq.append(4); print(dq, dq.maxlen); dq.rotate(1); print(dq, list(reversed(dq)))
matrix = [[1, 2, 3], [4, 5, 6]]; print([list(r) for r in zip(*matrix)], [sum(c) for c in zip(*matrix)])
