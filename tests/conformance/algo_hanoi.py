moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src)
hanoi(4, "A", "C", "B")
print(len(moves), moves[:5])
count = 0
def hanoi_count(n):
    return 0 if n == 0 else 2 * hanoi_count(n - 1) + 1
print([hanoi_count(i) for i in range(10)], hanoi_count(64))
